/**
 * Where each message is drawn, as a pure function of its progress: the packet glides along its
 * link with eased progress and messages sharing a link get their own parallel track. Label pills
 * sit beside the arrows rather than on them: above or below a horizontal link, following the
 * packet within the middle half of the link; beside a slanted or vertical one, level with the
 * point they name; in a column of slots, one per lane in time order, beside a kubelet ↔ runtime
 * link (the exchange reads like a sequence diagram).
 *
 * Packets (pod ↔ node ↔ node, see endpoints.ts) have no link: they go straight between their
 * boxes, and their pills get a few more places to try (packetSpots) and stay inside one node.
 *
 * A pill never leaves its own link's side (at most a second row out), and never covers an actor,
 * another pill or anybody's arrow. When no such place is free for the whole label, the label is
 * shortened (the name in it loses its middle, see labelText.ts) until one is; the renderer keeps
 * the full label in the pill's tooltip.
 */
import { glideEase } from './glideEasing';
import type { MessageView } from '$lib/player/frameTypes';
import { chipsOf, endsFor, headerBox, pathEnds, roomsOf, type End, type Ends } from './endpoints';
import { boxSegmentDistance, boxesHit, lerp, segmentHitsBox, type Point } from './geometry';
import type { Box, DiagramLayout, LinkLayout } from './layout';
import { shorterLabels, shorterNames } from './labelText';

export { boxSegmentDistance, segmentHitsBox, type Point };

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
	/** what the pill says: the label, or a shortened form of it when the full one has no room */
	text: string;
}

export const PILL_HEIGHT = 18;
export const PILL_PAD_X = 8;
/** distance between parallel packet tracks of messages sharing a link */
export const TRACK_GAP = 7;
/** distance between stacked pills */
const LANE_GAP = 22;
/** air between a pill and the arrow it names */
const CLEAR = 5;
const MARGIN = 2;
/** length of the arrowhead drawn at the end of a resting message (messages.ts) */
export const ARROW = 10;
/** a pill stays this far from the centre line of any arrow… */
const TRAIL_PAD = 2.5;
/** …and a little further from an arrowhead, which is wider */
const ARROW_PAD = 4.5;
/**
 * Farthest a pill may sit from its own arrow: a second row beside the link, or a slot beside a
 * link whose other lanes run between the pill and this one's track.
 */
export const ASIDE = CLEAR + LANE_GAP + 2 * TRACK_GAP;

/** Lane 0 on the link, then alternately one side and the other: 0, +1, -1, +2, … */
export function laneOffset(lane: number): number {
	if (lane <= 0) return 0;
	return lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2;
}

export interface PlaceOptions {
	reducedMotion: boolean;
	/** width of a text in the message font: the renderer measures, tests estimate */
	measure: (text: string) => number;
	/** what message ends name (see endpoints.ts); default: the layout's actors and nodes, no pods */
	ends?: Ends;
}

/**
 * The first index of `xs` from which `ok` holds to the end (`ok` is monotone); `xs.length` if none.
 * Both ends are tried first: mostly the whole label has room or none of its forms has, and each
 * trial of a form is a search for its place.
 */
function firstIndex<T>(xs: T[], ok: (x: T) => boolean): number {
	if (!xs.length || ok(xs[0])) return 0;
	if (!ok(xs[xs.length - 1])) return xs.length;
	let lo = 1;
	let hi = xs.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ok(xs[mid])) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Overlap, counting boxes closer than MARGIN as touching. */
const hits = (p: Box, q: Box) => boxesHit(p, q, MARGIN);

// The tests below run for every candidate place of every pill in every frame: plain loops, so
// that a frame allocates no closures or arrays for them.
function anyHit(b: Box, others: Box[]): boolean {
	for (let i = 0; i < others.length; i++) if (hits(b, others[i])) return true;
	return false;
}

function hitCount(b: Box, others: Box[]): number {
	let n = 0;
	for (const o of others) if (hits(b, o)) n++;
	return n;
}

