/**
 * Pure geometry of the cluster diagram, in viewBox units. The picture is a fixed-width viewBox that
 * the SVG scales (xMidYMid meet), so one layout reads the same at 1280×720 and 1920×1080.
 *
 * The control plane is one horizontal band with kube-apiserver as a tall hub in the middle: every
 * other control-plane actor sits beside it (kubectl left; scheduler, controller-manager and etcd
 * right), which leaves the space straight above and below the hub free for the fan of links to the
 * nodes. With up to 5 nodes they form one row under the band; with 6–10 the band moves to the middle
 * and the first half of the nodes sits above it, mirrored, so no link has to cross another node.
 */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type ActorRole = 'user' | 'control-plane' | 'node';

export interface ActorLayout extends Box {
	id: string;
	/** what the box says: node-local actors drop the @node suffix, their node box names the node */
	label: string;
	role: ActorRole;
	node?: string;
}

export interface NodeLayout extends Box {
	name: string;
	/** side of the box holding kubelet and kube-proxy: towards the control plane */
	facing: 'up' | 'down';
	pods: Box;
}

export interface LinkLayout {
	/** `${a}--${b}` */
	id: string;
	a: string;
	b: string;
	/** end at actor a */
	x1: number;
	y1: number;
	/** end at actor b */
	x2: number;
	y2: number;
	/** set for links inside one node box (kubelet ↔ container runtime) */
	node?: string;
}

export interface DiagramLayout {
	width: number;
	height: number;
	viewBox: string;
	controlPlane: Box;
	actors: ActorLayout[];
	nodes: NodeLayout[];
	links: LinkLayout[];
}

export const VIEWBOX_WIDTH = 1200;
/** narrower than this the right-hand control-plane column would run into the hub */
export const MIN_WIDTH = 1100;
export const MAX_NODES_PER_ROW = 5;

const MARGIN = 12;
const NODE_GAP = 14;
const NODE_MAX_WIDTH = 260;
/** vertical room between the band and a node row: long enough for a label pill on every fan link */
const FAN = 96;

// Control-plane band. The hub is tall so that the three actors on its right (scheduler at its top,
// controller-manager at its bottom, etcd in the middle) each get a straight horizontal link, with
// room between them for three stacked label lanes on the busy etcd link.
const BAND_HEIGHT = 164;
const BAND_TOP_PAD = 26;
const HUB = { width: 180, height: 126 };
const SIDE_HEIGHT = 32;
const KUBECTL = { width: 140, height: 56 };
const ETCD = { width: 80, height: 56 };
const SIDE_WIDTH = 196;

// Worker node box, listed from the side facing the control plane.
/** strip at the top of a node box that holds its name */
export const NODE_HEADER = 20;
const PAD = 8;
const ROW = 30;
/** vertical kubelet → runtime link: holds two stacked label pills clear of both boxes */
const CRI_GAP = 46;
const RUNTIME = 26;
const PODS_GAP = 6;
/** four rows of two-line pod chips, two columns: 8 pods */
const PODS = 105;
export const NODE_HEIGHT = NODE_HEADER + ROW + CRI_GAP + RUNTIME + PODS_GAP + PODS + PAD;

export const CONTROL_PLANE_ACTORS = [
	'kubectl',
	'kube-apiserver',
	'etcd',
	'kube-scheduler',
	'kube-controller-manager'
] as const;

export function nodeActorIds(node: string): string[] {
	return [`kubelet@${node}`, `kube-proxy@${node}`, `container-runtime@${node}`];
}

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

function link(a: ActorLayout, b: ActorLayout, p1: [number, number], p2: [number, number]) {
	const l: LinkLayout = {
		id: `${a.id}--${b.id}`,
		a: a.id,
		b: b.id,
		x1: p1[0],
		y1: p1[1],
		x2: p2[0],
		y2: p2[1]
	};
	if (a.node && a.node === b.node) l.node = a.node;
	return l;
}

function band(width: number, top: number) {
	// Slightly left of centre: the right-hand links (scheduler, controller-manager) are the short ones.
	const hubX = Math.round(width * 0.47 - HUB.width / 2);
	const hubY = top + BAND_TOP_PAD;
	const mid = hubY + HUB.height / 2;
	const cpX = MARGIN + KUBECTL.width + 32;
	const etcdX = width - MARGIN - 12 - ETCD.width;
	const sideX = etcdX - 30 - SIDE_WIDTH;
	const actor = (id: string, role: ActorRole, b: Box): ActorLayout => ({
		id,
		label: id,
		role,
		...b
	});
	const kubectl = actor(
		'kubectl',
		'user',
		box(MARGIN, mid - KUBECTL.height / 2, KUBECTL.width, KUBECTL.height)
	);
	const hub = actor('kube-apiserver', 'control-plane', box(hubX, hubY, HUB.width, HUB.height));
	const etcd = actor(
		'etcd',
		'control-plane',
		box(etcdX, mid - ETCD.height / 2, ETCD.width, ETCD.height)
	);
	const sched = actor('kube-scheduler', 'control-plane', box(sideX, hubY, SIDE_WIDTH, SIDE_HEIGHT));
	const cmY = hubY + HUB.height - SIDE_HEIGHT;
	const cm = actor(
		'kube-controller-manager',
		'control-plane',
		box(sideX, cmY, SIDE_WIDTH, SIDE_HEIGHT)
	);
	const right = hubX + HUB.width;
	const links = [
		link(kubectl, hub, [MARGIN + KUBECTL.width, mid], [hubX, mid]),
		link(hub, etcd, [right, mid], [etcdX, mid]),
		link(hub, sched, [right, hubY + SIDE_HEIGHT / 2], [sideX, hubY + SIDE_HEIGHT / 2]),
		link(hub, cm, [right, cmY + SIDE_HEIGHT / 2], [sideX, cmY + SIDE_HEIGHT / 2])
	];
	return {
		controlPlane: box(cpX, top, width - MARGIN - cpX, BAND_HEIGHT),
		actors: [kubectl, hub, etcd, sched, cm],
		links
	};
}

