import { describe, it, expect } from 'vitest';
import { formatCpu, formatMemory, parseCpu, parseMemory } from './quantity';

const Ki = 1024;
const Mi = 1024 * Ki;
const Gi = 1024 * Mi;

describe('parseCpu', () => {
	it.each([
		['250m', 250],
		['100m', 100],
		['2', 2000],
		['0.5', 500],
		['1.5', 1500],
		['.5', 500],
		['0.001', 1],
		['0', 0],
		['0m', 0],
		[' 250m ', 250],
		['1000000', 1_000_000_000]
	])('%j → %d millicores', (text, milli) => {
		expect(parseCpu(text)).toBe(milli);
	});

	it.each([
		[''],
		['   '],
		['-1'],
		['-250m'],
		['+1'],
		['abc'],
		['1.5m'],
		['0.0005'],
		['1Zi'],
		['1Ki'],
		['1k'],
		['1Gi'],
		['2 m'],
		['1e3'],
		['1.2.3'],
		['1000000.001'],
		['1000001']
	])('%j is rejected', (text) => {
		expect(parseCpu(text)).toBeNull();
	});
});

describe('parseMemory', () => {
	it.each([
		['128Mi', 128 * Mi],
		['1Gi', Gi],
		['512M', 512_000_000],
		['1.5Gi', 1.5 * Gi],
		['1024', 1024],
		['0', 0],
		['1k', 1000],
		['1Ki', Ki],
		['2Ti', 2 * 1024 * Gi],
		// fractional bytes round up, like Quantity.Value()
		['1.5', 2],
		['0.1', 1],
		['500m', 1],
		['1000m', 1],
		['1001m', 2],
		// limits: 2^53 itself is fine, anything above is not
		['8Pi', 2 ** 53],
		['9P', 9e15]
	])('%j → %s bytes', (text, bytes) => {
		expect(parseMemory(text)).toBe(bytes);
	});

	it.each([
		[''],
		[' '],
		['abc'],
		['-1Gi'],
		['1Zi'],
		['1K'],
		['1gi'],
		['1 Gi'],
		['1toString'],
		['1constructor'],
		['8.000001Pi'],
		['10P'],
		['1Ei'],
		['1E']
	])('%j is rejected', (text) => {
		expect(parseMemory(text)).toBeNull();
	});
});

describe('formatCpu', () => {
	it.each([
		[250, '250m'],
		[100, '100m'],
		[1500, '1500m'],
		[2000, '2'],
		[0, '0']
	])('%d → %s', (milli, text) => {
		expect(formatCpu(milli)).toBe(text);
	});
});

describe('formatMemory', () => {
	it.each([
		[128 * Mi, '128Mi'],
		[2 * Gi, '2Gi'],
		[200 * Mi, '200Mi'],
		[1.5 * Gi, '1536Mi'],
		[Ki, '1Ki'],
		[1536, '1536'],
		[1000, '1000'],
		[0, '0'],
		[2 ** 53, '8Pi']
	])('%d → %s', (bytes, text) => {
		expect(formatMemory(bytes)).toBe(text);
	});

	it.each([['128Mi'], ['2Gi'], ['200Mi'], ['1Ki'], ['1000']])(
		'%s survives a parse/format round trip',
		(text) => {
			expect(formatMemory(parseMemory(text) as number)).toBe(text);
		}
	);
});
