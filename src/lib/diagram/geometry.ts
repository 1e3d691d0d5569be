/**
 * Plane geometry shared by message placement and routing: points, segments and boxes in viewBox
 * units. Pure functions, no layout knowledge.
 */
import type { Box } from './layout';

export type Point = [number, number];

// Plain arithmetic rather than d3-interpolate: importing it here would pull d3-color into the
// page's first load (d3-zoom, which needs both, loads later).
export const lerp = (a: Point, b: Point, t: number): Point => [
	a[0] * (1 - t) + b[0] * t,
	a[1] * (1 - t) + b[1] * t
];

export const centre = (b: Box): Point => [b.x + b.width / 2, b.y + b.height / 2];

/** Overlap, counting boxes closer than `margin` as touching. */
export const boxesHit = (p: Box, q: Box, margin: number) =>
	p.x < q.x + q.width + margin &&
	q.x < p.x + p.width + margin &&
	p.y < q.y + q.height + margin &&
	q.y < p.y + p.height + margin;

/** Whether the segment a–b passes through the box grown by `pad` on every side (Liang–Barsky). */
export function segmentHitsBox(a: Point, b: Point, r: Box, pad = 0): boolean {
	// indexed, not destructured: no iterator, nothing allocated
	const ax = a[0];
	const ay = a[1];
	const bx = b[0];
	const by = b[1];
	const left = r.x - pad;
	const right = r.x + r.width + pad;
	const top = r.y - pad;
	const bottom = r.y + r.height + pad;
	// Placement asks this thousands of times a frame, mostly of segments nowhere near the box.
	if (
		(ax < left && bx < left) ||
		(ax > right && bx > right) ||
		(ay < top && by < top) ||
		(ay > bottom && by > bottom)
	)
		return false;
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	// Liang–Barsky: clip the segment by each edge in turn (left, right, top, bottom).
	for (let edge = 0; edge < 4; edge++) {
		const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
		const q =
			edge === 0 ? ax - left : edge === 1 ? right - ax : edge === 2 ? ay - top : bottom - ay;
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t >= t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t <= t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return true;
}

function pointSegmentDistance(px: number, py: number, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 ? Math.min(1, Math.max(0, ((px - a[0]) * dx + (py - a[1]) * dy) / len2)) : 0;
	return length(px - a[0] - t * dx, py - a[1] - t * dy);
}

/**
 * √(x² + y²): unlike Math.hypot (any number of arguments), V8 inlines it without allocating,
 * and placement measures distances thousands of times a frame (heap profiles of a glide showed
 * hypot among the top allocators).
 */
const length = (x: number, y: number) => Math.sqrt(x * x + y * y);

const pointBoxDistance = (r: Box, p: Point) =>
	length(
		Math.max(r.x - p[0], 0, p[0] - r.x - r.width),
		Math.max(r.y - p[1], 0, p[1] - r.y - r.height)
	);

/** Shortest distance between a box and the segment a–b (0 when they touch). */
export function boxSegmentDistance(r: Box, a: Point, b: Point): number {
	if (segmentHitsBox(a, b, r)) return 0;
	// the nearest points are an end of the segment or a corner of the box (placement calls this
	// for every candidate place: written without temporary arrays)
	const right = r.x + r.width;
	const bottom = r.y + r.height;
	return Math.min(
		pointBoxDistance(r, a),
		pointBoxDistance(r, b),
		pointSegmentDistance(r.x, r.y, a, b),
		pointSegmentDistance(right, r.y, a, b),
		pointSegmentDistance(r.x, bottom, a, b),
		pointSegmentDistance(right, bottom, a, b)
	);
}

/** Where the segment from a box's centre towards `to` leaves the box. */
export function edgePoint(b: Box, to: Point): Point {
	const [cx, cy] = centre(b);
	const dx = to[0] - cx;
	const dy = to[1] - cy;
	if (dx === 0 && dy === 0) return [cx, cy];
	const s = Math.min(
		Math.abs(b.width / 2 / dx || Infinity),
		Math.abs(b.height / 2 / dy || Infinity)
	);
	return [cx + dx * s, cy + dy * s];
}
