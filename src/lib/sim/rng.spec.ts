import { describe, it, expect } from 'vitest';
import { createRng, hashSeed, intn } from './rng';

function take(rand: () => number, count: number): number[] {
	return Array.from({ length: count }, () => rand());
}

describe('createRng', () => {
	it.each([['demo'], [''], [42], ['KubeStep ✓']])('seed %j replays the same sequence', (seed) => {
		expect(take(createRng(seed), 20)).toEqual(take(createRng(seed), 20));
	});

	it.each([
		['demo', 'demo2'],
		['a', 'b'],
		[1, 2],
		['', ' ']
	])('seeds %j and %j give different sequences', (a, b) => {
		expect(take(createRng(a), 5)).not.toEqual(take(createRng(b), 5));
	});

	it('treats a number seed like its decimal string', () => {
		expect(take(createRng(7), 5)).toEqual(take(createRng('7'), 5));
	});

	it('stays in [0, 1) and averages about one half', () => {
		const values = take(createRng('range'), 20_000);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});

	it('hashes with FNV-1a (known 32-bit vectors)', () => {
		expect(hashSeed('')).toBe(0x811c9dc5);
		expect(hashSeed('a')).toBe(0xe40c292c);
		expect(hashSeed('foobar')).toBe(0xbf9cf968);
	});
});

describe('intn', () => {
	it.each([[1], [2], [3], [7]])('intn(rand, %d) stays in [0, n) and hits every value', (n) => {
		const rand = createRng(`intn-${n}`);
		const seen = new Set<number>();
		for (let i = 0; i < 1000; i++) {
			const v = intn(rand, n);
			expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true);
			seen.add(v);
		}
		expect(seen.size).toBe(n);
	});

	it.each([
		[0.0, 3, 0],
		[0.3333, 3, 0],
		[0.3334, 3, 1],
		[0.9999, 3, 2],
		[0.5, 2, 1]
	])('rand()=%d, n=%d → %d (floor(rand * n))', (r, n, expected) => {
		expect(intn(() => r, n)).toBe(expected);
	});

	it.each([[0], [-1], [1.5], [Number.NaN]])('refuses n = %d like Go rand.Intn', (n) => {
		expect(() => intn(() => 0.5, n)).toThrow(RangeError);
	});
});