function anyCrossing(strokes: Stroke[], b: Box): boolean {
	for (const k of strokes) if (segmentHitsBox(k.a, k.b, b, k.pad)) return true;
	return false;
}

function crossings(links: { a: Point; b: Point }[], b: Box): number {
	let n = 0;
	for (const k of links) if (segmentHitsBox(k.a, k.b, b)) n++;
	return n;
}

/** pods areas the box is half in and half out of */
function straddled(frames: Box[], b: Box): number {
	let n = 0;
	for (const f of frames) if (boxesHit(b, f, 0) && !inside(b, f)) n++;
	return n;
}

/** The layout's links as segments. */
function linkSegments(l: DiagramLayout) {
	return l.links.map((k) => ({ id: k.id, a: [k.x1, k.y1] as Point, b: [k.x2, k.y2] as Point }));
}
const inside = (p: Box, q: Box) =>
	p.x >= q.x && p.y >= q.y && p.x + p.width <= q.x + q.width && p.y + p.height <= q.y + q.height;

/** what crossing an idle link costs a place, in units of distance from its own arrow */
const CROSSING = 12;
/**
 * what a pill half in and half out of a node's frame costs a packet's: it would look like it
 * belonged to the neighbour (routes along links keep the placement they were tuned with)
 */
const STRADDLE = 30;
/** what covering a pod chip costs a packet's pill, which only packets are told about */
const ON_CHIP = 40;
/** widest pill beside a link that is not horizontal, unless the link is wider still */
const SIDE_LABEL = 280;

const T_STEPS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];
/** beside a slanted or vertical link a pill only takes a little of its length, so it can go further */
const T_STEPS_SIDE = [0.15, 0.2, ...T_STEPS, 0.8, 0.85];

interface Obstacles {
	/** actor boxes, node names, kernel strips, the control-plane title: a pill never covers these if it can help it */
	hard: Box[];
	/** pod areas: better not covered */
	soft: Box[];
}

/**
 * A box of its own with exactly the four fields, as every pill is. The hit tests run thousands
 * of times a frame over actors, titles, chips and pills: given objects of one shape V8 reads
 * their numbers in place; given actors, nodes and chips (each with fields of their own) it copies
 * every number it reads into a new heap object, and a glide's garbage doubled.
 */
export const plainBox = (b: Box): Box => ({ x: b.x, y: b.y, width: b.width, height: b.height });

function obstacles(l: DiagramLayout): Obstacles {
	return {
		hard: [
			...l.actors,
			...l.nodes.map(headerBox),
			// a kernel strip's words: in pictures of the data path
			...l.nodes.flatMap((n) => (n.kernel ? [n.kernel] : [])),
			l.controlPlaneTitle
		].map(plainBox),
		soft: l.nodes.map((n) => plainBox(n.pods))
	};
}

/** One message's way through the picture. */
interface Route {
	m: MessageView;
	link?: LinkLayout;
	/** the link's ends, in the direction of travel */
	start: Point;
	end: Point;
	/** the message's own track: the link's ends moved sideways by its lane */
	s: Point;
	e: Point;
	axis: Point;
	normal: Point;
	off: number;
	/** lane offsets of every message of the frame on the same link, this one's included */
	offsets: number[];
	/** tracks of every message of the frame on the same link, this one's included */
	bundle: [Point, Point][];
	progress: number;
	self: boolean;
	horizontal: boolean;
	/** pod chips the message starts or ends at: its label should leave them readable */
	chips: Box[];
	/** free room in the nodes the message starts or ends in (packets and messages to oneself) */
	rooms: Box[];
	/** the box the message leaves */
	box: Box;
}

interface Candidate {
	box: Box;
	/** it had to be pushed back inside the picture */
	clamped: boolean;
	/** where along the link it is level with */
	t: number;
	/** the place its lane asks for (a row, a slot) */
	preferred: boolean;
	/** a slot in a column beside a link: ranked by the slot alone, not by distance */
	slotCost?: number;
	/** a last resort */
	fallback?: boolean;
	/** in the second column of a stack beside a link, next to its first */
	column?: boolean;
}

