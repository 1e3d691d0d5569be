/**
 * Where each message is drawn, as a pure function of its progress: the packet glides along its
 * link with eased progress, the label pill follows it but stays within the middle half of the
 * link and off every actor box, and messages sharing a link get their own lane.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import type { MessageView } from '$lib/player/frameTypes';
import { NODE_HEADER, findLink, type ActorLayout, type Box, type DiagramLayout } from './layout';

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
const TRACK_GAP = 7;
/** vertical distance between stacked pills on a mostly horizontal link */
const LANE_GAP = 22;
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
			link: link.id,
			start: reversed ? b : a,
			end: reversed ? a : b,
			axis: [b[0] - a[0], b[1] - a[1]]
		};
	}
	const centre = (b: Box): Point => [b.x + b.width / 2, b.y + b.height / 2];
	if (from.id === to.id) {
		const top: Point = [from.x + from.width / 2, from.y];
		return { link: undefined, start: top, end: top, axis: [1, 0] };
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

/** Boxes a pill must not cover: the actors, plus the node names and the control-plane title. */
function obstacles(l: DiagramLayout): Box[] {
	const titles = l.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: NODE_HEADER }));
	const cp = l.controlPlane;
	return [...l.actors, ...titles, { x: cp.x, y: cp.y, width: 160, height: 24 }];
}

export function placeMessages(
	l: DiagramLayout,
	messages: MessageView[],
	opts: PlaceOptions
): MessagePlacement[] {
	const actors = new Map(l.actors.map((a) => [a.id, a]));
	const fixed = obstacles(l);
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

		// Pills hold horizontal text: on a mostly horizontal link lanes stack them vertically; on a
		// mostly vertical one they move along the link, then sideways, whichever is free first.
		const shifts: Point[] =
			Math.abs(axis[0]) >= Math.abs(axis[1])
				? [0, 1, -1, 2, -2].map((k) => [0, (Math.sign(normal[1] || 1) * off + k) * LANE_GAP])
				: [0, 1, -1, 2, -2, 3, -3].map((k) => [(k * (width + 6)) / 2, 0]);
		const pillAt = (t: number, [dx, dy]: Point): Box => {
			const [x, y] = lerp(s, e, t);
			const cy = from.id === to.id ? y - PILL_HEIGHT : y + dy;
			const box = { x: x + dx - width / 2, y: cy - PILL_HEIGHT / 2, width, height: PILL_HEIGHT };
			// Keep the pill inside the picture even when a lane pushed it to the edge.
			box.x = Math.min(Math.max(box.x, MARGIN), l.width - MARGIN - width);
			box.y = Math.min(Math.max(box.y, MARGIN), l.height - MARGIN - PILL_HEIGHT);
			return box;
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
		const candidates = shifts.flatMap((d) => ts.map((t) => pillAt(t, d)));
		const free = (b: Box, others: Box[]) => !others.some((o) => hits(b, o));
		const pill =
			candidates.find((b) => free(b, fixed) && free(b, pills)) ??
			candidates.find((b) => free(b, fixed)) ??
			candidates[0];
		pills.push(pill);
		out.push({
			message: m,
			link,
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
