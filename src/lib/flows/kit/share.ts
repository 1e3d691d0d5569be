/**
 * Structural sharing between snapshots: a step's snapshot keeps, by reference, every part of the
 * previous snapshot it did not change. The timeline then holds each unchanged object once, so it
 * is smaller in memory and faster to copy (to and from the build worker, into the page's data).
 * Snapshots are never changed once recorded, so sharing their parts is safe.
 */

type Plain = Record<string, unknown>;

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null;

/**
 * Swaps each part of `next` that equals the same part of `prev` for that part, in place (`next`
 * is a fresh copy the step has just changed), and returns `next`: what changed keeps its own
 * objects, what did not is the previous snapshot's.
 */
export function shareParts<T>(next: T, prev: unknown): T {
	if (!isObject(next) || !isObject(prev)) return next;
	const out = next as Plain;
	for (const key of Object.keys(out)) {
		if (same(out[key], prev[key])) out[key] = prev[key];
		else shareParts(out[key], prev[key]);
	}
	return next;
}

/** Deep equality of plain data (objects, arrays, primitives). */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	for (const k of ka) if (!(k in b) || !same(a[k], b[k])) return false;
	return true;
}
