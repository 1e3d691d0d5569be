/**
 * Static scenery of the diagram: the control-plane and node frames, the links, and the actor boxes.
 * Elements are created once per key on enter; each frame only updates attributes that changed.
 */
import type { Selection } from 'd3-selection';
import type {
	ActorView,
	DiagramLabels,
	MessageKind,
	NodeMark,
	NodeReadiness
} from '$lib/player/frameTypes';
import { renderState, stateBadge } from './actorState';
import type { Wire } from './endpoints';
import type { ActorLayout, DiagramLayout, LinkLayout, NodeLayout } from './layout';
import {
	COLOR,
	FONT,
	KIND_COLOR,
	appendChildren,
	child,
	setAttrs,
	setText,
	textWidth,
	unchanged
} from './theme';

export type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function renderControlPlane(layer: Layer, l: DiagramLayout, labels: DiagramLabels): void {
	layer
		.selectAll<SVGGElement, DiagramLayout>('g.ks-cp')
		.data([l])
		.join((enter) =>
			enter
				.append('g')
				.attr('class', 'ks-cp')
				.call((g) => {
					g.append('rect').attr('class', 'ks-frame');
					g.append('text').attr('class', 'ks-title');
				})
		)
		.each(function (d) {
			const b = d.controlPlane;
			setAttrs(child(this, '.ks-frame'), {
				x: b.x,
				y: b.y,
				width: b.width,
				height: b.height,
				rx: 12,
				fill: COLOR.frameFill,
				stroke: COLOR.frameStroke,
				'stroke-width': 1.5
			});
			// Top right: the corner no link or label needs, in both bands.
			const t = d.controlPlaneTitle;
			const title = child(this, '.ks-title');
			setAttrs(title, {
				x: t.x + t.width,
				y: t.y + 18,
				'text-anchor': 'end',
				'font-size': FONT.title,
				'font-weight': 700,
				fill: COLOR.muted
			});
			setText(title, labels.controlPlane);
		});
}

const MARK = {
	fit: { symbol: '✓', fill: '#ecfdf5', stroke: '#15803d', ink: '#14532d' },
	unfit: { symbol: '✗', fill: '#fef2f2', stroke: '#b91c1c', ink: '#7f1d1d' },
	chosen: { symbol: '★', fill: '#1d4ed8', stroke: '#1d4ed8', ink: '#ffffff' }
} as const;

/** A node's mark in its header, on the side its name leaves free: "✓ 374", "✗", "★ 390". */
function renderMark(g: SVGGElement, d: NodeLayout, mark: NodeMark | undefined): void {
	// made when a step marks the node and removed after it: a step shows the same elements
	// however it was reached
	let el = g.querySelector<SVGGElement>(':scope > .ks-mark');
	if (!mark) {
		g.removeAttribute('data-verdict');
		el?.remove();
		return;
	}
	if (!el) {
		appendChildren(g, [['g', 'ks-mark']]);
		el = g.lastElementChild as SVGGElement;
		appendChildren(el, [
			['rect', 'ks-mark-pill'],
			['text', 'ks-mark-text']
		]);
	}
	g.setAttribute('data-verdict', mark.verdict);
	const look = MARK[mark.verdict];
	const text = mark.score === undefined ? look.symbol : `${look.symbol} ${mark.score}`;
	const width = textWidth(text, FONT.title, 700) + 14;
	const x = d.titleSide === 'end' ? d.x + 6 : d.x + d.width - 6 - width;
	setAttrs(child(el, '.ks-mark-pill'), {
		x,
		y: d.y + 3,
		width,
		height: 17,
		rx: 8.5,
		fill: look.fill,
		stroke: look.stroke,
		'stroke-width': 1.5
	});
	const label = child(el, '.ks-mark-text');
	setAttrs(label, {
		x: x + width / 2,
		y: d.y + 15.5,
		'text-anchor': 'middle',
		'font-size': FONT.title,
		'font-weight': 700,
		fill: look.ink
	});
	setText(label, text);
}

/** marks: what the step says on each node's box (the scheduler's verdicts), by node */
/** The kernel strip's colours: the packets' teal, darker while a packet or a rule is in it. */
const KERNEL = {
	fill: '#f0fdfa',
	busyFill: '#ccfbf1',
	stroke: '#5eada4',
	busyStroke: '#0f766e',
	ink: '#134e4a'
};

