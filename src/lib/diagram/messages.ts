/**
 * Draws the messages of a frame: a trail and packet gliding along the link, a label pill, and an
 * arrowhead once the message has arrived and rests on the link. A label too long for the room
 * beside its link is drawn shortened; the group then keeps the full label in `data-label` and a
 * `<title>` (a tooltip), so its text content still holds the whole label.
 *
 * While the player plays, a message on its way is drawn where it is and handed to the browser to
 * animate until the picture next changes (Web Animations along the same Bézier, glideEasing.ts):
 * no script runs per frame. A frame drawn at any time, paused, shows what the animation shows.
 */
import type { MessageKind, MessageView } from '$lib/player/frameTypes';
import { MESSAGE_MS } from '$lib/player/timing';
import type { Layer } from './actors';
import { lerp } from './geometry';
import { glideEase, glideEasingFrom } from './glideEasing';
import { ARROW, PILL_HEIGHT, type MessagePlacement } from './messagePlacement';
import { FONT, KIND_COLOR, appendChildren, child, setAttrs, setText } from './theme';

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

/** A drawn message's group and its parts, found once when it is dressed. */
export interface DrawnMessage {
	g: SVGGElement;
	trail: SVGLineElement;
	packet: SVGCircleElement;
	arrow: SVGPathElement;
	rest: MessagePlacement;
	/** the progress last drawn, and the rate it was handed on at */
	shown: number;
	rate: number;
	/** the browser's animations of it, while it glides */
	glides: Animation[];
}

/** How the picture moves from this frame on. */
export interface MessageMotion {
	/** draw messages already on their way at their resting place instead of gliding */
	reducedMotion: boolean;
	/** while playing, ms of flow per ms; 0 while paused */
	rate: number;
	/** while playing, when the frame's time was on the clock (`document.timeline`'s) */
	since?: number;
}

/**
 * Draws the messages on their way at this moment and returns the drawn groups, in the order of
 * `messages`, and which link each busy link's colour comes from. `placed` is where the step's
 * messages go at rest (worked out once per step, see render.ts). A message with no place (an end
 * not in the picture) is left out. Later frames with the same messages only call `moveMessages`.
 */
export function renderMessages(
	layer: Layer,
	placed: ReadonlyMap<string, MessagePlacement>,
	messages: MessageView[],
	motion: MessageMotion
): { drawn: DrawnMessage[]; busy: Map<string, MessageKind> } {
	const drawable = messages.filter((m) => placed.has(m.id));
	// Joined by position, not by id: a message's id names its step, so keyed groups would all be
	// thrown away and rebuilt at every step change, and new elements cost style, layout and paint.
	// Every attribute is set below, so a group taking a message over keeps nothing of the last one.
	const groups = layer
		.selectAll<SVGGElement, MessageView>('g[data-message]')
		.data(drawable)
		.join((enter) => enter.append('g').each(createMessage));
	const busy = new Map<string, MessageKind>();
	const drawn: DrawnMessage[] = [];
	groups.each(function (d) {
		const rest = placed.get(d.id)!;
		if (rest.link) busy.set(rest.link, d.kind);
		const m = dressMessage(this, d, rest);
		moveMessage(m, d, motion);
		drawn.push(m);
	});
	return { drawn, busy };
}

/** Moves the packets of messages already drawn (the same messages, later progress). */
export function moveMessages(
	drawn: DrawnMessage[],
	messages: MessageView[],
	motion: MessageMotion
): void {
	let i = 0;
	for (const d of messages)
		if (drawn[i]?.rest.message.id === d.id) moveMessage(drawn[i++], d, motion);
}

/** What does not change while a message travels: its place at rest, words and colour. */
function dressMessage(g: SVGGElement, d: MessageView, rest: MessagePlacement): DrawnMessage {
	const color = KIND_COLOR[d.kind];
	const shortened = rest.text !== d.label;
	setAttrs(g, {
		'data-message': d.id,
		'data-from': d.from,
		'data-to': d.to,
		'data-kind': d.kind,
		'data-label': d.label,
		'data-current': String(d.progress < 1)
	});
	setText(child(g, '.ks-tip'), shortened ? d.label : '');
	const moving = rest.start[0] !== rest.end[0] || rest.start[1] !== rest.end[1];
	const trail = child<SVGLineElement>(g, '.ks-trail');
	setAttrs(trail, {
		x1: rest.start[0],
		y1: rest.start[1],
		stroke: color,
		'stroke-width': 2.5,
		'stroke-linecap': 'round',
		display: moving ? null : 'none'
	});
	const packet = child<SVGCircleElement>(g, '.ks-packet');
	setAttrs(packet, { r: 5.5, fill: color, stroke: '#ffffff', 'stroke-width': 1.5 });
	const arrow = child<SVGPathElement>(g, '.ks-arrow');
	setAttrs(arrow, {
		d: ARROW_PATH,
		transform: `translate(${round(rest.end[0])},${round(rest.end[1])}) rotate(${round(rest.angle)})`,
		fill: color
	});
	setAttrs(child(g, '.ks-pill'), {
		x: rest.pill.x,
		y: rest.pill.y,
		width: rest.pill.width,
		height: PILL_HEIGHT,
		rx: PILL_HEIGHT / 2,
		fill: '#ffffff',
		'fill-opacity': 0.95,
		stroke: color,
		'stroke-width': 1.25,
		// a fan-out's other arrows: its one label is on the first
		display: rest.text ? null : 'none'
	});
	const label = child(g, '.ks-label');
	setAttrs(label, {
		x: rest.pill.x + rest.pill.width / 2,
		y: rest.pill.y + PILL_HEIGHT / 2,
		'font-size': FONT.message,
		'font-weight': 500,
		'text-anchor': 'middle',
		dy: '0.35em',
		fill: color,
		display: rest.text ? null : 'none'
	});
	setText(label, rest.text);
	return { g, trail, packet, arrow, rest, shown: NaN, rate: 0, glides: [] };
}

