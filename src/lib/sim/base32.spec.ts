import { describe, expect, it } from 'vitest';
import { base32Encode } from './base32';

describe('base32Encode (RFC 4648 §10 vectors)', () => {
	it.each([
		['', ''],
		['f', 'MY======'],
		['fo', 'MZXQ===='],
		['foo', 'MZXW6==='],
		['foob', 'MZXW6YQ='],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI======']
	])('%j → %j', (text, encoded) => {
		expect(base32Encode(new TextEncoder().encode(text))).toBe(encoded);
	});

	it('encodes a 32-byte digest to 56 characters with 4 padding characters', () => {
		const out = base32Encode(new Uint8Array(32).fill(0xff));
		expect(out).toHaveLength(56);
		expect(out.endsWith('Q====')).toBe(true);
	});
});
