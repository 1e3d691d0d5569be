/**
 * Draws the messages of a frame: a trail and packet gliding along the link, a label pill, and an
 * arrowhead once the message has arrived and rests on the link. A label too long for the room
 * beside its link is drawn shortened; the group then keeps the full label in `data-label` and a
 * `<title>` (a tooltip), so its text content still holds the whole label.
 */
import { easeCubicInOut } from 'd3-ease';
import type { MessageKind, MessageView } from '$lib/player/frameTypes';
import type { Layer } from './actors';
import { lerp } from './geometry';
import { ARROW, PILL_HEIGHT, type MessagePlacement } from './messagePlacement';
import { FONT, KIND_COLOR, appendChildren, child, setAttrs, setText, unchanged } from './theme';

/** the share of its way a message travels while its label fades in */
const FADE_IN = 0.12;

const ARROW_PATH = `M0,0L${-ARROW},${-ARROW / 2}L${-ARROW},${ARROW / 2}Z`;

function createMessage(this: SVGGElement): void {
	appendChildren(this, [
		// first child, so that it is the group's tooltip; empty unless the label is shortened
		['title', 'ks-tip'],
		['line', 'ks-trail'],
		['rect', 'ks-pill'],
		['text', 'ks-label'],
		// above the pill: where the clamped pill and the packet meet, the packet stays visible
		['circle', 'ks-packet'],
		['path', 'ks-arrow']
	]);
}

/**
 * Draws the messages on their way at this moment and returns which link each busy link's colour
 * comes from. `placed` is where the step's messages go at rest (worked out once per step, see
 * render.ts): a frame only moves each packet along its path and fades its label in as it leaves.
 * A message with no place (an end not in the picture) is left out.
 */
export function renderMessages(
	layer: Layer,
	placed: ReadonlyMap<string, MessagePlacement>,
	messages: MessageView[],
	reducedMotion: boolean
): Map<string, MessageKind> {
	const drawable = messages.filter((m) => placed.has(m.id));
	// Joined by position, not by id: a message's id names its step, so keyed groups would all be
	// thrown away and rebuilt at every step change, and new elements cost style, layout and paint.
	// Every attribute is set below, so a group taking a message over keeps nothing of the last one.
	const groups = layer
		.selectAll<SVGGElement, MessageView>('g[data-message]')
		.data(drawable)
		.join((enter) => enter.append('g').each(createMessage));
	const busy = new Map<string, MessageKind>();
	groups.each(function (d) {
		const rest = placed.get(d.id)!;
		const shown = reducedMotion && d.progress > 0 ? 1 : Math.min(1, Math.max(0, d.progress));
		if (rest.link) busy.set(rest.link, d.kind);
		// a message that has arrived stays as it is while the others move
		if (unchanged(this, [rest, shown])) return;
		const p = {
			...rest,
			packet: lerp(rest.start, rest.end, easeCubicInOut(shown)),
			resting: shown >= 1
		};
		const color = KIND_COLOR[d.kind];
		const shortened = p.text !== d.label;
		setAttrs(this, {
			'data-message': d.id,
			'data-from': d.from,
			'data-to': d.to,
			'data-kind': d.kind,
			'data-resting': String(p.resting),
			'data-label': d.label,
			// the label appears where it rests as its message leaves
			opacity: shown >= FADE_IN ? null : Math.max(0.15, shown / FADE_IN)
		});
		setText(child(this, '.ks-tip'), shortened ? d.label : '');
		const rad = (p.angle * Math.PI) / 180;
		// At rest the trail stops where the arrowhead begins, so the tip stays sharp.
		const tail = p.resting
			? [p.end[0] - Math.cos(rad) * ARROW, p.end[1] - Math.sin(rad) * ARROW]
			: p.packet;
		const moving = p.start[0] !== p.end[0] || p.start[1] !== p.end[1];
		setAttrs(child(this, '.ks-trail'), {
			x1: p.start[0],
			y1: p.start[1],
			x2: tail[0],
			y2: tail[1],
			stroke: color,
			'stroke-width': 2.5,
			'stroke-linecap': 'round',
			display: moving ? null : 'none'
		});
		setAttrs(child(this, '.ks-packet'), {
			cx: p.packet[0],
			cy: p.packet[1],
			r: 5.5,
			fill: color,
			stroke: '#ffffff',
			'stroke-width': 1.5,
			display: p.resting ? 'none' : null
		});
		setAttrs(child(this, '.ks-arrow'), {
			d: ARROW_PATH,
			transform: `translate(${round(p.end[0])},${round(p.end[1])}) rotate(${round(p.angle)})`,
			fill: color,
			display: p.resting && moving ? null : 'none'
		});
		setAttrs(child(this, '.ks-pill'), {
			x: p.pill.x,
			y: p.pill.y,
			width: p.pill.width,
			height: PILL_HEIGHT,
			rx: PILL_HEIGHT / 2,
			fill: '#ffffff',
			'fill-opacity': 0.95,
			stroke: color,
			'stroke-width': 1.25
		});
		const label = child(this, '.ks-label');
		setAttrs(label, {
			x: p.pill.x + p.pill.width / 2,
			y: p.pill.y + PILL_HEIGHT / 2,
			'font-size': FONT.message,
			'font-weight': 500,
			'text-anchor': 'middle',
			dy: '0.35em',
			fill: color
		});
		setText(label, p.text);
	});
	return busy;
}

const round = (n: number) => Math.round(n * 100) / 100;
