/**
 * Synchronous SHA-1 (FIPS 180-4), for the ids etcd derives from its members: a member's id is the
 * first 8 bytes of a SHA-1 of its peer URLs and the cluster token, the cluster's id a SHA-1 of its
 * members' ids (server/etcdserver/api/membership/member.go computeMemberID, cluster.go genID).
 */
import { pad, rotr } from './sha256';

export function sha1(data: Uint8Array): Uint8Array {
	const padded = pad(data);
	const view = new DataView(padded.buffer);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Uint32Array(80);
	for (let offset = 0; offset < padded.length; offset += 64) {
		for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
		for (let t = 16; t < 80; t++) w[t] = rotr(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 31);
		let [a, b, c, d, e] = h;
		for (let t = 0; t < 80; t++) {
			const [f, k] =
				t < 20
					? [(b & c) | (~b & d), 0x5a827999]
					: t < 40
						? [b ^ c ^ d, 0x6ed9eba1]
						: t < 60
							? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
							: [b ^ c ^ d, 0xca62c1d6];
			const next = (rotr(a, 27) + f + e + k + w[t]) | 0;
			e = d;
			d = c;
			c = rotr(b, 2);
			b = a;
			a = next;
		}
		[a, b, c, d, e].forEach((x, i) => (h[i] = (h[i] + x) | 0));
	}
	const digest = new Uint8Array(20);
	const out = new DataView(digest.buffer);
	h.forEach((word, i) => out.setUint32(i * 4, word >>> 0));
	return digest;
}

/** The first 8 bytes of a digest as Go's binary.BigEndian.Uint64 reads them. */
export function uint64BigEndian(bytes: Uint8Array): bigint {
	return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
}
