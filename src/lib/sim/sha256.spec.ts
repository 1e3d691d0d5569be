import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Text, toHex } from './sha256';

describe('sha256', () => {
	it.each([
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
		[
			'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		]
	])('FIPS 180-4 vector %j', (text, hex) => {
		expect(toHex(sha256Text(text))).toBe(hex);
	});

	it('agrees with node:crypto around every padding boundary', () => {
		for (let n = 0; n <= 200; n++) {
			const data = Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 0xff);
			expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
		}
	});

	it('hashes UTF-8 bytes, like Go []byte(string)', () => {
		expect(toHex(sha256Text('파드'))).toBe(createHash('sha256').update('파드').digest('hex'));
	});
});
