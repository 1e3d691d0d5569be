/**
 * Deterministic identifiers (uids, container ids, name suffixes). Each id is derived from the
 * scenario seed and what it names, so adding an id elsewhere never shifts the others.
 */
import { createRng, intn } from './rng';

const HEX = '0123456789abcdef';
// Kubernetes' rand.String alphabet: no vowels, no 0/1/3 that read like letters.
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function draw(seed: string, purpose: string, alphabet: string, length: number): string {
	const rand = createRng(`${seed}/${purpose}`);
	let out = '';
	for (let i = 0; i < length; i++) out += alphabet[intn(rand, alphabet.length)];
	return out;
}

export function hexId(seed: string, purpose: string, length: number): string {
	return draw(seed, purpose, HEX, length);
}

/** A generated-name suffix like the `-x7k2p` of a ReplicaSet's pod. */
export function nameSuffix(seed: string, purpose: string, length = 5): string {
	return draw(seed, purpose, SAFE, length);
}

/** RFC 4122-shaped uid. */
export function uid(seed: string, purpose: string): string {
	const h = hexId(seed, `uid/${purpose}`, 32);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A name from `generateName` (names.SimpleNameGenerator): the base cut to 58 characters, then 5
 * random ones, so the name never passes the 63 a DNS label allows.
 */
export function generatedName(base: string, seed: string, purpose: string): string {
	return `${base.slice(0, 58)}${nameSuffix(seed, purpose)}`;
}