type MakeCandidate = (cx: number, cy: number, t: number, preferred: boolean) => Candidate;

/** Side (-1 above, 1 below) and row of each lane's pill on a horizontal link: lane 0 above. */
function horizontalRow(lane: number, normalY: number): { side: number; row: number } {
	const sideOf = (k: number) => (k === 0 ? -1 : Math.sign(laneOffset(k) * (normalY || 1)));
	const side = sideOf(lane);
	let row = 0;
	for (let k = 0; k < lane; k++) if (sideOf(k) === side) row++;
	return { side, row };
}

function route(
	l: DiagramLayout,
	rooms: ReadonlyMap<string, Box>,
	m: MessageView,
	from: End,
	to: End,
	p: number
) {
	const { link, start, end, axis } = pathEnds(l, from, to);
	const axisLen = Math.hypot(axis[0], axis[1]) || 1;
	const normal: Point = [-axis[1] / axisLen, axis[0] / axisLen];
	const off = laneOffset(m.lane);
	const shift = (q: Point): Point => [
		q[0] + normal[0] * off * TRACK_GAP,
		q[1] + normal[1] * off * TRACK_GAP
	];
	const self = from.id === to.id;
	return {
		m,
		link,
		start,
		end,
		s: shift(start),
		e: shift(end),
		axis,
		normal,
		off,
		offsets: [off],
		bundle: [],
		progress: p,
		self,
		horizontal: !self && Math.abs(axis[1]) <= 0.15 * Math.abs(axis[0]),
		chips: [from, to].filter((end) => end.kind === 'pod'),
		box: from,
		rooms: link
			? []
			: [...new Set([from.node, to.node])].flatMap((n) => {
					const room = n ? rooms.get(n) : undefined;
					return room ? [room] : [];
				})
	} satisfies Route;
}

/**
 * The candidates of the search under way, reused by the next one (a search copies the one it
 * keeps): placing a busy step tries tens of thousands, and allocating each one was most of what
 * placing it allocated, and the garbage collections that made long tasks while playing.
 */
const pool: Candidate[] = [];
const tried: Candidate[] = [];

function reused(i: number): Candidate {
	const c = (pool[i] ??= {
		box: { x: 0, y: 0, width: 0, height: 0 },
		clamped: false,
		t: 0,
		preferred: false,
		slotCost: undefined,
		fallback: false,
		column: false
	});
	c.slotCost = undefined;
	c.fallback = false;
	c.column = false;
	return c;
}

/**
 * Places worth trying for a pill of `width` on route r, roughly best first, in a list (and of
 * candidates) that the next call reuses. Pushed into an array rather than yielded: a generator's
 * results were most of what a search allocated.
 */