function workerNode(name: string, x: number, y: number, width: number, facing: 'up' | 'down') {
	const inner = width - 2 * PAD;
	const half = (inner - PAD) / 2;
	// 'up' stacks header, kubelet row, runtime, pods; 'down' mirrors all but the header.
	const rowY = facing === 'up' ? y + NODE_HEADER : y + NODE_HEIGHT - PAD - ROW;
	const runtimeY = facing === 'up' ? rowY + ROW + CRI_GAP : rowY - CRI_GAP - RUNTIME;
	const podsY = facing === 'up' ? runtimeY + RUNTIME + PODS_GAP : y + NODE_HEADER;
	const [kid, pid, rid] = nodeActorIds(name);
	const node: NodeLayout = {
		name,
		facing,
		...box(x, y, width, NODE_HEIGHT),
		pods: box(x + PAD, podsY, inner, PODS)
	};
	const mk = (id: string, label: string, b: Box): ActorLayout => ({
		id,
		label,
		role: 'node',
		node: name,
		...b
	});
	const kubelet = mk(kid, 'kubelet', box(x + PAD, rowY, half, ROW));
	const proxy = mk(pid, 'kube-proxy', box(x + PAD + half + PAD, rowY, half, ROW));
	const runtime = mk(rid, 'container runtime', box(x + PAD, runtimeY, inner, RUNTIME));
	const cx = kubelet.x + kubelet.width / 2;
	const criLink =
		facing === 'up'
			? link(kubelet, runtime, [cx, rowY + ROW], [cx, runtimeY])
			: link(kubelet, runtime, [cx, rowY], [cx, runtimeY + RUNTIME]);
	return { node, actors: [kubelet, proxy, runtime], criLink };
}

/** The hub's ends of the fan links are spread along its edge so that lines don't start stacked. */
function fanLinks(hub: ActorLayout, targets: ActorLayout[], side: 'top' | 'bottom'): LinkLayout[] {
	const sorted = [...targets].sort((p, q) => p.x - q.x);
	const span = hub.width - 28;
	const y = side === 'top' ? hub.y : hub.y + hub.height;
	return sorted.map((t, i) => {
		const x = hub.x + 14 + ((i + 0.5) * span) / sorted.length;
		const ty = side === 'top' ? t.y + t.height : t.y;
		return link(hub, t, [x, y], [t.x + t.width / 2, ty]);
	});
}

export function layout(nodes: string[], width: number = VIEWBOX_WIDTH): DiagramLayout {
	width = Math.max(MIN_WIDTH, width);
	const twoRows = nodes.length > MAX_NODES_PER_ROW;
	const upper = twoRows ? nodes.slice(0, Math.ceil(nodes.length / 2)) : [];
	const lower = twoRows ? nodes.slice(upper.length) : nodes;
	const cols = Math.max(1, upper.length, lower.length);
	const nodeWidth = Math.min(
		NODE_MAX_WIDTH,
		Math.floor((width - 2 * MARGIN - (cols - 1) * NODE_GAP) / cols)
	);
	const bandTop = twoRows ? MARGIN + NODE_HEIGHT + FAN : MARGIN;
	const cp = band(width, bandTop);
	const hub = cp.actors[1];
	const actors = [...cp.actors];
	const links = [...cp.links];
	const nodeBoxes: NodeLayout[] = [];

	const placeRow = (names: string[], y: number, facing: 'up' | 'down') => {
		const rowWidth = names.length * nodeWidth + (names.length - 1) * NODE_GAP;
		const x0 = Math.round((width - rowWidth) / 2);
		const targets: ActorLayout[] = [];
		const local: LinkLayout[] = [];
		names.forEach((name, i) => {
			const w = workerNode(name, x0 + i * (nodeWidth + NODE_GAP), y, nodeWidth, facing);
			nodeBoxes.push(w.node);
			actors.push(...w.actors);
			targets.push(w.actors[0], w.actors[1]);
			local.push(w.criLink);
		});
		links.push(...fanLinks(hub, targets, facing === 'down' ? 'top' : 'bottom'), ...local);
	};
	if (upper.length) placeRow(upper, MARGIN, 'down');
	const lowerY = bandTop + BAND_HEIGHT + FAN;
	if (lower.length) placeRow(lower, lowerY, 'up');
	const height = lower.length ? lowerY + NODE_HEIGHT + MARGIN : bandTop + BAND_HEIGHT + MARGIN;
	return {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		controlPlane: cp.controlPlane,
		actors,
		nodes: nodeBoxes,
		links
	};
}

/** The link between two actors in either direction, with `reversed` when it runs b → a. */
export function findLink(
	l: DiagramLayout,
	from: string,
	to: string
): { link: LinkLayout; reversed: boolean } | undefined {
	for (const link of l.links) {
		if (link.a === from && link.b === to) return { link, reversed: false };
		if (link.a === to && link.b === from) return { link, reversed: true };
	}
	return undefined;
}