/** Where a message travelling `shown` of its way draws what moves. */
function pose(rest: MessagePlacement, shown: number) {
	const eased = glideEase(shown);
	const packet = lerp(rest.start, rest.end, eased);
	const length = Math.hypot(rest.end[0] - rest.start[0], rest.end[1] - rest.start[1]);
	return {
		packet,
		// the trail runs the whole way, dashed to end at the packet: a dash animates, a line's end does not
		dash: `${round(length * eased)} ${round(length + 1)}`,
		// the label appears where it rests as its message leaves
		opacity: shown >= FADE_IN ? 1 : Math.max(0.15, shown / FADE_IN)
	};
}

/** What changes while a message travels: where its packet is, and its label fading in. */
function moveMessage(m: DrawnMessage, d: MessageView, motion: MessageMotion): void {
	// on its way at this moment, even where reduced motion draws it arrived: the one to watch
	setAttrs(m.g, { 'data-current': String(d.progress < 1) });
	// without motion, a message that has left is drawn where it arrives
	const shown = motion.reducedMotion ? 1 : Math.min(1, Math.max(0, d.progress));
	const rate = shown < 1 && !motion.reducedMotion ? motion.rate : 0;
	// a message that has arrived stays as it is while the others move
	if (shown === m.shown && rate === m.rate) return;
	m.shown = shown;
	m.rate = rate;
	const { rest } = m;
	stopGlide(m);
	const resting = shown >= 1;
	const moving = rest.start[0] !== rest.end[0] || rest.start[1] !== rest.end[1];
	const now = pose(rest, shown);
	setAttrs(m.g, { 'data-resting': String(resting), opacity: now.opacity < 1 ? now.opacity : null });
	const rad = (rest.angle * Math.PI) / 180;
	// At rest the trail stops where the arrowhead begins, so the tip stays sharp.
	const tail = resting
		? [rest.end[0] - Math.cos(rad) * ARROW, rest.end[1] - Math.sin(rad) * ARROW]
		: rest.end;
	setAttrs(m.trail, { x2: tail[0], y2: tail[1], 'stroke-dasharray': resting ? null : now.dash });
	setAttrs(m.packet, { cx: now.packet[0], cy: now.packet[1], display: resting ? 'none' : null });
	setAttrs(m.arrow, { display: resting && moving ? null : 'none' });
	if (rate > 0 && typeof m.g.animate === 'function') glide(m, shown, rate, motion.since);
}

/** Stops a message's glide: it stays where the last frame drew it. */
export function stopGlide(m: DrawnMessage): void {
	for (const a of m.glides) a.cancel();
	m.glides = [];
}

/** Hands the rest of a message's way to the browser: from `shown` to its arrival, at `rate`. */
function glide(m: DrawnMessage, shown: number, rate: number, since?: number): void {
	const [from, to] = [pose(m.rest, shown), pose(m.rest, 1)];
	const duration = ((1 - shown) * MESSAGE_MS) / rate;
	// the packet and the trail's end follow the curve's rest; the label fades in linearly in time
	const along: KeyframeAnimationOptions = {
		duration,
		fill: 'forwards',
		easing: glideEasingFrom(shown)
	};
	const glides = (m.glides = [
		m.packet.animate(
			[from, to].map((p) => ({ cx: `${round(p.packet[0])}px`, cy: `${round(p.packet[1])}px` })),
			along
		),
		m.trail.animate(
			[from, to].map((p) => ({ strokeDasharray: p.dash })),
			along
		)
	]);
	if (shown < FADE_IN)
		glides.push(
			m.g.animate(
				[
					{ opacity: from.opacity, offset: 0 },
					{ opacity: 1, offset: (FADE_IN - shown) / (1 - shown) },
					{ opacity: 1, offset: 1 }
				],
				{ duration, fill: 'forwards' }
			)
		);
	// from when the frame's time was reached, not from whenever this task got to it
	if (since !== undefined) for (const a of glides) a.startTime = since;
}

const round = (n: number) => Math.round(n * 100) / 100;