function candidates(
	l: DiagramLayout,
	r: Route,
	width: number,
	desired: number,
	pills: Box[]
): Candidate[] {
	const out = tried;
	out.length = 0;
	const add = (c: Candidate) => void out.push(c);
	const { s, e, start, end, normal, off, link } = r;
	const make = (cx: number, cy: number, t: number, preferred: boolean): Candidate => {
		const left = cx - width / 2;
		const top = cy - PILL_HEIGHT / 2;
		// Keep the pill inside the picture even when a lane pushed it to the edge.
		const x = Math.min(Math.max(left, MARGIN), l.width - MARGIN - width);
		const y = Math.min(Math.max(top, MARGIN), l.height - MARGIN - PILL_HEIGHT);
		const c = reused(out.length);
		c.box.x = x;
		c.box.y = y;
		c.box.width = width;
		c.box.height = PILL_HEIGHT;
		c.clamped = x !== left || y !== top;
		c.t = t;
		c.preferred = preferred;
		return c;
	};
	const byDistance = (steps: number[]) =>
		[...steps].sort((p, q) => Math.abs(p - desired) - Math.abs(q - desired));
	const ts = [desired, ...byDistance(T_STEPS)];

	if (r.self) {
		add(make(s[0], s[1] - PILL_HEIGHT, desired, true));
		// A box right under its node's name (kube-proxy writing its rules) has no room above it:
		// then below it, or in its node's free room.
		const b = r.box;
		add(make(b.x + b.width / 2, b.y + b.height + CLEAR + PILL_HEIGHT / 2, desired, false));
		roomSpots(out, r.rooms, width, desired, make, b.x + b.width / 2);
		return out;
	}

	/** A column of slots beside a vertical link, clear of all its tracks; lane order top down. */
	function beside(k: LinkLayout, side: -1 | 1): void {
		const x = k.x1 + side * (2 * TRACK_GAP + CLEAR + 2 + width / 2);
		// just clear of the boxes at both ends
		const edge = MARGIN + 0.5;
		const top = Math.min(k.y1, k.y2) + edge;
		const room = Math.abs(k.y2 - k.y1) - 2 * edge;
		const slots = Math.max(0, Math.floor((room + LANE_GAP - PILL_HEIGHT) / LANE_GAP));
		const order = [r.m.lane, ...Array.from({ length: slots }, (_, i) => i)];
		const own = side === k.labelSide;
		for (const i of order)
			if (i < slots) {
				const c = make(x, top + PILL_HEIGHT / 2 + i * LANE_GAP, desired, i === r.m.lane);
				// the label side's own slot first, then the nearest free slot, then the other side
				c.slotCost = Math.abs(i - r.m.lane) + (own ? 0 : 10);
				add(c);
			}
		if (!own) return;
		// A short link in a crowded picture: the stack goes on in a second column, just past the
		// pills already beside the link.
		const level = (b: Box) => b.y + b.height > top && b.y < top + room;
		const inner = k.x1 + side * (2 * TRACK_GAP + CLEAR + 2);
		const first = (b: Box) => Math.abs((side > 0 ? b.x : b.x + b.width) - inner) < 1;
		const near = pills.filter((b) => level(b) && first(b));
		if (!near.length) return;
		const past =
			side > 0
				? Math.max(...near.map((b) => b.x + b.width)) + MARGIN + 1 + width / 2
				: Math.min(...near.map((b) => b.x)) - MARGIN - 1 - width / 2;
		for (let i = 0; i < slots; i++) {
			const c = make(past, top + PILL_HEIGHT / 2 + i * LANE_GAP, desired, false);
			c.slotCost = 20 + i;
			c.column = true;
			add(c);
		}
	}

	if (link?.labelSide) beside(link, link.labelSide);
	if (r.horizontal) {
		// Its own row above or below the arrows first, then further out on either side.
		const { side, row } = horizontalRow(r.m.lane, normal[1]);
		const rows = [[side, row]];
		for (let k = 0; k < 3; k++) rows.push([side, k], [-side, k]);
		// clear of the outermost track on that side, whichever lane it belongs to
		const tracksY = r.offsets.map((o) => normal[1] * o * TRACK_GAP);
		for (const [sd, k] of rows) {
			const base = sd < 0 ? Math.min(0, ...tracksY) : Math.max(0, ...tracksY);
			const dy = base + sd * (PILL_HEIGHT / 2 + CLEAR + k * LANE_GAP);
			for (const t of ts) {
				const x = start[0] * (1 - t) + end[0] * t;
				const y = start[1] * (1 - t) + end[1] * t;
				add(make(x, y + dy, t, sd === side && k === row));
			}
		}
	} else if (!link?.labelSide) {
		// Beside a slanted or vertical link: level with a point of its own track, on either side,
		// just clear of the line where it passes the pill's top or bottom edge.
		const dx = e[0] - s[0];
		const dy = e[1] - s[1];
		const slantX = dy ? (Math.abs(dx / dy) * PILL_HEIGHT) / 2 : Infinity;
		const slantY = dx ? (Math.abs(dy / dx) * width) / 2 : Infinity;
		const sideTs = [desired, ...byDistance(T_STEPS_SIDE)];
		const gaps = [0, 1, 2, 3].map((k) => CLEAR + k * TRACK_GAP);
		for (const gap of gaps)
			for (const t of sideTs) {
				const x = s[0] * (1 - t) + e[0] * t;
				const y = s[1] * (1 - t) + e[1] * t;
				for (let sd = -1; sd <= 1; sd += 2) {
					if (Number.isFinite(slantX)) add(make(x + sd * (gap + slantX + width / 2), y, t, true));
					if (Number.isFinite(slantY))
						add(make(x, y + sd * (gap + slantY + PILL_HEIGHT / 2), t, true));
				}
			}
	}
	if (link?.labelSide) beside(link, -link.labelSide as -1 | 1);
	if (!link) packetSpots(out, r, width, desired, make);
	// Anywhere along the middle of the link: lanes stack pills across a mostly horizontal
	// link; along a mostly vertical one they move along it, then sideways.
	const shifts: Point[] =
		Math.abs(r.axis[0]) >= Math.abs(r.axis[1])
			? [0, 1, -1, 2, -2].map((k) => [0, (Math.sign(normal[1] || 1) * off + k) * LANE_GAP])
			: [0, 1, -1, 2, -2, 3, -3].map((k) => [(k * (width + 6)) / 2, 0]);
	for (const [ddx, ddy] of shifts)
		for (const t of ts) {
			const c = make(s[0] * (1 - t) + e[0] * t + ddx, s[1] * (1 - t) + e[1] * t + ddy, t, false);
			c.fallback = true;
			add(c);
		}
	return out;
}

