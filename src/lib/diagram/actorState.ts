/**
 * kube-proxy's sync state on its box in the Service flow: a coloured dot (grey watching, amber
 * syncing, green synced) and the short localised word. Boxes are as narrow as 88 units and 30 tall,
 * so the word goes beside the name when all of it fits on one line, else on a second, smaller
 * line under the name, else the dot alone (the word then is in the actor's tooltip). The name
 * always keeps its full size. Actors without a state get none of this.
 */
import type { ProxyState } from '$lib/player/frameTypes';
import type { Box } from './layout';
import { FONT, appendChildren, child, setAttrs, setText } from './theme';

/** Dot and word colour: each reads on white and on an active box's light blue (WCAG AA). */
export const STATE_COLOR: Record<ProxyState, string> = {
	watching: '#475569',
	syncing: '#b45309',
	synced: '#15803d'
};

export const STATE_FONT = FONT.state;
const DOT_R = 3.5;
/** between the dot and its word, and between the name and the dot on one line */
const GAP = 4;
const NAME_GAP = 8;
/** text stays this far from the box's sides */
const INSET = 6;

export interface StateBadge {
	/** centre of the name */
	name: { x: number; y: number };
	dot: { cx: number; cy: number };
	/** where the word starts (text-anchor start), or null when only the dot fits */
	word: { x: number; y: number } | null;
	oneLine: boolean;
}

type Measure = (text: string, size: number, weight: number) => number;

/** Where the name, dot and word go on a box, measured with `measure(text, size, weight)`. */
export function stateBadge(b: Box, name: string, word: string, measure: Measure): StateBadge {
	const nameW = measure(name, FONT.nodeActor, 600);
	const wordW = word ? measure(word, STATE_FONT, 600) : Infinity;
	const cx = b.x + b.width / 2;
	const cy = b.y + b.height / 2;
	const room = b.width - 2 * INSET;
	const mark = 2 * DOT_R + GAP + wordW;
	if (nameW + NAME_GAP + mark <= room) {
		const x0 = cx - (nameW + NAME_GAP + mark) / 2;
		const dotX = x0 + nameW + NAME_GAP + DOT_R;
		return {
			name: { x: x0 + nameW / 2, y: cy },
			dot: { cx: dotX, cy },
			word: { x: dotX + DOT_R + GAP, y: cy },
			oneLine: true
		};
	}
	// Two lines: the name in the upper part, the mark centred on a line of its own below it.
	const nameY = b.y + b.height * 0.36;
	const lineY = b.y + b.height * 0.76;
	if (mark <= room) {
		const x0 = cx - mark / 2;
		return {
			name: { x: cx, y: nameY },
			dot: { cx: x0 + DOT_R, cy: lineY },
			word: { x: x0 + 2 * DOT_R + GAP, y: lineY },
			oneLine: false
		};
	}
	return { name: { x: cx, y: nameY }, dot: { cx, cy: lineY }, word: null, oneLine: false };
}

/**
 * Draws or removes the state mark of one actor group (the caller puts its label where `badge`
 * says); returns the word when it had no room on the box, for the tooltip to carry.
 */
export function renderState(
	el: SVGGElement,
	state: ProxyState | undefined,
	badge: StateBadge | null,
	word: string | undefined
): string | null {
	let g = [...el.children].find((c) => c.classList.contains('ks-state')) as SVGGElement | undefined;
	setAttrs(el, { 'data-state': state ?? null });
	if (!state || !badge) {
		g?.remove();
		return null;
	}
	if (!g) {
		g = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
		g.setAttribute('class', 'ks-state');
		appendChildren(g, [
			['circle', 'ks-dot'],
			['text', 'ks-word']
		]);
		el.appendChild(g);
	}
	const color = STATE_COLOR[state];
	setAttrs(child(g, '.ks-dot'), { ...badge.dot, r: DOT_R, fill: color });
	const text = child(g, '.ks-word');
	setAttrs(text, {
		x: badge.word?.x ?? 0,
		y: badge.word?.y ?? 0,
		dy: '0.35em',
		'font-size': STATE_FONT,
		'font-weight': 600,
		fill: color,
		display: badge.word ? null : 'none'
	});
	setText(text, badge.word ? (word ?? '') : '');
	return badge.word ? null : (word ?? state);
}
