import { describe, expect, it } from 'vitest';
import { sha1, uint64BigEndian } from './sha1';
import { toHex } from './sha256';

const text = (s: string) => new TextEncoder().encode(s);

describe('SHA-1', () => {
	it.each([
		['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
		['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
		[
			'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
			'84983e441c3bd26ebaae4aa1f95129e5e54670f1'
		],
		['a'.repeat(1000), '291e9a6c66994949b57ba5e650361e98fc36b1ba']
	])('sha1(%j)', (input, digest) => expect(toHex(sha1(text(input)))).toBe(digest));

	it('reads the first 8 bytes big-endian, as Go does', () => {
		expect(uint64BigEndian(sha1(text('abc')))).toBe(0xa9993e364706816an);
	});

	it('gives etcd’s well-known id of a default single member (http://localhost:2380, token etcd-cluster)', () => {
		// `etcd` started with no flags lists itself as 8e9e05c52164694d in etcdctl member list
		expect(uint64BigEndian(sha1(text('http://localhost:2380etcd-cluster'))).toString(16)).toBe(
			'8e9e05c52164694d'
		);
		// and its cluster, cdf818194e3a8c32 (14841639068965178418 in etcdctl -w json)
		const id = new Uint8Array(8);
		new DataView(id.buffer).setBigUint64(0, 0x8e9e05c52164694dn);
		expect(uint64BigEndian(sha1(id))).toBe(14841639068965178418n);
	});
});