/**
 * More places for a packet's pill, which has no link to stack beside. A short path (a pod right
 * under its node's name) may have no room beside it: then just past either end, which still
 * reads as its label; in a crowded pods area, over a neighbouring chip rather than the packet's
 * own, flush with the side the path meets; failing all that, in the free room of its nodes.
 */
function packetSpots(
	out: Candidate[],
	r: Route,
	width: number,
	desired: number,
	make: MakeCandidate
): void {
	const { s, e } = r;
	const around: Point[] = [
		[0, 1],
		[0, -1],
		[1, 0],
		[-1, 0]
	];
	for (const [t, [x, y]] of [
		[1, e],
		[0, s]
	] as const)
		for (const [ux, uy] of around)
			out.push(make(x + ux * (CLEAR + width / 2), y + uy * (CLEAR + PILL_HEIGHT / 2), t, false));
	for (const c of r.chips) {
		const atEnd = boxSegmentDistance(c, e, e) <= boxSegmentDistance(c, s, s);
		const p = atEnd ? e : s;
		const x = p[0] > c.x + c.width / 2 ? c.x + c.width - width / 2 : c.x + width / 2;
		for (const y of [c.y + c.height + CLEAR, c.y - CLEAR - PILL_HEIGHT])
			out.push(make(x, y + PILL_HEIGHT / 2, atEnd ? 1 : 0, false));
	}
	roomSpots(out, r.rooms, width, desired, make);
}

/** Rows of places in the free room of nodes: flush with either side, or centred on `cx`. */
function roomSpots(
	out: Candidate[],
	rooms: Box[],
	width: number,
	desired: number,
	make: MakeCandidate,
	cx?: number
): void {
	for (const room of rooms) {
		const rows = Math.floor((room.height - 2 * CLEAR - PILL_HEIGHT) / LANE_GAP) + 1;
		for (let i = 0; i < rows; i++) {
			const y = room.y + CLEAR + PILL_HEIGHT / 2 + i * LANE_GAP;
			const xs = [room.x + room.width - width / 2, room.x + width / 2];
			for (const x of cx === undefined ? xs : [cx, ...xs]) out.push(make(x, y, desired, false));
		}
	}
}

