/**
 * render(svg, frame): draws one frame of a flow into an SVG with keyed d3 data joins. It is called
 * every animation frame, so it is idempotent and incremental: elements are created once per key,
 * later calls only update the attributes that changed, and nothing is animated behind the
 * caller's back — every position is a function of the frame (time is data).
 */
import { select } from 'd3-selection';
import type { DiagramLabels, Frame, MessageView } from '$lib/player/frameTypes';
import {
	renderActors,
	renderControlPlane,
	renderLinks,
	renderNodeFrames,
	renderWires,
	type Layer
} from './actors';
import { endsFor, wiresOf } from './endpoints';
import { layout, type Box, type ContainerSize, type DiagramLayout } from './layout';
import { placeMessages, type MessagePlacement } from './messagePlacement';
import { moveMessages, renderMessages, stopGlide, type DrawnMessage } from './messages';
import { renderPods } from './pods';
import { FONT, setAttrs, textWidth } from './theme';

export interface RenderOptions {
	/** draw messages already on their way at their resting place instead of gliding */
	reducedMotion: boolean;
	/** while playing, ms of flow per ms, from when: messages on their way glide on by themselves */
	playing?: { rate: number; since: number } | null;
	/** CSS size of the box the SVG fills; the layout takes its aspect ratio (default: 880×590) */
	size?: ContainerSize;
	/** the layout made for that box, when the caller has it already */
	layout?: DiagramLayout;
}

// Bottom to top. Cluster links run under the node frames so that a link into a node disappears
// behind its header; the kubelet → runtime links live inside a node and go above the frames.
const LAYERS = [
	'control-plane',
	'links',
	'nodes',
	'node-links',
	'actors',
	'pods',
	'messages'
] as const;
type LayerName = (typeof LAYERS)[number];

/**
 * The layout only depends on the node list and the container size: Diagram.svelte passes the one
 * it made for the box; without it (tests), it is made here.
 */
function layoutOf(frame: Frame, opts: RenderOptions): DiagramLayout {
	return opts.layout ?? layout(frame.nodes, opts.size);
}

/**
 * The layers live in one viewport group, which pan and zoom transform (Diagram.svelte), so the
 * picture moves as one without redrawing.
 */
export function viewportOf(svg: SVGSVGElement): SVGGElement {
	return select(svg)
		.selectChildren<SVGGElement, number>('g.ks-viewport')
		.data([0])
		.join((enter) => enter.append('g').attr('class', 'ks-viewport'))
		.node()!;
}

/** The layer groups, made once per svg (and again if something emptied it). */
function layers(svg: SVGSVGElement): Record<LayerName, Layer> {
	select(viewportOf(svg))
		.selectChildren<SVGGElement, LayerName>('g[data-layer]')
		.data(LAYERS, (d) => d)
		.join((enter) => enter.append('g').attr('data-layer', (d) => d));
	const out = {} as Record<LayerName, Layer>;
	for (const name of LAYERS)
		out[name] = select(svg.querySelector<SVGGElement>(`g[data-layer="${name}"]`)!);
	return out;
}

const measure = (text: string) => textWidth(text, FONT.message);

/**
 * What an svg keeps between frames: its layer groups, and where each step's messages rest for the
 * layout they were placed in. A step's labels are placed once, the first time a frame of it is
 * drawn, from the step alone (its messages at rest and its cluster once its work is done): a step
 * reached by playing, by a seek or by a link shows the same picture.
 */
interface SvgState {
	layers: Record<LayerName, Layer>;
	/** per layout, because a flow whose nodes change comes back to an earlier layout on a replay */
	placed: WeakMap<DiagramLayout, WeakMap<MessageView[], Map<string, MessagePlacement>>>;
	/** what the last whole picture was drawn from, and its messages' groups */
	drawn?: { inputs: unknown[]; messages: DrawnMessage[] };
}

const svgStates = new WeakMap<SVGSVGElement, SvgState>();

function stateOf(svg: SVGSVGElement): SvgState {
	let st = svgStates.get(svg);
	// a new svg, or one something emptied: its layers again
	if (!st || st.layers.messages.node()?.parentNode?.parentNode !== svg) {
		svgStates.set(svg, (st = { layers: layers(svg), placed: new WeakMap() }));
		// the page's rules for a drawn picture (who steps back) find it by this class, wherever it is
		svg.classList.add('ks-diagram');
	}
	return st;
}

