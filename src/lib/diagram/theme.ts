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
	watch: '#7e22ce',
	cri: '#c2410c',
	event: '#4b5563'
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

export const COLOR = {
	ink: '#0f172a',
	muted: '#475569',
	frameFill: '#f8fafc',
	frameStroke: '#cbd5e1',
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
	message: 12,
	pod: 10,
	podStatus: 9
};

/** Average advance of a character in em: ~7px at 12px, as system-ui renders protocol text. */
const EM_PER_CHAR = 0.58;

/** Rough width when the browser can't measure (happy-dom, hidden SVG); CJK glyphs are a full em. */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : EM_PER_CHAR;
	return ems * fontSize;
}

const measured = new WeakMap<SVGTextElement, { text: string; width: number }>();

/**
 * Width of a text element's current content. Real measurements are cached per element and text,
 * because getComputedTextLength forces layout and render runs every animation frame.
 */
export function textWidth(el: SVGTextElement, text: string, fontSize: number): number {
	const hit = measured.get(el);
	if (hit && hit.text === text) return hit.width;
	let width = 0;
	try {
		width = typeof el.getComputedTextLength === 'function' ? el.getComputedTextLength() : 0;
	} catch {
		width = 0;
	}
	// 0 means "not laid out yet" (or no layout engine): estimate now, measure again next frame.
	if (!(width > 0)) return estimateTextWidth(text, fontSize);
	measured.set(el, { text, width });
	return width;
}

/** Shortens text with an ellipsis so its estimated width fits maxWidth. */
export function truncate(text: string, fontSize: number, maxWidth: number): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize) > maxWidth)
		chars.pop();
	return chars.join('') + '…';
}

type AttrValue = string | number | null;

/**
 * Sets only the attributes whose value changed (null removes), so that re-rendering 60 times a
 * second leaves the DOM, and style invalidation, alone when nothing moved.
 */
export function setAttrs(el: Element, attrs: Record<string, AttrValue>): void {
	for (const name in attrs) {
		const value = attrs[name];
		if (value === null) {
			if (el.hasAttribute(name)) el.removeAttribute(name);
			continue;
		}
		const v = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
		if (el.getAttribute(name) !== v) el.setAttribute(name, v);
	}
}

/** Replaces text only when it differs, so the text node is not recreated every frame. */
export function setText(el: Element, text: string): void {
	if (el.textContent !== text) el.textContent = text;
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
