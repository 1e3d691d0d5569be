/**
 * Pure geometry of the cluster diagram, in viewBox units. The layout is made for the size of the
 * box the SVG fills: it picks a scale (CSS px per unit) from the space the node count needs, then
 * takes exactly the container's aspect ratio in units, so the picture fills the box instead of
 * being letterboxed, and text keeps a readable size on screen (see `scale`).
 *
 * With up to 5 nodes they form one row under a compact control-plane band: kubectl, a wide and
 * short kube-apiserver hub and etcd on one line, scheduler and controller-manager above the hub.
 * With 6–10 nodes the band moves to the middle and the first half of the nodes sits above it,
 * mirrored, so no link has to cross another node; there the hub is tall, with scheduler,
 * controller-manager and etcd beside it, which keeps the space above and below it free for the
 * two fans of links to the nodes.
 * Beyond 10 nodes (up to the 50 the flows allow) the nodes form a grid of rows of up to 10, split
 * above and below the same tall band. Links to the outer rows run under the inner rows' node
 * frames: such a cluster is read by zooming into a part of it (the player adds pan and zoom).
 */
import { FONT } from './theme';

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
	/** end of the header strip the name sits at: away from the hub, so arrows don't cross it */
	titleSide: 'start' | 'end';
	pods: Box;
	/**
	 * the node's kernel (netfilter, conntrack), between its actors and the side facing the control
	 * plane: where packets and kube-proxy's rules go; only in pictures of the data path
	 */
	kernel?: Box;
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
	/** for a vertical link: the side (-1 left, 1 right) its labels stack on, beside the arrows */
	labelSide?: -1 | 1;
}

export interface ContainerSize {
	width: number;
	height: number;
}

export interface DiagramLayout {
	width: number;
	height: number;
	viewBox: string;
	/** CSS px per viewBox unit when the SVG fills the container the layout was made for */
	scale: number;
	controlPlane: Box;
	/** where the control-plane title is drawn (right-aligned at x + width, baseline near the bottom) */
	controlPlaneTitle: Box;
	actors: ActorLayout[];
	nodes: NodeLayout[];
	links: LinkLayout[];
	/** the part of the picture anything is drawn in: all of it, or a compact picture's middle */
	content: Box;
}

/** The player's diagram column at a 1280×720 window: the size used before the SVG is measured. */
export const DEFAULT_CONTAINER: ContainerSize = { width: 880, height: 590 };
export const MAX_NODES_PER_ROW = 5;
/** rows of a large cluster's grid hold up to this many nodes */
export const MAX_GRID_COLUMNS = 10;
/** between two rows of nodes on the same side of the control plane */
const ROW_GAP = 16;
/** beyond this text gets larger than a desk needs and the picture starts to look bloated */
export const MAX_SCALE = 1.6;
/** the room-sized view: text as large as the screen allows, read from the back of a room */
export const ROOM_MAX_SCALE = 3;

const MARGIN = 8;
const NODE_GAP = 10;
/** inside the control-plane frame */
const FRAME_PAD = 12;

// Actors shared by both bands.
const KUBECTL = { width: 104, height: 44 };
const ETCD = { width: 72, height: 44 };
const SCHED_WIDTH = 140;
const CM_WIDTH = 196;
const SIDE_HEIGHT = 32;
const TITLE = { width: 150, height: 24 };

// One row of nodes: the band is kubectl — hub — etcd on one line, scheduler and controller-manager
// above the hub. Each horizontal link is long enough to carry its longest label in line; the hub
// sits just past kubectl's link, so the spare width goes to the etcd link, whose keys (an Event's
// name, a long pod name) are the longest labels of all.
const WIDE_HUB = { width: 136, height: 52 };
/** kubectl → hub: holds "POST /api/v1/namespaces/default/pods" */
const KUBECTL_LINK = 262;
/** between the scheduler row and the hub: room for a label on each slanted link */
const UPPER_LINKS = 56;
const WIDE_BAND = FRAME_PAD + SIDE_HEIGHT + UPPER_LINKS + WIDE_HUB.height + FRAME_PAD;
const FAN = 86;
const FAN_MAX = 130;

