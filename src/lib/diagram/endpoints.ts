/**
 * What a message's `from` and `to` stand for in the picture, and the straight path between them.
 * Besides actor ids, packets name a pod's chip (`pod:<namespace>/<name>`) or a node's header strip
 * (`node:<name>`, the node's own network stack); anything else is not drawn.
 */
import type { PodView } from '$lib/player/frameTypes';
import { centre, edgePoint, type Point } from './geometry';
import {
	NODE_HEADER,
	findLink,
	type Box,
	type DiagramLayout,
	type LinkLayout,
	type NodeLayout,
	nodeActorIds
} from './layout';
import { CHIP_GAP, placePods } from './pods';

export type EndKind = 'actor' | 'pod' | 'node';

export interface End extends Box {
	id: string;
	kind: EndKind;
	/** the node the end sits in, for node-local actors, pods and nodes */
	node?: string;
	/** that node's box, for pods and nodes */
	frame?: NodeLayout;
}

/** Every end a message of one frame can name, by id. */
export type Ends = ReadonlyMap<string, End>;

export const podEnd = (key: string) => `pod:${key}`;
export const nodeEnd = (name: string) => `node:${name}`;

/** The header strip of each node: where its name is, and what `node:<name>` points at without a kernel strip. */
export function headerBox(n: Box): Box {
	return { x: n.x, y: n.y, width: n.width, height: NODE_HEADER };
}

/** Every end the layout and its pods offer, by id (worked out once per step: see render.ts). */
export function endsFor(l: DiagramLayout, pods: readonly PodView[] = []): Ends {
	const ends = new Map<string, End>();
	for (const a of l.actors) ends.set(a.id, { id: a.id, kind: 'actor', node: a.node, ...box(a) });
	const frames = new Map(l.nodes.map((n) => [n.name, n]));
	for (const n of l.nodes) {
		const id = nodeEnd(n.name);
		// a picture of the data path draws the node's kernel: packets and rules go there
		ends.set(id, { id, kind: 'node', node: n.name, frame: n, ...(n.kernel ?? headerBox(n)) });
	}
	for (const { pod, slot } of placePods(l, pods)) {
		const id = podEnd(pod.key);
		ends.set(id, { id, kind: 'pod', node: pod.node, frame: frames.get(pod.node), ...box(slot) });
	}
	return ends;
}

const box = (b: Box): Box => ({ x: b.x, y: b.y, width: b.width, height: b.height });

export interface PathEnds {
	/** the layout's link for a pair of actors it links */
	link?: LinkLayout;
	start: Point;
	end: Point;
	/** the path's own direction, the same for both ways of travel */
	axis: Point;
}

/** Ends of a message's path: along the layout's link when it has one, else straight between the boxes. */
export function pathEnds(l: DiagramLayout, from: End, to: End): PathEnds {
	const found = from.kind === 'actor' && to.kind === 'actor' && findLink(l, from.id, to.id);
	if (found) {
		const { link, reversed } = found;
		const a: Point = [link.x1, link.y1];
		const b: Point = [link.x2, link.y2];
		return {
			link,
			start: reversed ? b : a,
			end: reversed ? a : b,
			axis: [b[0] - a[0], b[1] - a[1]]
		};
	}
	if (from.id === to.id) {
		const top: Point = [from.x + from.width / 2, from.y];
		return { start: top, end: top, axis: [1, 0] };
	}
	const [p, q] = from.id < to.id ? [from, to] : [to, from];
	const [a, b] = packetEnds(p, q) ?? [edgePoint(p, centre(q)), edgePoint(q, centre(p))];
	let axis: Point = [b[0] - a[0], b[1] - a[1]];
	// Along the edge of a row of nodes, labels and further lanes go out into the open, not over
	// the names and kernels: up from a lower row's top edge, down from an upper row's bottom edge
	// (where its kernels are).
	const below = p.frame?.kernel !== undefined && p.frame.facing === 'down';
	if (p.kind === 'node' && q.kind === 'node' && a[1] === b[1] && axis[0] > 0 !== below)
		axis = [-axis[0], 0];
	return p === from ? { start: a, end: b, axis } : { start: b, end: a, axis };
}

/**
 * Where a packet's path meets the boxes, for the pairs a packet flow has; else undefined (straight
 * between the boxes' edges). Both directions of a pair take the same path.
 *
 * A pod and its own node: up the node's side, in the gutter between its frame and its actors, to
 * the header's bottom corner, so the path crosses no actor's name and no kubelet ↔ runtime link.
 * Two nodes of one row: along their top edges, between the middles of their headers, so the path
 * is long enough to see between neighbours and crosses no node's name on the way; of two rows:
 * between their boxes.
 */
