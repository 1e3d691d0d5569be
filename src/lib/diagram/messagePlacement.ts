/**
 * Where each message is drawn, as a pure function of its progress: the packet glides along its
 * link with eased progress and messages sharing a link get their own parallel track. Label pills
 * sit beside the arrows rather than on them: above or below a horizontal link, following the
 * packet within the middle half of the link; in a column of slots, one per lane in time order,
 * beside a vertical link (the kubelet ↔ runtime exchange reads like a sequence diagram). When that
 * place is taken, a pill looks for the nearest free one, off every actor box and every other pill.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import type { MessageView } from '$lib/player/frameTypes';
import {
	NODE_HEADER,
	findLink,
	type ActorLayout,
	type Box,
	type DiagramLayout,
	type LinkLayout
} from './layout';

export type Point = [number, number];

export interface MessagePlacement {
	message: MessageView;
	/** link the message travels on, when the layout has one for its pair */
	link?: string;
	start: Point;
	end: Point;
	packet: Point;
	resting: boolean;
	/** direction of travel in degrees, for the arrowhead */
	angle: number;
	pill: Box;
}

export const PILL_HEIGHT = 18;
export const PILL_PAD_X = 8;
/** distance between parallel packet tracks of messages sharing a link */
export const TRACK_GAP = 7;
/** distance between stacked pills */
const LANE_GAP = 22;
/** air between a pill and the arrow it names */
const CLEAR = 4;
const MARGIN = 2;

/** Lane 0 on the link, then alternately one side and the other: 0, +1, -1, +2, … */
export function laneOffset(lane: number): number {
	if (lane <= 0) return 0;
	return lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2;
}

const lerp = (a: Point, b: Point, t: number): Point => [
	interpolateNumber(a[0], b[0])(t),
	interpolateNumber(a[1], b[1])(t)
];

/** Overlap, counting boxes closer than MARGIN as touching. */
const hits = (p: Box, q: Box) =>
	p.x < q.x + q.width + MARGIN &&
	q.x < p.x + p.width + MARGIN &&
	p.y < q.y + q.height + MARGIN &&
	q.y < p.y + p.height + MARGIN;

/** Where the segment from a box's centre towards `to` leaves the box. */
function edgePoint(b: Box, to: Point): Point {
	const cx = b.x + b.width / 2;
	const cy = b.y + b.height / 2;
	const dx = to[0] - cx;
	const dy = to[1] - cy;
	if (dx === 0 && dy === 0) return [cx, cy];
	const s = Math.min(
		Math.abs(b.width / 2 / dx || Infinity),
		Math.abs(b.height / 2 / dy || Infinity)
	);
	return [cx + dx * s, cy + dy * s];
}

/** Ends of the message's path and the link's own direction (the same for both ways of travel). */
function endpoints(l: DiagramLayout, from: ActorLayout, to: ActorLayout) {
	const found = findLink(l, from.id, to.id);
	if (found) {
		const { link, reversed } = found;
		const a: Point = [link.x1, link.y1];
		const b: Point = [link.x2, link.y2];
		return {
			link,
			start: reversed ? b : a,
			end: reversed ? a : b,
			axis: [b[0] - a[0], b[1] - a[1]] as Point
		};
	}
	const centre = (b: Box): Point => [b.x + b.width / 2, b.y + b.height / 2];
	if (from.id === to.id) {
		const top: Point = [from.x + from.width / 2, from.y];
		return { link: undefined, start: top, end: top, axis: [1, 0] as Point };
	}
	// Pairs the layout doesn't link (none today) still get a straight path between the boxes.
	const [p, q] = from.id < to.id ? [from, to] : [to, from];
	const axis: Point = [centre(q)[0] - centre(p)[0], centre(q)[1] - centre(p)[1]];
	return {
		link: undefined,
		start: edgePoint(from, centre(to)),
		end: edgePoint(to, centre(from)),
		axis
	};
}