// Two rows of nodes: the hub is tall so that scheduler (top), etcd (middle) and controller-manager
// (bottom) each get a straight horizontal link on its right, with room between them for a label
// lane above and below the busy etcd link.
const TALL_HUB = { width: 140, height: 130 };
/** kubectl's label rides above the hub when the link is shorter than it */
const TALL_TOP = 28;
const TALL_BAND = TALL_TOP + TALL_HUB.height + FRAME_PAD;
/**
 * hub → scheduler / controller-manager: holds the scheduler's labels in line ("POST events:
 * FailedScheduling" and a watch with a longish pod name), in a row above and below the arrows, so
 * that a third label still finds a row of its own
 */
const SIDE_LINK = 236;
const KUBECTL_LINK_MIN = 116;
const FAN_TWO_ROWS = 64;

// Worker node box, listed from the side facing the control plane.
/** strip at the top of a node box that holds its name */
export const NODE_HEADER = 20;
const PAD = 8;
const ROW = 30;
const RUNTIME = 26;
const PODS_GAP = 6;
const NODE_FIXED = NODE_HEADER + ROW + RUNTIME + PODS_GAP + PAD;
/**
 * the kernel strip, and the air between it and the actor row: room for kube-proxy's arrow into it
 * and the label beside that arrow
 */
const KERNEL_HEIGHT = 14;
const KERNEL_ROW = KERNEL_HEIGHT + 22;
const kernelRow = (kernel: boolean) => (kernel ? KERNEL_ROW : 0);
/**
 * kubelet → runtime link: two label slots at least, four (a whole image pull) when there is room;
 * more would stay empty, so further height goes to the pods
 */
const CRI_MIN = 48;
const CRI_MAX = 96;
const PODS_MIN = 42;
/** five rows of two-line pod chips */
const PODS_MAX = 150;
/** one row: room for the four CRI labels of an image pull and two rows of two-line pod chips */
const NODE_MIN = NODE_FIXED + CRI_MAX + 72;
const NODE_MIN_TWO_ROWS = NODE_FIXED + CRI_MIN + PODS_MIN;
const NODE_MAX_HEIGHT = NODE_FIXED + CRI_MAX + PODS_MAX;
const NODE_MAX_WIDTH = 440;
/** kubelet and kube-proxy side by side, each label clear of its box edges */
const NODE_MIN_WIDTH = 176;
const KUBE_PROXY_MIN = 88;
/** the CRI link runs this far in from the kubelet's outer edge; its labels stack beside it */
const CRI_INSET = 18;

/**
 * The wide band at its narrowest: kubectl's link and etcd's each hold their usual label in line
 * (the tall band needs less).
 */
const BAND_MIN_WIDTH = 920;

/**
 * Smallest picture, in units, that holds everything for a node count without crowding. Its width
 * decides the scale at a 1280×720 window: 880 px / 920 units puts 12-unit text at 11.5 px.
 */
export function minimumSize(nodeCount: number, kernel = false): ContainerSize {
	const k = kernelRow(kernel);
	const rows = rowsOf(Array.from({ length: nodeCount }, (_, i) => String(i)));
	const cols = Math.max(1, ...[...rows.upper, ...rows.lower].map((r) => r.length));
	const nodes = 2 * MARGIN + cols * NODE_MIN_WIDTH + (cols - 1) * NODE_GAP;
	const width = Math.max(BAND_MIN_WIDTH, nodes);
	const count = rows.upper.length + rows.lower.length;
	if (nodeCount > MAX_NODES_PER_ROW)
		return {
			width,
			height:
				2 * MARGIN +
				count * (NODE_MIN_TWO_ROWS + k) +
				(count - 2) * ROW_GAP +
				2 * FAN_TWO_ROWS +
				TALL_BAND
		};
	return { width, height: 2 * MARGIN + WIDE_BAND + FAN + NODE_MIN + k };
}

/**
 * Rows of node names, listed from the control plane outwards on each side: none above and one row
 * below for up to 5 nodes, a row on each side up to 10, then rows of up to 10 split between the
 * sides (more below when odd), each side's nodes filled row by row from the control plane.
 */
