import { describe, expect, it } from 'vitest';
import {
	computeProbability,
	effectiveProbability,
	formatRatio,
	kernelProbability,
	saveProbability
} from './probability';

describe('computeProbability (Go "%0.10f" of 1/n)', () => {
	it.each([
		[2, '0.5000000000'],
		[3, '0.3333333333'],
		[4, '0.2500000000'],
		[6, '0.1666666667'],
		[7, '0.1428571429'],
		[1000, '0.0010000000'],
		// An exact tie at the 11th decimal: Go rounds half to even, Number.toFixed would give …813.
		[2048, '0.0004882812']
	])('1/%i → %s', (n, text) => {
		expect(computeProbability(n)).toBe(text);
	});

	it('refuses n < 1', () => {
		expect(() => computeProbability(0)).toThrow(RangeError);
	});
});

describe('the kernel and iptables-save forms (libxt_statistic.c)', () => {
	it('stores lround(2^31 · p)', () => {
		expect(kernelProbability('0.3333333333')).toBe(715827883);
		expect(kernelProbability('0.5000000000')).toBe(0x40000000);
	});

	it('prints "%.11f" of stored / 2^31', () => {
		expect(saveProbability('0.3333333333')).toBe('0.33333333349');
		expect(saveProbability('0.5000000000')).toBe('0.50000000000');
		expect(saveProbability('0.2500000000')).toBe('0.25000000000');
		expect(saveProbability('0.1666666667')).toBe('0.16666666651');
	});

	it('applies the stored value, not the written one', () => {
		expect(effectiveProbability('0.3333333333')).toBe(715827883 / 2 ** 31);
	});
});

describe('formatRatio', () => {
	it('rounds ties to even and pads the fraction', () => {
		expect(formatRatio(1n, 8n, 2)).toBe('0.12');
		expect(formatRatio(3n, 8n, 2)).toBe('0.38');
		expect(formatRatio(1n, 1n, 3)).toBe('1.000');
		expect(formatRatio(1n, 300n, 4)).toBe('0.0033');
	});
});