/** A node's kernel strip, when the picture has one (the data path): made once, kept after. */
function renderKernel(g: SVGGElement, d: NodeLayout, label: string, busy: boolean): void {
	const k = d.kernel;
	let el = g.querySelector<SVGGElement>(':scope > .ks-kernel');
	if (!k) return el?.remove();
	if (!el) {
		appendChildren(g, [['g', 'ks-kernel']]);
		el = g.lastElementChild as SVGGElement;
		el.setAttribute('data-kernel', d.name);
		appendChildren(el, [
			['rect', 'ks-kernel-strip'],
			['text', 'ks-kernel-text']
		]);
	}
	el.setAttribute('data-active', String(busy));
	setAttrs(child(el, '.ks-kernel-strip'), {
		x: k.x,
		y: k.y,
		width: k.width,
		height: k.height,
		rx: 4,
		fill: busy ? KERNEL.busyFill : KERNEL.fill,
		stroke: busy ? KERNEL.busyStroke : KERNEL.stroke,
		'stroke-width': busy ? 2 : 1
	});
	const text = child(el, '.ks-kernel-text');
	setAttrs(text, {
		x: k.x + 8,
		y: k.y + k.height / 2 + 3.5,
		'font-size': FONT.state,
		'font-weight': 600,
		fill: KERNEL.ink
	});
	setText(text, label);
}

export function renderNodeFrames(
	layer: Layer,
	nodes: NodeLayout[],
	marks?: Record<string, NodeMark>,
	kernel?: { label: string; busy: ReadonlySet<string> },
	ready?: Record<string, NodeReadiness>
): void {
	layer
		.selectAll<SVGGElement, NodeLayout>('g[data-node]')
		.data(nodes, (d) => d.name)
		.join((enter) =>
			enter
				.append('g')
				.attr('data-node', (d) => d.name)
				.call((g) => {
					g.append('rect').attr('class', 'ks-frame');
					g.append('text').attr('class', 'ks-title');
					g.append('rect').attr('class', 'ks-pods');
				})
		)
		.each(function (d) {
			const mark = marks?.[d.name];
			const busy = kernel?.busy.has(d.name) ?? false;
			const readiness = ready?.[d.name] ?? 'True';
			if (unchanged(this, [d, mark, busy, kernel?.label, readiness])) return;
			// a node whose Ready condition is not True is drawn as kubectl lists it: NotReady
			const down = readiness !== 'True';
			setAttrs(this, { 'data-ready': readiness });
			renderMark(this, d, mark);
			renderKernel(this, d, kernel?.label ?? '', busy);
			setAttrs(child(this, '.ks-frame'), {
				x: d.x,
				y: d.y,
				width: d.width,
				height: d.height,
				rx: 10,
				fill: down ? COLOR.downFill : COLOR.frameFill,
				stroke: down ? COLOR.downStroke : COLOR.frameStroke,
				'stroke-width': down ? 2 : 1.5,
				'stroke-dasharray': down ? '6 4' : null
			});
			const title = child(this, '.ks-title');
			const end = d.titleSide === 'end';
			setAttrs(title, {
				x: end ? d.x + d.width - 10 : d.x + 10,
				y: d.y + 15,
				'text-anchor': end ? 'end' : 'start',
				'font-size': FONT.title,
				'font-weight': 700,
				fill: down ? COLOR.downStroke : COLOR.ink
			});
			setText(title, down ? `${d.name} · NotReady` : d.name);
			const p = d.pods;
			setAttrs(child(this, '.ks-pods'), {
				x: p.x,
				y: p.y,
				width: p.width,
				height: p.height,
				rx: 6,
				fill: '#ffffff',
				stroke: '#e2e8f0',
				'stroke-dasharray': '4 3'
			});
		});
}

/** busy: link id → kind of the message drawn on it, which colours the link */
export function renderLinks(
	layer: Layer,
	links: LinkLayout[],
	busy: Map<string, MessageKind>
): void {
	layer
		.selectAll<SVGLineElement, LinkLayout>('line[data-link]')
		.data(links, (d) => d.id)
		.join((enter) => enter.append('line').attr('data-link', (d) => d.id))
		.each(function (d) {
			const kind = busy.get(d.id);
			if (unchanged(this, [d, kind])) return;
			setAttrs(this, {
				x1: d.x1,
				y1: d.y1,
				x2: d.x2,
				y2: d.y2,
				'data-busy': kind ? 'true' : 'false',
				stroke: kind ? KIND_COLOR[kind] : COLOR.link,
				'stroke-width': kind ? 2.5 : 1.5,
				'stroke-opacity': kind ? 0.6 : 1,
				'stroke-linecap': 'round'
			});
		});
}

/** The network between a row's nodes (endpoints.ts wiresOf): a path per row, in the kernels' teal. */
export function renderWires(layer: Layer, wires: Wire[]): void {
	layer
		.selectAll<SVGPathElement, Wire>('path.ks-wire')
		.data(wires, (w) => String(w.y))
		.join((enter) => enter.append('path').attr('class', 'ks-wire'))
		.each(function (w) {
			if (unchanged(this, [w])) return;
			const stubs = w.stubs.map((t) => `M${t.x},${t.y1}V${t.y2}`).join('');
			setAttrs(this, {
				d: `M${w.x1},${w.y}H${w.x2}${stubs}`,
				fill: 'none',
				stroke: KERNEL.stroke,
				'stroke-width': 1.5,
				'stroke-dasharray': '5 3'
			});
		});
}