export function rowsOf(nodes: string[]): { upper: string[][]; lower: string[][] } {
	if (nodes.length <= MAX_NODES_PER_ROW) return { upper: [], lower: nodes.length ? [nodes] : [] };
	const perRow =
		nodes.length <= 2 * MAX_NODES_PER_ROW ? Math.ceil(nodes.length / 2) : MAX_GRID_COLUMNS;
	const rowCount = Math.max(2, Math.ceil(nodes.length / perRow));
	const upperRows = Math.floor(rowCount / 2);
	const upperCount = nodes.length <= 2 * MAX_NODES_PER_ROW ? perRow : upperRows * perRow;
	const chunk = (names: string[]) => {
		const out: string[][] = [];
		for (let i = 0; i < names.length; i += perRow) out.push(names.slice(i, i + perRow));
		return out;
	};
	// Upper rows read top-down too: the first names go to the outermost row.
	return {
		upper: chunk(nodes.slice(0, upperCount)).reverse(),
		lower: chunk(nodes.slice(upperCount))
	};
}

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
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

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

const actor = (id: string, role: ActorRole, b: Box): ActorLayout => ({ id, label: id, role, ...b });

interface Band {
	controlPlane: Box;
	controlPlaneTitle: Box;
	actors: ActorLayout[];
	links: LinkLayout[];
}

function frame(cpX: number, top: number, right: number, height: number) {
	return {
		controlPlane: box(cpX, top, right - cpX, height),
		controlPlaneTitle: box(right - FRAME_PAD - TITLE.width, top, TITLE.width, TITLE.height)
	};
}

/** One row of nodes: kubectl — hub — etcd on a line, scheduler and controller-manager above. */
function wideBand(width: number, top: number): Band {
	const hubW = WIDE_HUB.width;
	const cx = Math.max(width * 0.45, MARGIN + KUBECTL.width + KUBECTL_LINK + hubW / 2);
	const hubY = top + WIDE_BAND - FRAME_PAD - WIDE_HUB.height;
	const mid = hubY + WIDE_HUB.height / 2;
	const hub = actor(
		'kube-apiserver',
		'control-plane',
		box(cx - hubW / 2, hubY, hubW, WIDE_HUB.height)
	);
	const kubectl = actor(
		'kubectl',
		'user',
		box(MARGIN, mid - KUBECTL.height / 2, KUBECTL.width, KUBECTL.height)
	);
	const etcdX = width - MARGIN - FRAME_PAD - ETCD.width;
	const etcd = actor(
		'etcd',
		'control-plane',
		box(etcdX, mid - ETCD.height / 2, ETCD.width, ETCD.height)
	);
	const rowY = top + FRAME_PAD;
	const sched = actor(
		'kube-scheduler',
		'control-plane',
		box(cx - 24 - SCHED_WIDTH, rowY, SCHED_WIDTH, SIDE_HEIGHT)
	);
	const cm = actor(
		'kube-controller-manager',
		'control-plane',
		box(cx + 24, rowY, CM_WIDTH, SIDE_HEIGHT)
	);
	const up = (a: ActorLayout, x: number) =>
		link(hub, a, [x, hubY], [a.x + a.width / 2, a.y + a.height]);
	const links = [
		link(kubectl, hub, [kubectl.x + kubectl.width, mid], [hub.x, mid]),
		link(hub, etcd, [hub.x + hubW, mid], [etcdX, mid]),
		up(sched, cx - hubW / 4),
		up(cm, cx + hubW / 4)
	];
	const cpX = MARGIN + KUBECTL.width + 16;
	return {
		...frame(cpX, top, width - MARGIN, WIDE_BAND),
		actors: [kubectl, hub, etcd, sched, cm],
		links
	};
}