export interface PlaceOptions {
	reducedMotion: boolean;
	/** measured width of each message's label text, by message id */
	textWidths: Map<string, number>;
}

const T_STEPS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];

interface Obstacles {
	/** actor boxes, node names, the control-plane title: a pill never covers these if it can help it */
	hard: Box[];
	/** pod areas: better not covered */
	soft: Box[];
}

const obstacleCache = new WeakMap<DiagramLayout, Obstacles>();

function obstacles(l: DiagramLayout): Obstacles {
	let o = obstacleCache.get(l);
	if (!o) {
		const titles = l.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: NODE_HEADER }));
		o = { hard: [...l.actors, ...titles, l.controlPlaneTitle], soft: l.nodes.map((n) => n.pods) };
		obstacleCache.set(l, o);
	}
	return o;
}

interface Candidate {
	box: Box;
	/** it had to be pushed back inside the picture */
	clamped: boolean;
}

/** Side (-1 above, 1 below) and row of each lane's pill on a horizontal link: lane 0 above. */
function horizontalRow(lane: number, normalY: number): { side: number; row: number } {
	const sideOf = (k: number) => (k === 0 ? -1 : Math.sign(laneOffset(k) * (normalY || 1)));
	const side = sideOf(lane);
	let row = 0;
	for (let k = 0; k < lane; k++) if (sideOf(k) === side) row++;
	return { side, row };
}

