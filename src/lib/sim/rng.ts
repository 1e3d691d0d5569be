/**
 * Seeded pseudo-random numbers. Every random choice in the simulation (tie-breaks, jitter) draws
 * from one of these so that a run can be replayed, shared by seed, and compared byte for byte.
 */

/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Rand = () => number;

/**
 * 32-bit FNV-1a over the UTF-16 code units of the seed. It only has to spread short strings such
 * as "demo" and "demo2" far apart before mulberry32 takes over; it is not a cryptographic hash.
 */
export function hashSeed(seed: string | number): number {
	const text = String(seed);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * mulberry32: one 32-bit word of state, fast, and good enough for picking among a handful of
 * tied nodes. Dividing by 2^32 keeps every value strictly below 1.
 */
export function createRng(seed: string | number): Rand {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Uniform integer in [0, n), the counterpart of Go's rand.Intn used by the scheduler. Like Go it
 * refuses n <= 0, because a silent 0 there would hide a caller bug.
 */
export function intn(rand: Rand, n: number): number {
	if (!Number.isInteger(n) || n <= 0)
		throw new RangeError(`intn: n must be a positive integer, got ${n}`);
	return Math.floor(rand() * n);
}