/** Two rows of nodes: a tall hub with scheduler, etcd and controller-manager on its right. */
function tallBand(width: number, top: number): Band {
	const hubY = top + TALL_TOP;
	const mid = hubY + TALL_HUB.height / 2;
	const etcdX = width - MARGIN - FRAME_PAD - ETCD.width;
	const sideX = etcdX - 20 - CM_WIDTH;
	// Left of centre: the right-hand links (scheduler, controller-manager) are the short ones.
	const hubX = clamp(
		Math.round(width * 0.47 - TALL_HUB.width / 2),
		MARGIN + KUBECTL.width + KUBECTL_LINK_MIN,
		sideX - SIDE_LINK - TALL_HUB.width
	);
	const hub = actor(
		'kube-apiserver',
		'control-plane',
		box(hubX, hubY, TALL_HUB.width, TALL_HUB.height)
	);
	// kubectl's link meets the hub near its top, so a label too long for the link can ride above both.
	const kubectlY = hubY + SIDE_HEIGHT / 2;
	const kubectl = actor(
		'kubectl',
		'user',
		box(MARGIN, kubectlY - KUBECTL.height / 2, KUBECTL.width, KUBECTL.height)
	);
	const etcd = actor(
		'etcd',
		'control-plane',
		box(etcdX, mid - ETCD.height / 2, ETCD.width, ETCD.height)
	);
	const sched = actor('kube-scheduler', 'control-plane', box(sideX, hubY, CM_WIDTH, SIDE_HEIGHT));
	const cmY = hubY + TALL_HUB.height - SIDE_HEIGHT;
	const cm = actor(
		'kube-controller-manager',
		'control-plane',
		box(sideX, cmY, CM_WIDTH, SIDE_HEIGHT)
	);
	const right = hubX + TALL_HUB.width;
	const links = [
		link(kubectl, hub, [MARGIN + KUBECTL.width, kubectlY], [hubX, kubectlY]),
		link(hub, etcd, [right, mid], [etcdX, mid]),
		link(hub, sched, [right, hubY + SIDE_HEIGHT / 2], [sideX, hubY + SIDE_HEIGHT / 2]),
		link(hub, cm, [right, cmY + SIDE_HEIGHT / 2], [sideX, cmY + SIDE_HEIGHT / 2])
	];
	const cpX = MARGIN + KUBECTL.width + 16;
	return {
		...frame(cpX, top, width - MARGIN, TALL_BAND),
		actors: [kubectl, hub, etcd, sched, cm],
		links
	};
}

function workerNode(
	name: string,
	b: Box,
	facing: 'up' | 'down',
	kernel = false
): { node: NodeLayout; actors: ActorLayout[]; criLink: LinkLayout } {
	const { x, y, width, height } = b;
	const k = kernelRow(kernel);
	const inner = width - 2 * PAD;
	// Halves, unless that leaves kube-proxy, the longer name, too little room.
	const proxyW = Math.max((inner - PAD) / 2, KUBE_PROXY_MIN);
	const kubeletW = inner - PAD - proxyW;
	const rest = height - NODE_FIXED - k;
	const cri = clamp(rest - PODS_MIN, CRI_MIN, CRI_MAX);
	const pods = rest - cri;
	// 'up' stacks header, kernel, kubelet row, runtime, pods; 'down' mirrors all but the header.
	const rowY = facing === 'up' ? y + NODE_HEADER + k : y + height - PAD - ROW - k;
	const runtimeY = facing === 'up' ? rowY + ROW + cri : rowY - cri - RUNTIME;
	const podsY = facing === 'up' ? runtimeY + RUNTIME + PODS_GAP : y + NODE_HEADER;
	const [kid, pid, rid] = nodeActorIds(name);
	const node: NodeLayout = {
		name,
		facing,
		titleSide: 'start',
		...b,
		pods: box(x + PAD, podsY, inner, pods)
	};
	// across the whole node, so that a packet's path up (or down) the node's side meets it
	if (kernel)
		node.kernel = box(
			x + 3,
			facing === 'up' ? y + NODE_HEADER - 2 : y + height - PAD - KERNEL_HEIGHT,
			width - 6,
			KERNEL_HEIGHT
		);
	const mk = (id: string, label: string, r: Box): ActorLayout => ({
		id,
		label,
		role: 'node',
		node: name,
		...r
	});
	const kubelet = mk(kid, 'kubelet', box(x + PAD, rowY, kubeletW, ROW));
	const proxy = mk(pid, 'kube-proxy', box(x + PAD + kubeletW + PAD, rowY, proxyW, ROW));
	const runtime = mk(rid, 'container runtime', box(x + PAD, runtimeY, inner, RUNTIME));
	// Near the node's left edge, so the labels of a whole CRI exchange stack on its right, clear of
	// the arrows, like the rows of a sequence diagram.
	const lx = kubelet.x + CRI_INSET;
	const criLink =
		facing === 'up'
			? link(kubelet, runtime, [lx, rowY + ROW], [lx, runtimeY])
			: link(kubelet, runtime, [lx, rowY], [lx, runtimeY + RUNTIME]);
	criLink.labelSide = 1;
	return { node, actors: [kubelet, proxy, runtime], criLink };
}

