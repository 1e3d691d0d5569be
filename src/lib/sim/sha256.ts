/**
 * Synchronous SHA-256 (FIPS 180-4). kube-proxy names its chains from a SHA-256 of the service
 * port name; the browser's crypto.subtle.digest is async, and a timeline step is computed
 * synchronously, so the simulation carries its own small implementation.
 */

// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

// First 32 bits of the fractional parts of the square roots of the first 8 primes.
const H0 = [
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
];

export const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** The message plus 0x80, zeros, and the 64-bit big-endian bit length, to a multiple of 64 bytes (SHA-1 pads the same way). */
export function pad(data: Uint8Array): Uint8Array {
	const length = Math.ceil((data.length + 9) / 64) * 64;
	const padded = new Uint8Array(length);
	padded.set(data);
	padded[data.length] = 0x80;
	const view = new DataView(padded.buffer);
	// Bit length split in two words because JS bitwise operators are 32-bit.
	view.setUint32(length - 8, Math.floor(data.length / 0x20000000));
	view.setUint32(length - 4, (data.length * 8) >>> 0);
	return padded;
}

function compress(state: number[], block: DataView, offset: number, w: Uint32Array): void {
	for (let t = 0; t < 16; t++) w[t] = block.getUint32(offset + t * 4);
	for (let t = 16; t < 64; t++) {
		const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
		const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
		w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
	}
	let [a, b, c, d, e, f, g, h] = state;
	for (let t = 0; t < 64; t++) {
		const t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
		const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		h = g;
		g = f;
		f = e;
		e = (d + t1) | 0;
		d = c;
		c = b;
		b = a;
		a = (t1 + t2) | 0;
	}
	const next = [a, b, c, d, e, f, g, h];
	for (let i = 0; i < 8; i++) state[i] = (state[i] + next[i]) | 0;
}

/** The 32-byte SHA-256 digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
	const padded = pad(data);
	const view = new DataView(padded.buffer);
	const state = [...H0];
	const w = new Uint32Array(64);
	for (let offset = 0; offset < padded.length; offset += 64) compress(state, view, offset, w);
	const digest = new Uint8Array(32);
	const out = new DataView(digest.buffer);
	state.forEach((word, i) => out.setUint32(i * 4, word >>> 0));
	return digest;
}

/** SHA-256 of a string's UTF-8 bytes, like Go's sha256.Sum256([]byte(s)). */
export function sha256Text(text: string): Uint8Array {
	return sha256(new TextEncoder().encode(text));
}

/** Lowercase hex, for tests and debugging. */
export function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
