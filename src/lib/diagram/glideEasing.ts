/**
 * The curve a message travels its way by, in time: one cubic Bézier, as CSS writes it, so the
 * browser can glide a packet along the very curve a paused frame is drawn from (messages.ts).
 * Its control points are the usual Bézier form of "ease in-out cubic".
 */
type Point = readonly [number, number];
const P1: Point = [0.65, 0];
const P2: Point = [0.35, 1];

const lerp = (a: number, b: number, s: number) => a + (b - a) * s;

/** One coordinate of a Bézier from 0 to 1 with inner control values a and b, at parameter s. */
function coord(a: number, b: number, s: number): number {
	const r = 1 - s;
	return 3 * r * r * s * a + 3 * r * s * s * b + s * s * s;
}

/** The parameter where the curve's x (time) is x: x grows with s, so bisection finds it. */
function paramAt(x: number): number {
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		if (coord(P1[0], P2[0], mid) < x) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** How far along its way a message is (0–1) when `x` of its travel time has passed. */
export function glideEase(x: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	return coord(P1[1], P2[1], paramAt(x));
}

/**
 * The rest of the curve once `x` of the time has passed, as a CSS timing function over the time
 * left: from where the message is (`glideEase(x)`) to its arrival. Cutting a Bézier (de
 * Casteljau) gives a Bézier; scaled to the unit box it is again a timing function.
 */
export function glideEasingFrom(x: number): string {
	const s = x <= 0 ? 0 : paramAt(x);
	const x0 = coord(P1[0], P2[0], s);
	const y0 = coord(P1[1], P2[1], s);
	// the right part's inner control points
	const q2: Point = [lerp(P2[0], 1, s), lerp(P2[1], 1, s)];
	const q1: Point = [lerp(lerp(P1[0], P2[0], s), q2[0], s), lerp(lerp(P1[1], P2[1], s), q2[1], s)];
	const nx = (v: number) => Math.min(1, Math.max(0, (v - x0) / (1 - x0)));
	const ny = (v: number) => (v - y0) / (1 - y0);
	const f = (v: number) => Math.round(v * 1e4) / 1e4;
	return `cubic-bezier(${f(nx(q1[0]))}, ${f(ny(q1[1]))}, ${f(nx(q2[0]))}, ${f(ny(q2[1]))})`;
}