/**
 * Both ends of each fan link along x. The hub's ends are spread along its edge so that lines don't
 * start stacked; the other ends sit on the far side of each target's edge, away from the hub, which
 * keeps the lines steep where they pass the neighbouring node.
 */
function fanEnds(hub: ActorLayout, targets: ActorLayout[]) {
	const sorted = [...targets].sort((p, q) => p.x - q.x);
	const span = hub.width - 28;
	const hubCx = hub.x + hub.width / 2;
	return sorted.map((t, i) => {
		const cx = t.x + t.width / 2;
		return {
			t,
			hx: hub.x + 14 + ((i + 0.5) * span) / sorted.length,
			tx: cx + (Math.sign(cx - hubCx) * t.width) / 4
		};
	});
}

function fanLinks(hub: ActorLayout, targets: ActorLayout[], side: 'top' | 'bottom'): LinkLayout[] {
	const y = side === 'top' ? hub.y : hub.y + hub.height;
	return fanEnds(hub, targets).map(({ t, hx, tx }) =>
		link(hub, t, [hx, y], [tx, side === 'top' ? t.y + t.height : t.y])
	);
}

/**
 * The smallest fan (gap between the band and a row of nodes) at which no fan link clips another
 * node of the row. A link ends `inset` deep inside its own node, so where it passes the edge of a
 * neighbour it must still be outside that one; `base` is the distance from the hub to the band's edge.
 */
function fanClearance(
	hub: ActorLayout,
	row: { node: NodeLayout; actors: ActorLayout[] }[],
	base: number,
	inset: number
): number {
	const targets = row.flatMap((w) => w.actors.slice(0, 2));
	let need = 0;
	for (const { t, hx, tx } of fanEnds(hub, targets)) {
		const [lo, hi] = hx < tx ? [hx, tx] : [tx, hx];
		for (const { node: d } of row) {
			if (d.name === t.node || d.x + d.width <= lo || d.x >= hi) continue;
			const edge = hx < tx ? d.x + d.width : d.x;
			const r = Math.abs(edge - hx) / Math.abs(tx - hx);
			need = Math.max(need, (inset * r + 1) / (1 - r) - base);
		}
	}
	return Math.ceil(need);
}

/**
 * Links enter an upward-facing node through its header: put the name at the end of the strip no
 * link crosses, so no arrow runs through it; failing that, at the end the kubelet's link (the
 * busier one) leaves free.
 */
function titleSide(node: NodeLayout, fan: LinkLayout[]): 'start' | 'end' {
	const room = node.name.length * FONT.title * 0.64 + 14;
	// messages sharing a link travel on parallel tracks up to two lanes either side of it
	const tracks = 16;
	const crossed = (lo: number, hi: number, prefix: string) =>
		fan.some((k) => {
			if (!k.b.startsWith(prefix) || !k.b.endsWith(`@${node.name}`) || k.y2 === k.y1) return false;
			// where the link runs between the top of the node and the end of the link
			const xTop = k.x2 + ((k.x1 - k.x2) * (k.y2 - node.y)) / (k.y2 - k.y1);
			return Math.min(xTop, k.x2) - tracks < hi && Math.max(xTop, k.x2) + tracks > lo;
		});
	const start = (prefix: string) => !crossed(node.x, node.x + room, prefix);
	const end = (prefix: string) => !crossed(node.x + node.width - room, node.x + node.width, prefix);
	if (start('')) return 'start';
	if (end('')) return 'end';
	return start('kubelet@') || !end('kubelet@') ? 'start' : 'end';
}

function usable(size: ContainerSize | undefined): ContainerSize {
	const ok = (v: number | undefined) => typeof v === 'number' && Number.isFinite(v) && v > 0;
	return size && ok(size.width) && ok(size.height) ? size : DEFAULT_CONTAINER;
}