/** How good a place is, best first. */
const RANK = {
	/** free, in the first row beside its arrow (or its slot beside a short link) */
	first: 0,
	/** free, a row further out */
	beside: 1,
	/** on a pod area */
	soft: 2,
	/** free, but too far from its arrow to tell which one it names */
	far: 3,
	/** on the chip of a pod a packet of the step leaves or enters: the pod the step is about */
	onEndChip: 4,
	onArrow: 5,
	onPill: 6,
	onActor: 7
};

interface Choice {
	c: Candidate;
	rank: number;
	cost: number;
}

/** A segment a pill must not cross, with the clearance it needs. */
interface Stroke {
	a: Point;
	b: Point;
	pad: number;
}

function strokesOf(r: Route): Stroke[] {
	const len = Math.hypot(r.e[0] - r.s[0], r.e[1] - r.s[1]);
	if (!len) return [];
	const head: Point = [
		r.e[0] - ((r.e[0] - r.s[0]) / len) * ARROW,
		r.e[1] - ((r.e[1] - r.s[1]) / len) * ARROW
	];
	return [
		{ a: r.s, b: r.e, pad: TRAIL_PAD },
		{ a: head, b: r.e, pad: ARROW_PAD }
	];
}

/**
 * More messages than this alike (same sender, kind and label) to actors on nodes are a fan-out:
 * they get one label between them, "label ×N". The default cluster's three nodes keep a label
 * each; at fifty nodes, fifty alike labels would only hide the picture (and cost a long task to
 * place).
 */
export const FAN_OUT = 3;

const onNode = (actor: string) => actor.includes('@');