function packetEnds(p: End, q: End): [Point, Point] | undefined {
	// kube-proxy writing its rules into its own node's kernel: straight up (or down) to the strip
	const [actor, kernel] = p.kind === 'actor' ? [p, q] : [q, p];
	if (actor.kind === 'actor' && kernel.kind === 'node' && actor.node === kernel.node) {
		const x = actor.x + actor.width / 2;
		const below = kernel.y > actor.y;
		const a: Point = [x, below ? actor.y + actor.height : actor.y];
		const k: Point = [x, below ? kernel.y : kernel.y + kernel.height];
		return actor === p ? [a, k] : [k, a];
	}
	const [pod, node] = p.kind === 'pod' ? [p, q] : [q, p];
	if (pod.kind === 'pod' && node.kind === 'node' && pod.node === node.node && node.frame) {
		const n = node.frame;
		const gutter = (n.pods.x - n.x) / 2;
		const podMid = pod.x + pod.width / 2;
		const nodeMid = n.x + n.width / 2;
		// A chip as wide as the node: the first row goes up the side the node's name is not on,
		// the next rows alternate, so that a packet in and the next one out don't share a path.
		const row = Math.round((pod.y - n.pods.y) / (pod.height + CHIP_GAP));
		const left =
			Math.abs(podMid - nodeMid) < 1
				? (n.titleSide === 'end') !== (row % 2 === 1)
				: podMid < nodeMid;
		const x = left ? n.x + gutter : n.x + n.width - gutter;
		// Below a node's actors the path meets the chip's top corner; where the chips sit right
		// under the header, it runs to the chip's side, and from the header's middle unless the
		// node's name is at that end: that leaves the arrow some length.
		const up = n.facing === 'up';
		const named = n.titleSide === (left ? 'start' : 'end');
		const k = n.kernel;
		// into the kernel strip where there is one: across the node, on the side facing the
		// control plane (above the actors of a lower row, below those of an upper one)
		const header: Point = k
			? [x, up ? k.y + k.height : k.y]
			: [x, n.y + (up || named ? NODE_HEADER : NODE_HEADER / 2)];
		const chip: Point = [left ? pod.x : pod.x + pod.width, up ? pod.y : pod.y + pod.height / 2];
		return pod === p ? [chip, header] : [header, chip];
	}
	if (p.kind === 'node' && q.kind === 'node' && p.frame && q.frame) {
		// along the row's wire where the picture draws one, else along the nodes' top edges
		const y = (n: NodeLayout) => (n.kernel ? wireY(n) : n.y);
		if (p.y === q.y)
			return [
				[p.frame.x + p.frame.width / 2, y(p.frame)],
				[q.frame.x + q.frame.width / 2, y(q.frame)]
			];
		// Rows above and below the control plane: between the sides of the node boxes that face
		// each other, rather than through the upper node, whose header is on its far side.
		return [edgePoint(p.frame, centre(q.frame)), edgePoint(q.frame, centre(p.frame))];
	}
	return undefined;
}

/** between a row of nodes and its wire: room for a stub, clear of the node's edge */
const WIRE_GAP = 9;

/** Where the wire of a node's row runs: just outside the side its kernel faces. */
export function wireY(n: NodeLayout): number {
	return n.facing === 'down' ? n.y + n.height + WIRE_GAP : n.y - WIRE_GAP;
}

export interface Wire {
	y: number;
	x1: number;
	x2: number;
	/** from the wire to each node's edge, at the node's middle */
	stubs: { x: number; y1: number; y2: number }[];
}

/**
 * The network between the nodes of each row, in pictures of the data path: a line just outside
 * the row, on its kernels' side, with a stub down (or up) to each node. A packet between two nodes
 * of a row travels along it, clear of the node between them.
 */
export function wiresOf(l: DiagramLayout): Wire[] {
	const rows = new Map<number, NodeLayout[]>();
	for (const n of l.nodes) {
		if (!n.kernel) continue;
		const y = wireY(n);
		rows.set(y, [...(rows.get(y) ?? []), n]);
	}
	return [...rows].map(([y, nodes]) => {
		const mids = nodes.map((n) => n.x + n.width / 2);
		return {
			y,
			x1: Math.min(...mids),
			x2: Math.max(...mids),
			stubs: nodes.map((n, i) => ({
				x: mids[i],
				y1: y,
				y2: n.facing === 'down' ? n.y + n.height : n.y
			}))
		};
	});
}

/** The pod chips among a frame's ends. */
export function chipsOf(ends: Ends): End[] {
	return [...ends.values()].filter((e) => e.kind === 'pod');
}

/**
 * The free room in each node, by name: between its kubelet row and its container runtime, where
 * only kubelet ↔ runtime labels go, and a packet flow has none of those.
 */
export function roomsOf(l: DiagramLayout): ReadonlyMap<string, Box> {
	const rooms = new Map<string, Box>();
	const actors = new Map(l.actors.map((a) => [a.id, a]));
	for (const n of l.nodes) {
		const [kubelet, , runtime] = nodeActorIds(n.name).map((id) => actors.get(id));
		if (!kubelet || !runtime) continue;
		const [upper, lower] = kubelet.y < runtime.y ? [kubelet, runtime] : [runtime, kubelet];
		const top = upper.y + upper.height;
		rooms.set(n.name, { x: runtime.x, y: top, width: runtime.width, height: lower.y - top });
	}
	return rooms;
}
