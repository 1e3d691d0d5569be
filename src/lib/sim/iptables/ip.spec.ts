import { describe, expect, it } from 'vitest';
import { cidrContains, normalizeCidr, parseIPv4 } from './ip';

describe('ip', () => {
	it('parses dotted quads and rejects the rest', () => {
		expect(parseIPv4('10.0.1.2')).toBe(0x0a000102);
		expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
		expect(parseIPv4('10.0.1')).toBeUndefined();
		expect(parseIPv4('10.0.1.256')).toBeUndefined();
	});

	it('tests membership', () => {
		expect(cidrContains('10.0.0.0/8', '10.255.1.1')).toBe(true);
		expect(cidrContains('10.0.0.0/8', '11.0.0.1')).toBe(false);
		expect(cidrContains('172.30.1.1', '172.30.1.1')).toBe(true);
		expect(cidrContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
	});

	it('normalises like iptables prints', () => {
		expect(normalizeCidr('172.30.1.1')).toBe('172.30.1.1/32');
		expect(normalizeCidr('10.1.2.3/8')).toBe('10.0.0.0/8');
	});
});