export function placeMessages(
	l: DiagramLayout,
	messages: MessageView[],
	opts: PlaceOptions
): MessagePlacement[] {
	const actors = new Map(l.actors.map((a) => [a.id, a]));
	const { hard, soft } = obstacles(l);
	const pills: Box[] = [];
	const out: MessagePlacement[] = [];
	// Resting pills claim their place first, so a moving one steps around them instead of the
	// resting ones jumping about; within each group lanes keep frame order.
	const shown = (m: MessageView) =>
		opts.reducedMotion && m.progress > 0 ? 1 : Math.min(1, Math.max(0, m.progress));
	const order = [...messages].sort((p, q) => Number(shown(q) >= 1) - Number(shown(p) >= 1));
	for (const m of order) {
		const from = actors.get(m.from);
		const to = actors.get(m.to);
		if (!from || !to) continue;
		const { link, start, end, axis } = endpoints(l, from, to);
		const axisLen = Math.hypot(axis[0], axis[1]) || 1;
		const normal: Point = [-axis[1] / axisLen, axis[0] / axisLen];
		const off = laneOffset(m.lane);
		const shift = (p: Point): Point => [
			p[0] + normal[0] * off * TRACK_GAP,
			p[1] + normal[1] * off * TRACK_GAP
		];
		const s = shift(start);
		const e = shift(end);
		const progress = shown(m);
		const eased = easeCubicInOut(progress);
		const width = (opts.textWidths.get(m.id) ?? 0) + 2 * PILL_PAD_X;
		const self = from.id === to.id;

		const make = (cx: number, cy: number): Candidate => {
			const b = { x: cx - width / 2, y: cy - PILL_HEIGHT / 2, width, height: PILL_HEIGHT };
			// Keep the pill inside the picture even when a lane pushed it to the edge.
			const x = Math.min(Math.max(b.x, MARGIN), l.width - MARGIN - width);
			const y = Math.min(Math.max(b.y, MARGIN), l.height - MARGIN - PILL_HEIGHT);
			return { box: { ...b, x, y }, clamped: x !== b.x || y !== b.y };
		};
		// The pill trails the packet by its own half length so the packet stays visible ahead of it.
		const len = Math.hypot(e[0] - s[0], e[1] - s[1]);
		const along = len
			? (Math.abs(e[0] - s[0]) * width + Math.abs(e[1] - s[1]) * PILL_HEIGHT) / len
			: 0;
		const lag = len ? (along / 2 + 8) / len : 0;
		const desired = Math.min(0.75, Math.max(0.25, eased - lag));
		const ts = [
			desired,
			...[...T_STEPS].sort((p, q) => Math.abs(p - desired) - Math.abs(q - desired))
		];
		const horizontal = Math.abs(axis[1]) <= 0.15 * Math.abs(axis[0]);

		function* candidates(): Generator<Candidate> {
			if (self) {
				for (const t of ts) {
					const [x, y] = lerp(s, e, t);
					yield make(x, y - PILL_HEIGHT);
				}
			}
			if (link?.labelSide) yield* beside(link, link.labelSide);
			if (horizontal && !self) {
				// Its own row above or below the arrows first, then further out on either side.
				const { side, row } = horizontalRow(m.lane, normal[1]);
				const rows = [[side, row]];
				for (let r = 0; r < 4; r++) rows.push([side, r], [-side, r]);
				for (const [sd, r] of rows) {
					const trackY = normal[1] * off * TRACK_GAP;
					const base = sd === Math.sign(trackY) ? trackY : 0;
					const dy = base + sd * (PILL_HEIGHT / 2 + CLEAR + r * LANE_GAP);
					for (const t of ts) {
						const [x, y] = lerp(start, end, t);
						yield make(x, y + dy);
					}
				}
			}
			if (link?.labelSide) yield* beside(link, -link.labelSide as -1 | 1);
			// Anywhere along the middle of the link: lanes stack pills across a mostly horizontal
			// link; along a mostly vertical one they move along it, then sideways.
			const shifts: Point[] =
				Math.abs(axis[0]) >= Math.abs(axis[1])
					? [0, 1, -1, 2, -2].map((k) => [0, (Math.sign(normal[1] || 1) * off + k) * LANE_GAP])
					: [0, 1, -1, 2, -2, 3, -3].map((k) => [(k * (width + 6)) / 2, 0]);
			for (const [dx, dy] of shifts)
				for (const t of ts) {
					const [x, y] = lerp(s, e, t);
					yield make(x + dx, self ? y - PILL_HEIGHT : y + dy);
				}
		}

		/** A column of slots beside a vertical link, clear of all its tracks; lane order top down. */
		function* beside(k: LinkLayout, side: -1 | 1): Generator<Candidate> {
			const x = k.x1 + side * (2 * TRACK_GAP + CLEAR + 2 + width / 2);
			const top = Math.min(k.y1, k.y2) + CLEAR;
			const room = Math.abs(k.y2 - k.y1) - 2 * CLEAR;
			const slots = Math.max(0, Math.floor((room + LANE_GAP - PILL_HEIGHT) / LANE_GAP));
			const order = [m.lane, ...Array.from({ length: slots }, (_, i) => i)];
			for (const i of order) if (i < slots) yield make(x, top + PILL_HEIGHT / 2 + i * LANE_GAP);
		}

		const free = (b: Box, others: Box[]) => !others.some((o) => hits(b, o));
		// Best: free of everything and wholly in the picture; then ever more lenient.
		let best: Candidate | undefined;
		let rank = 5;
		for (const c of candidates()) {
			const r = !free(c.box, hard)
				? 4
				: !free(c.box, pills)
					? 3
					: c.clamped || !free(c.box, soft)
						? 2
						: 1;
			if (r < rank) {
				best = c;
				rank = r;
				if (r === 1) break;
			}
		}
		const pill = best!.box;
		pills.push(pill);
		out.push({
			message: m,
			link: link?.id,
			start: s,
			end: e,
			packet: lerp(s, e, eased),
			resting: progress >= 1,
			angle: (Math.atan2(e[1] - s[1], e[0] - s[0]) * 180) / Math.PI,
			pill
		});
	}
	// Back to frame order, so that later messages are drawn on top.
	const index = new Map(messages.map((m, i) => [m.id, i]));
	return out.sort((p, q) => index.get(p.message.id)! - index.get(q.message.id)!);
}