// A person glyph (head and shoulders), 16 units wide, origin at its centre.
const USER_ICON = 'M0,-9a4.5,4.5 0 1 1 0,9a4.5,4.5 0 1 1 0,-9M-8,9c0,-5.5 3.6,-8 8,-8s8,2.5 8,8z';

function createActor(this: SVGGElement, d: ActorLayout): void {
	const user = d.role === 'user';
	appendChildren(this, [
		['rect', 'ks-halo'],
		['rect', 'ks-box'],
		...(user ? [['path', 'ks-icon'] as [string, string]] : []),
		['text', 'ks-label'],
		...(user ? [['text', 'ks-caption'] as [string, string]] : [])
	]);
}

/**
 * The actor's tooltip: a `<title>` that must be the group's first child to count, made when there
 * is something to say and removed when there is not, so the pod flow's actors carry none.
 */
function setTooltip(el: SVGGElement, text: string): void {
	const first = el.firstElementChild;
	const tip = first?.tagName.toLowerCase() === 'title' ? first : null;
	if (!text) {
		tip?.remove();
		return;
	}
	if (tip) return setText(tip, text);
	const made = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
	made.textContent = text;
	el.insertBefore(made, first);
}

function updateActor(
	el: SVGGElement,
	d: ActorLayout,
	view: ActorView | undefined,
	labels: DiagramLabels
): void {
	const active = view?.active ?? false;
	setAttrs(el, { 'data-active': String(active) });
	setAttrs(child(el, '.ks-halo'), {
		x: d.x - 4,
		y: d.y - 4,
		width: d.width + 8,
		height: d.height + 8,
		rx: 11,
		fill: 'none',
		stroke: COLOR.halo,
		'stroke-width': 6,
		'stroke-opacity': 0.45,
		display: active ? null : 'none'
	});
	setAttrs(child(el, '.ks-box'), {
		x: d.x,
		y: d.y,
		width: d.width,
		height: d.height,
		rx: d.role === 'node' ? 6 : 8,
		fill: active ? COLOR.activeFill : COLOR.actorFill,
		stroke: active ? COLOR.activeStroke : COLOR.actorStroke,
		'stroke-width': active ? 2.5 : 1
	});
	const label = child<SVGTextElement>(el, '.ks-label');
	const cy = d.y + d.height / 2;
	/** the state's word when the box had no room for it */
	let hidden: string | null = null;
	if (d.role === 'user') {
		setAttrs(child(el, '.ks-icon'), {
			d: USER_ICON,
			transform: `translate(${d.x + 20},${cy})`,
			fill: active ? COLOR.activeStroke : COLOR.muted
		});
		setAttrs(label, {
			x: d.x + 36,
			y: cy - 2,
			'font-size': FONT.actor + 1,
			'font-family': 'ui-monospace, monospace'
		});
		const caption = child(el, '.ks-caption');
		setAttrs(caption, { x: d.x + 36, y: cy + 13, 'font-size': FONT.caption, fill: COLOR.muted });
		setText(caption, labels.user);
	} else {
		const state = view?.state;
		const word = state && labels.proxyState?.[state];
		const badge = state ? stateBadge(d, d.label, word ?? '', textWidth) : null;
		const at = badge?.name ?? { x: d.x + d.width / 2, y: cy };
		setAttrs(label, { ...at, 'text-anchor': 'middle', dy: '0.35em' });
		setAttrs(label, { 'font-size': d.role === 'node' ? FONT.nodeActor : FONT.actor });
		hidden = renderState(el, state, badge, word);
	}
	setAttrs(label, { 'font-weight': 600, fill: COLOR.ink });
	setText(label, d.label);
	// kube-proxy's tooltip names its pod and, once, its state (the word when the box has no room)
	const word = view?.state ? (labels.proxyState?.[view.state] ?? view.state) : '';
	const tip =
		view?.pod && labels.proxyTitle ? labels.proxyTitle({ pod: view.pod, state: word }) : hidden;
	setTooltip(el, tip ?? '');
}

/** views: what the frame says about each actor (active, state, tooltip), by id */
export function renderActors(
	layer: Layer,
	actors: ActorLayout[],
	views: ReadonlyMap<string, ActorView>,
	labels: DiagramLabels
): void {
	layer
		.selectAll<SVGGElement, ActorLayout>('g[data-actor]')
		.data(actors, (d) => d.id)
		.join((enter) =>
			enter
				.append('g')
				.attr('data-actor', (d) => d.id)
				.each(createActor)
		)
		.each(function (d) {
			const view = views.get(d.id);
			// a step makes new views: compare what they say, and the labels an actor shows
			const inputs = [
				d,
				view?.active,
				view?.state,
				view?.pod,
				labels.user,
				labels.proxyState,
				labels.proxyTitle
			];
			if (!unchanged(this, inputs)) updateActor(this, d, view, labels);
		});
}