/** The fan-outs among `routes`: the one that carries each group's label with its size, and the rest. */
function fanOuts(routes: Route[]): { labelled: Map<Route, number>; silent: Set<Route> } {
	const groups = new Map<string, Route[]>();
	for (const r of routes) {
		if (r.self || !onNode(r.m.to)) continue;
		const key = `${r.m.from}\n${r.m.kind}\n${r.m.label}`;
		const group = groups.get(key);
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	const labelled = new Map<Route, number>();
	const silent = new Set<Route>();
	for (const group of groups.values()) {
		if (group.length <= FAN_OUT) continue;
		labelled.set(group[0], group.length);
		for (const r of group.slice(1)) silent.add(r);
	}
	return { labelled, silent };
}

/**
 * Where every message of `messages` goes, as a pure function of the layout, the messages and
 * their progress: the player asks it once per step, with the step's messages at rest, and its
 * frames only move packets along what it returned.
 */
export function placeMessages(
	l: DiagramLayout,
	messages: MessageView[],
	opts: PlaceOptions
): MessagePlacement[] {
	const shown = (m: MessageView) =>
		opts.reducedMotion && m.progress > 0 ? 1 : Math.min(1, Math.max(0, m.progress));
	return place(l, messages, opts.ends ?? endsFor(l), opts, shown);
}

function place(
	l: DiagramLayout,
	messages: MessageView[],
	ends: Ends,
	opts: PlaceOptions,
	shown: (m: MessageView) => number
): MessagePlacement[] {
	const { hard, soft } = obstacles(l);
	const nodeBoxes = l.nodes.map(plainBox);
	const segments = linkSegments(l);
	const rooms = roomsOf(l);
	const chips = chipsOf(ends).map(plainBox);
	const pills: Box[] = [];
	const out: MessagePlacement[] = [];
	const routes: Route[] = [];
	for (const m of messages) {
		const from = ends.get(m.from);
		const to = ends.get(m.to);
		if (from && to) routes.push(route(l, rooms, m, from, to, shown(m)));
	}
	// Messages between the same two ends share a path, link or not (packets have none).
	const pair = (r: Route) => r.link?.id ?? [r.m.from, r.m.to].sort().join('\n');
	for (const r of routes) {
		const same = r.self ? [r] : routes.filter((q) => !q.self && pair(q) === pair(r));
		r.offsets = same.map((q) => q.off);
		r.bundle = same.map((q) => [q.s, q.e]);
	}
	// the chips this frame's packets leave or enter: the ones the step is about
	const endChips = routes.flatMap((r) => r.chips.map(plainBox));
	// Every arrow of the frame, as it will be drawn once it has arrived: a resting pill must not
	// sit where a later arrow is going to pass.
	const strokes = routes.flatMap(strokesOf);
	// Resting pills claim their place first, so a moving one steps around them instead of the
	// resting ones jumping about; within each group lanes keep frame order.
	const order = [...routes].sort((p, q) => Number(q.progress >= 1) - Number(p.progress >= 1));
	const { labelled, silent } = fanOuts(routes);

	for (const r of order) {
		const eased = glideEase(r.progress);
		const resting = r.progress >= 1;
		const placed = (pill: Box, text: string): MessagePlacement => ({
			message: r.m,
			link: r.link?.id,
			start: r.s,
			end: r.e,
			packet: lerp(r.s, r.e, eased),
			resting,
			angle: (Math.atan2(r.e[1] - r.s[1], r.e[0] - r.s[0]) * 180) / Math.PI,
			pill,
			text
		});
		// one of a fan-out's arrows carries its label: the others have none, and no place to find
		if (silent.has(r)) {
			out.push(placed({ x: r.e[0], y: r.e[1], width: 0, height: 0 }, ''));
			continue;
		}

		/** The best place for a pill of `width`, by rank, then cost. */
		const search = (width: number): Choice => {
			// The pill trails the packet by its own half length so the packet stays visible ahead of it.
			const len = Math.hypot(r.e[0] - r.s[0], r.e[1] - r.s[1]);
			const along = len
				? (Math.abs(r.e[0] - r.s[0]) * width + Math.abs(r.e[1] - r.s[1]) * PILL_HEIGHT) / len
				: 0;
			const lag = len ? (along / 2 + 8) / len : 0;
			const desired = Math.min(0.75, Math.max(0.25, eased - lag));
			// A moving pill follows its packet; a resting one would rather keep close to its arrow.
			const tWeight = resting ? 20 : 80;
			// the first row hugs the bundle of arrows on its link, whichever lane is outermost
			const hugs = (b: Box) =>
				r.bundle.some(([a, z]) => boxSegmentDistance(b, a, z) <= CLEAR + TRAIL_PAD);
			const cs = candidates(l, r, width, desired, pills);
			// Only what lies near some candidate can get in the way: test against that alone.
			let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
			for (const { box } of cs) {
				x0 = Math.min(x0, box.x);
				y0 = Math.min(y0, box.y);
				x1 = Math.max(x1, box.x + box.width);
				y1 = Math.max(y1, box.y + box.height);
			}
			const area: Box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
			const near = (boxes: Box[]) => boxes.filter((o) => hits(o, area));
			const [hardNear, pillsNear, softNear] = [near(hard), near(pills), near(soft)];
			const strokesNear = strokes.filter((k) => segmentHitsBox(k.a, k.b, area, k.pad + MARGIN));
			// A packet's pill may have to sit on a pods area: then rather on empty room than on a
			// chip (and on a chip the step's packets leave or enter only as a last resort, see RANK).
			const framesNear = r.link ? [] : near(nodeBoxes);
			const chipsNear = r.link ? [] : near(chips);
			const endChipsNear = near(endChips);
			// other links, idle: better not crossed, which would make a pill look like theirs
			const linksNear = segments.filter(
				(k) => k.id !== r.link?.id && segmentHitsBox(k.a, k.b, area)
			);
			let best: Choice | undefined;
			for (const c of cs) {
				const b = c.box;
				const blocked = anyHit(b, hardNear)
					? RANK.onActor
					: anyHit(b, pillsNear)
						? RANK.onPill
						: anyCrossing(strokesNear, b)
							? RANK.onArrow
							: anyHit(b, endChipsNear)
								? RANK.onEndChip
								: -1;
				if (best && blocked > best.rank) continue;
				const dist = boxSegmentDistance(b, r.s, r.e);
				const rank =
					blocked >= 0
						? blocked
						: dist > ASIDE && !r.self && !c.column
							? RANK.far
							: anyHit(b, softNear)
								? RANK.soft
								: c.column || (c.slotCost === undefined && !hugs(b))
									? RANK.beside
									: RANK.first;
				if (best && rank > best.rank) continue;
				const cost =
					(c.slotCost ?? dist + tWeight * Math.abs(c.t - desired) + (c.preferred ? 0 : 4)) +
					(c.clamped ? 20 : 0) +
					(c.fallback ? 20 : 0) +
					CROSSING * crossings(linksNear, b) +
					STRADDLE * straddled(framesNear, b) +
					ON_CHIP * hitCount(b, chipsNear);
				if (!best || rank < best.rank || cost < best.cost) best = { c, rank, cost };
				// nothing can beat its own place right beside the arrow
				if (
					best.rank === RANK.first &&
					(best.cost === 0 || (c.preferred && c.t === desired && dist <= CLEAR + 1))
				)
					break;
			}
			// the candidates are reused by the next search: keep a copy of the chosen one
			const { c, rank, cost } = best!;
			return { c: { ...c, box: { ...c.box } }, rank, cost };
		};

		const label = labelled.has(r) ? `${r.m.label} ×${labelled.get(r)}` : r.m.label;
		const widthOf = (text: string) => opts.measure(text) + 2 * PILL_PAD_X;
		const tried = new Map<string, Choice>();
		const at = (text: string) => {
			let c = tried.get(text);
			if (!c) tried.set(text, (c = search(widthOf(text))));
			return c;
		};
		/** The longest of `forms` (longest first) that gets a place of rank ≤ `rank`. */
		const longest = (forms: string[], rank: number): string | undefined =>
			forms[firstIndex(forms, (form) => at(form).rank <= rank)];
		// Beside a slanted or vertical link a pill reaches away from the arrow: a very long one would
		// end up far from it, over other links, so it is kept to about the link's own breadth.
		const cap = r.horizontal ? Infinity : Math.max(SIDE_LABEL, Math.abs(r.e[0] - r.s[0]));
		const fits = (text: string) => widthOf(text) <= cap;
		// Only the name gives way to that; the rest of a label is cut only where there is no room.
		// The whole label in the first row beside its arrow; else its name shortened to get there;
		// else the whole label a row further out; else shortened as much as it takes.
		let text: string;
		// A packet's label is addresses: cut short it would name another one, so it stays whole
		// wherever it is in nobody's way, even a little away from its arrow.
		if (!r.link && !r.self && at(label).rank <= RANK.far) text = label;
		else {
			const forms = [label, ...shorterNames(label)];
			// forms only get narrower, so those that fit are a tail: found with a few measurements
			const names = forms.slice(firstIndex(forms, fits));
			if (!names.length) names.push(forms[forms.length - 1]);
			const all = [...names, ...shorterLabels(label).slice(forms.length - 1)];
			text =
				longest(names, RANK.first) ??
				(at(names[0]).rank <= RANK.beside ? names[0] : undefined) ??
				longest(all, RANK.beside) ??
				// no place beside the arrow for any form: taking a narrower form never to rank worse (as
				// `longest` does), the narrowest has the best rank there is, and the longest form as
				// good as it wins
				longest(all, at(all[all.length - 1]).rank)!;
		}
		const pill = at(text).c.box;
		pills.push(pill);
		out.push(placed(pill, text));
	}
	// Back to frame order, so that later messages are drawn on top.
	const index = new Map(messages.map((m, i) => [m.id, i]));
	return out.sort((p, q) => index.get(p.message.id)! - index.get(q.message.id)!);
}