type Arranged = Omit<DiagramLayout, 'viewBox' | 'scale' | 'content'>;

/** Everything placed in a width × height picture; taller than asked only if the fans need it. */
function arrange(nodes: string[], width: number, height: number, kernel: boolean): Arranged {
	const k = kernelRow(kernel);
	const { upper, lower } = rowsOf(nodes);
	const twoRows = upper.length > 0;
	// A grid's outer rows are crossed by links anyway: fans keep their minimum instead of growing
	// until no link clips a neighbour.
	const grid = nodes.length > 2 * MAX_NODES_PER_ROW;
	const cols = Math.max(1, ...[...upper, ...lower].map((r) => r.length));
	const nodeWidth = Math.min(
		NODE_MAX_WIDTH,
		Math.floor((width - 2 * MARGIN - (cols - 1) * NODE_GAP) / cols)
	);
	const makeBand = twoRows ? tallBand : wideBand;
	// Along x nothing depends on heights: lay the band and rows out at y = 0 to size the fans.
	const probeHub = makeBand(width, 0).actors[1];
	const row = (names: string[], y: number, h: number, facing: 'up' | 'down') => {
		const rowWidth = names.length * nodeWidth + (names.length - 1) * NODE_GAP;
		const x0 = Math.round((width - rowWidth) / 2);
		return names.map((name, i) =>
			workerNode(name, box(x0 + i * (nodeWidth + NODE_GAP), y, nodeWidth, h), facing, kernel)
		);
	};
	const minNode = (twoRows ? NODE_MIN_TWO_ROWS : NODE_MIN) + k;
	const maxNode = NODE_MAX_HEIGHT + k;
	const clearance = (names: string[] | undefined, facing: 'up' | 'down') =>
		names && !grid
			? facing === 'up'
				? fanClearance(probeHub, row(names, 0, minNode, facing), FRAME_PAD, NODE_HEADER + k)
				: fanClearance(probeHub, row(names, 0, minNode, facing), TALL_TOP, PAD + k)
			: 0;
	const stack = (rows: number) => rows * nodeHeight + Math.max(0, rows - 1) * ROW_GAP;

	// Spend spare height on the nodes (the CRI labels, then pods) and the fans, and centre what is
	// left.
	let nodeHeight = 0;
	let fanUp = 0;
	let fanDown = 0;
	let top: number;
	let used: number;
	if (twoRows) {
		const rowCount = upper.length + lower.length;
		fanUp = Math.max(FAN_TWO_ROWS, clearance(upper[0], 'down'));
		fanDown = Math.max(FAN_TWO_ROWS, clearance(lower[0], 'up'));
		const fixed = (rowCount - 2) * ROW_GAP + fanUp + fanDown + TALL_BAND;
		const spare = Math.max(0, height - 2 * MARGIN - rowCount * minNode - fixed);
		const grow = Math.min(spare / rowCount, maxNode - minNode);
		const fanGrow = Math.min((spare - rowCount * grow) / 2, FAN_MAX - FAN_TWO_ROWS);
		nodeHeight = minNode + grow;
		fanUp += fanGrow;
		fanDown += fanGrow;
		used = stack(upper.length) + stack(lower.length) + fanUp + fanDown + TALL_BAND;
		top = Math.max(MARGIN, (height - used) / 2) + stack(upper.length) + fanUp;
	} else if (lower.length) {
		// A third of the spare height goes to the fan, where the labels to and from kubelets sit.
		fanDown = Math.max(FAN, clearance(lower[0], 'up'));
		const spare = Math.max(0, height - 2 * MARGIN - WIDE_BAND - fanDown - minNode);
		const fanGrow = Math.min(spare / 3, Math.max(0, FAN_MAX - fanDown));
		const grow = Math.min(spare - fanGrow, maxNode - minNode);
		nodeHeight = minNode + grow;
		fanDown += Math.min(spare - grow, Math.max(0, FAN_MAX - fanDown));
		used = WIDE_BAND + fanDown + nodeHeight;
		top = Math.max(MARGIN, (height - used) / 2);
	} else {
		used = WIDE_BAND;
		top = (height - used) / 2;
	}
	const band = makeBand(width, top);
	const hub = band.actors[1];
	const actors = [...band.actors];
	const links = [...band.links];
	const nodeBoxes: NodeLayout[] = [];
	const placeRow = (names: string[], y: number, facing: 'up' | 'down', inner: boolean) => {
		const placed = row(names, y, nodeHeight, facing);
		for (const w of placed) {
			nodeBoxes.push(w.node);
			actors.push(...w.actors);
		}
		const targets = placed.flatMap((w) => w.actors.slice(0, 2));
		const fan = fanLinks(hub, targets, facing === 'down' ? 'top' : 'bottom');
		if (facing === 'up' && inner) for (const w of placed) w.node.titleSide = titleSide(w.node, fan);
		links.push(...fan, ...placed.map((w) => w.criLink));
	};
	const pitch = nodeHeight + ROW_GAP;
	upper.forEach((names, i) =>
		placeRow(names, top - fanUp - nodeHeight - i * pitch, 'down', i === 0)
	);
	const below = top + band.controlPlane.height + fanDown;
	lower.forEach((names, i) => placeRow(names, below + i * pitch, 'up', i === 0));
	return {
		width,
		height: Math.max(height, Math.ceil(used + 2 * MARGIN)),
		controlPlane: band.controlPlane,
		controlPlaneTitle: band.controlPlaneTitle,
		actors,
		nodes: nodeBoxes,
		links
	};
}