function restingPlaces(st: SvgState, l: DiagramLayout, frame: Frame) {
	let ofLayout = st.placed.get(l);
	if (!ofLayout) st.placed.set(l, (ofLayout = new WeakMap()));
	let placed = ofLayout.get(frame.resting);
	if (!placed) {
		const ends = endsFor(l, frame.restPods);
		const drawable = frame.resting.filter((m) => ends.has(m.from) && ends.has(m.to));
		const at = placeMessages(l, drawable, { reducedMotion: false, measure, ends });
		ofLayout.set(frame.resting, (placed = new Map(at.map((p) => [p.message.id, p]))));
	}
	return placed;
}

/**
 * A step's label places, worked out before it is drawn: the first picture's in a task of its own
 * (after the fonts' first use, theme.ts `warmFonts`), the other steps' while the page is idle
 * (Diagram.svelte). Render finds them made.
 */
export function prepare(svg: SVGSVGElement, frame: Frame, opts: RenderOptions): void {
	restingPlaces(stateOf(svg), layoutOf(frame, opts), frame);
}

/** The nodes whose kernel a message of this moment leaves or enters (`node:<name>`). */
function kernelsAtWork(frame: Frame): Set<string> {
	const busy = new Set<string>();
	for (const m of frame.messages)
		for (const end of [m.from, m.to]) if (end.startsWith('node:')) busy.add(end.slice(5));
	return busy;
}

/** Where the step's message labels rest: the follow zoom keeps them on screen with their arrows. */
export function restingLabels(svg: SVGSVGElement, frame: Frame, opts: RenderOptions): Box[] {
	return [...restingPlaces(stateOf(svg), layoutOf(frame, opts), frame).values()].map((p) => p.pill);
}

export function render(
	svg: SVGSVGElement,
	frame: Frame,
	labels: DiagramLabels,
	opts: RenderOptions
): void {
	const l = layoutOf(frame, opts);
	const st = stateOf(svg);
	const placed = restingPlaces(st, l, frame);
	const motion = {
		reducedMotion: opts.reducedMotion,
		rate: opts.playing?.rate ?? 0,
		since: opts.playing?.since
	};
	// Between the moments a step's picture changes (a message leaves, its work is done, the step
	// ends) a frame only moves packets: the messages on their way are the step's first n.
	const inputs = [
		l,
		placed,
		frame.messages.length,
		frame.actors,
		frame.pods,
		frame.marks,
		frame.ready,
		frame.clock,
		labels,
		opts.reducedMotion
	];
	// While some of the step's messages are on their way (data-current), those already arrived
	// step back (Diagram.svelte): the message moving now is the one to watch.
	svg.toggleAttribute(
		'data-moving',
		frame.messages.some((m) => m.progress < 1)
	);
	if (st.drawn && inputs.every((v, i) => v === st.drawn!.inputs[i])) {
		moveMessages(st.drawn.messages, frame.messages, motion);
		return;
	}
	const g = st.layers;
	// The groups are given to this frame's messages: what glided in them stops.
	st.drawn?.messages.forEach(stopGlide);
	// Messages first: they tell which links are busy.
	const { drawn, busy } = renderMessages(g.messages, placed, frame.messages, motion);
	st.drawn = { inputs, messages: drawn };
	setAttrs(svg, {
		viewBox: l.viewBox,
		preserveAspectRatio: 'xMidYMid meet',
		role: 'img',
		'aria-label': labels.ariaLabel,
		// a step with actors at work: the others step back (Diagram.svelte dims them)
		'data-focus': frame.actors.some((a) => a.active) ? 'true' : null,
		// flows whose time matters carry their clock (DESIGN.md's contract)
		'data-sim-time': frame.clock === undefined ? null : String(frame.clock)
	});
	const views = new Map(frame.actors.map((a) => [a.id, a]));
	renderControlPlane(g['control-plane'], l, labels);
	renderLinks(
		g.links,
		l.links.filter((k) => !k.node),
		busy
	);
	renderWires(g.links, wiresOf(l));
	renderNodeFrames(
		g.nodes,
		l.nodes,
		frame.marks,
		{ label: labels.kernel ?? '', busy: kernelsAtWork(frame) },
		frame.ready
	);
	renderLinks(
		g['node-links'],
		l.links.filter((k) => k.node),
		busy
	);
	renderActors(g.actors, l.actors, views, labels);
	renderPods(g.pods, l, frame.pods);
}
