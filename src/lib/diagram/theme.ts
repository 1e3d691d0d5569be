/**
 * Colours, font sizes and text helpers shared by the diagram's renderers. Colours are chosen for a
 * light background: every text colour here has at least 4.5:1 contrast (WCAG AA) against white or
 * the light fill it sits on.
 */
import type { MessageKind } from '$lib/player/frameTypes';
import type { PodPhase } from '$lib/sim/model';

export const KIND_COLOR: Record<MessageKind, string> = {
	request: '#1d4ed8',
	response: '#15803d',
	error: '#b91c1c',
	watch: '#7e22ce',
	cri: '#c2410c',
	event: '#4b5563',
	// teal: the data plane, apart from the blues, greens and purples of API traffic
	packet: '#0f766e'
};

export interface PhaseStyle {
	fill: string;
	stroke: string;
	text: string;
}

export const PHASE_STYLE: Record<PodPhase, PhaseStyle> = {
	Pending: { fill: '#fef3c7', stroke: '#d97706', text: '#78350f' },
	Running: { fill: '#dcfce7', stroke: '#16a34a', text: '#14532d' },
	Failed: { fill: '#fee2e2', stroke: '#dc2626', text: '#7f1d1d' },
	Succeeded: { fill: '#f1f5f9', stroke: '#64748b', text: '#334155' },
	Unknown: { fill: '#f5f5f5', stroke: '#737373', text: '#404040' }
};

/** A pod being deleted (kubectl's Terminating), whatever its phase: on its way out. */
export const TERMINATING_STYLE: PhaseStyle = {
	fill: '#f1f5f9',
	stroke: '#64748b',
	text: '#334155'
};

export const COLOR = {
	ink: '#0f172a',
	muted: '#475569',
	frameFill: '#f8fafc',
	frameStroke: '#cbd5e1',
	/** a node whose Ready condition is not True */
	downFill: '#fef2f2',
	downStroke: '#b91c1c',
	actorFill: '#ffffff',
	actorStroke: '#94a3b8',
	activeFill: '#eff6ff',
	activeStroke: '#1d4ed8',
	halo: '#60a5fa',
	link: '#cbd5e1'
};

export const FONT = {
	actor: 13,
	nodeActor: 12,
	title: 12,
	caption: 11,
	/** the word under a kube-proxy's name (actorState.ts) */
	state: 10,
	message: 12,
	pod: 11,
	podStatus: 11
};

/** Average advance of a character in em: ~7px at 12px, as system-ui renders protocol text. */
const EM_PER_CHAR = 0.58;

/** Rough width when the browser can't measure (happy-dom, hidden SVG); CJK glyphs are a full em. */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : EM_PER_CHAR;
	return ems * fontSize;
}

/** The diagram's font stack; Diagram.svelte's CSS uses the same list. */
export const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif";

const widths = new Map<string, number>();
/**
 * One canvas per font: setting a context's font parses the whole font string again, which cost
 * as much as the measurement itself, and labels alternate between a few fonts.
 */
const contexts = new Map<string, CanvasRenderingContext2D | null>();

function canvasContext(font: string): CanvasRenderingContext2D | null {
	let ctx = contexts.get(font);
	if (ctx === undefined) {
		try {
			ctx =
				typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
		} catch {
			ctx = null;
		}
		if (ctx) ctx.font = font;
		contexts.set(font, ctx);
	}
	return ctx;
}

/**
 * Width of a label in the diagram's font. Measured on a canvas, never on the SVG text itself:
 * getComputedTextLength forces a synchronous layout, which made every seek to a new step pay
 * for one. Cached per text, size and weight, since labels repeat across steps and replays.
 */
export function textWidth(text: string, fontSize: number, weight = 500): number {
	const key = `${weight}|${fontSize}|${text}`;
	const hit = widths.get(key);
	if (hit !== undefined) return hit;
	const ctx = canvasContext(`${weight} ${fontSize}px ${FONT_FAMILY}`);
	const width = ctx ? ctx.measureText(text).width : 0;
	// No canvas (happy-dom) or no font metrics: fall back to the estimate, and don't cache it.
	if (!(width > 0)) return estimateTextWidth(text, fontSize);
	widths.set(key, width);
	return width;
}

/** The sizes and weights the renderers measure in: message labels, actor names and states, pod chips. */
const MEASURED_FONTS: [size: number, weight: number][] = [
	[FONT.message, 500],
	[FONT.nodeActor, 600],
	[FONT.state, 600],
	[FONT.pod, 600],
	[FONT.pod, 700],
	[FONT.podStatus, 400]
];

/** Measures a sample in each measured font, so that the faces are loaded before a render needs them. */
export function warmFonts(): void {
	for (const [size, weight] of MEASURED_FONTS) textWidth('Ag0', size, weight);
}

type AttrValue = string | number | null;

/**
 * What setAttrs and setText last wrote to each element (null: removed). The renderers own their
 * elements, so this is what the DOM holds, and comparing against it spares a DOM read for every
 * attribute of every element, every frame.
 */
const written = new WeakMap<Element, Record<string, string | null>>();
const TEXT = '#text';

function writtenTo(el: Element): Record<string, string | null> {
	let last = written.get(el);
	if (!last) written.set(el, (last = Object.create(null) as Record<string, string | null>));
	return last;
}

/**
 * Sets only the attributes whose value changed (null removes), so that re-rendering 60 times a
 * second leaves the DOM, and style invalidation, alone when nothing moved.
 */
export function setAttrs(el: Element, attrs: Record<string, AttrValue>): void {
	const last = writtenTo(el);
	for (const name in attrs) {
		const value = attrs[name];
		const v =
			value === null
				? null
				: typeof value === 'number'
					? String(Math.round(value * 100) / 100)
					: value;
		const before = name in last ? last[name] : el.getAttribute(name);
		if (before === v) continue;
		if (v === null) el.removeAttribute(name);
		else el.setAttribute(name, v);
		last[name] = v;
	}
}

const drawnFrom = new WeakMap<Element, readonly unknown[]>();

/**
 * Whether an element was last drawn from these same inputs (compared with ===), remembering
 * them: a renderer can then skip an element the frame does not change, which is most of them in
 * most frames, instead of building and comparing its attributes again.
 */
export function unchanged(el: Element, inputs: readonly unknown[]): boolean {
	const last = drawnFrom.get(el);
	if (last && last.length === inputs.length && last.every((v, i) => v === inputs[i])) return true;
	drawnFrom.set(el, inputs);
	return false;
}

/** Replaces text only when it differs, so the text node is not recreated every frame. */
export function setText(el: Element, text: string): void {
	const last = writtenTo(el);
	const before = TEXT in last ? last[TEXT] : el.textContent;
	if (before === text) return;
	el.textContent = text;
	last[TEXT] = text;
}

/** The first element child matching selector; renderers create these once on enter. */
export function child<E extends Element>(el: Element, selector: string): E {
	return el.querySelector(selector) as E;
}

/** Appends a keyed group's fixed children, once, when the group enters. */
export function appendChildren(g: Element, parts: [tag: string, cls: string][]): void {
	for (const [tag, cls] of parts) {
		const el = g.ownerDocument.createElementNS('http://www.w3.org/2000/svg', tag);
		el.setAttribute('class', cls);
		g.appendChild(el);
	}
}