export interface LayoutOptions {
	/** CSS px a unit may take on screen (default MAX_SCALE) */
	maxScale?: number;
	/** each node gets a kernel strip */
	kernel?: boolean;
	/**
	 * Keep the cluster at its narrowest and centre it, leaving the sides empty, instead of spreading
	 * it over the container's width: a step that spans the cluster then spans fewer units, so the
	 * zoom that follows it (the room-sized view) enlarges it further.
	 */
	compact?: boolean;
}

/**
 * The diagram for a node list in a container of `size` CSS px (default: the player's column at a
 * 1280×720 window). The result has the container's aspect ratio, unless the container is far from
 * any sensible one; `scale` says how many CSS px a unit takes on screen, at most `maxScale`.
 */
export function layout(
	nodes: string[],
	size?: ContainerSize,
	{ maxScale = MAX_SCALE, kernel = false, compact = false }: LayoutOptions = {}
): DiagramLayout {
	const container = usable(size);
	let need = minimumSize(nodes.length, kernel);
	let l: Arranged | undefined;
	let width = need.width;
	// The fans may need more height than the minimum assumes (links passing a neighbour's corner
	// at a shallow angle): then shrink the scale to make room, which takes a step or two.
	for (let i = 0; i < 8; i++) {
		const s = Math.min(maxScale, container.width / need.width, container.height / need.height);
		// Whole units, never below the minimum: a hair of letterboxing rather than a crowded picture.
		width = Math.max(need.width, Math.floor(container.width / s));
		const height = Math.max(need.height, Math.floor(container.height / s));
		l = arrange(nodes, compact ? need.width : width, height, kernel);
		if (l.height <= height) break;
		need = { width: need.width, height: need.height + l.height - height };
	}
	const dx = Math.round((width - l!.width) / 2);
	const placed = shifted(l!, dx);
	const height = placed.height;
	return {
		...placed,
		width,
		content: box(dx, 0, l!.width, height),
		viewBox: `0 0 ${width} ${height}`,
		scale: Math.min(container.width / width, container.height / height)
	};
}

/** Everything of an arranged picture moved `dx` units right (a compact picture's centring). */
function shifted(l: Arranged, dx: number): Arranged {
	if (!dx) return l;
	const move = <T extends Box>(b: T): T => ({ ...b, x: b.x + dx });
	return {
		...l,
		controlPlane: move(l.controlPlane),
		controlPlaneTitle: move(l.controlPlaneTitle),
		actors: l.actors.map(move),
		nodes: l.nodes.map((n) => ({
			...move(n),
			pods: move(n.pods),
			...(n.kernel ? { kernel: move(n.kernel) } : {})
		})),
		links: l.links.map((k) => ({ ...k, x1: k.x1 + dx, x2: k.x2 + dx }))
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
