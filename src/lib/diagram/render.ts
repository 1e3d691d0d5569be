/**
 * render(svg, frame): draws one frame of a flow into an SVG with keyed d3 data joins. It is called
 * every animation frame, so it is idempotent and incremental: elements are created once per key,
 * later calls only update the attributes that changed, and nothing is animated behind the
 * caller's back — every position is a function of the frame (time is data).
 */
import { select } from 'd3-selection';
import type { DiagramLabels, Frame } from '$lib/player/frameTypes';
import {
	renderActors,
	renderControlPlane,
	renderLinks,
	renderNodeFrames,
	type Layer
} from './actors';
import { layout, type ContainerSize, type DiagramLayout } from './layout';
import { renderMessages } from './messages';
import { renderPods } from './pods';
import { setAttrs } from './theme';

export interface RenderOptions {
	/** draw messages already on their way at their resting place instead of gliding */
	reducedMotion: boolean;
	/** CSS size of the box the SVG fills; the layout takes its aspect ratio (default: 880×590) */
	size?: ContainerSize;
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

const layouts = new WeakMap<SVGSVGElement, { key: string; layout: DiagramLayout }>();

/**
 * The layout only depends on the node list and the container size; recompute it when one of them
 * changes, not every frame.
 */
export function layoutFor(
	svg: SVGSVGElement,
	nodes: string[],
	size?: ContainerSize
): DiagramLayout {
	const key = `${nodes.join('\n')}|${size ? `${size.width}x${size.height}` : ''}`;
	let hit = layouts.get(svg);
	if (!hit || hit.key !== key) {
		hit = { key, layout: layout(nodes, size) };
		layouts.set(svg, hit);
	}
	return hit.layout;
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

const layerCache = new WeakMap<SVGSVGElement, Record<LayerName, Layer>>();

/** The layer groups, made once per svg (and again if something emptied it). */
function layers(svg: SVGSVGElement): Record<LayerName, Layer> {
	const hit = layerCache.get(svg);
	if (hit && hit.messages.node()?.parentNode?.parentNode === svg) return hit;
	select(viewportOf(svg))
		.selectChildren<SVGGElement, LayerName>('g[data-layer]')
		.data(LAYERS, (d) => d)
		.join((enter) => enter.append('g').attr('data-layer', (d) => d));
	const out = {} as Record<LayerName, Layer>;
	for (const name of LAYERS)
		out[name] = select(svg.querySelector<SVGGElement>(`g[data-layer="${name}"]`)!);
	layerCache.set(svg, out);
	return out;
}

export function render(
	svg: SVGSVGElement,
	frame: Frame,
	labels: DiagramLabels,
	opts: RenderOptions
): void {
	const l = layoutFor(svg, frame.nodes, opts.size);
	setAttrs(svg, {
		viewBox: l.viewBox,
		preserveAspectRatio: 'xMidYMid meet',
		role: 'img',
		'aria-label': labels.ariaLabel
	});
	const g = layers(svg);
	const views = new Map(frame.actors.map((a) => [a.id, a]));
	// Messages first: they tell which links are busy.
	const busy = renderMessages(g.messages, l, frame.messages, frame.pods, opts.reducedMotion);
	renderControlPlane(g['control-plane'], l, labels);
	renderLinks(
		g.links,
		l.links.filter((k) => !k.node),
		busy
	);
	renderNodeFrames(g.nodes, l.nodes);
	renderLinks(
		g['node-links'],
		l.links.filter((k) => k.node),
		busy
	);
	renderActors(g.actors, l.actors, views, labels);
	renderPods(g.pods, l, frame.pods);
}
