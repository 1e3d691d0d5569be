/**
 * Zoom that follows the action: the part of the picture a step works in — its active actors, both
 * ends of each of its messages, the nodes it marks, the header of a node that is not Ready (what
 * the step is about, even when no message goes there) and the pods of it the step names — and
 * the zoom that shows that part as large as the picture allows. A step that spans the cluster
 * gets the whole picture.
 */
import type { Frame, MessageView } from '$lib/player/frameTypes';
import { endsFor, podEnd } from './endpoints';
import { podNameOf } from './pods';
import { NODE_HEADER, type Box, type DiagramLayout } from './layout';

/** around the part in focus: room for the labels that sit beside its arrows */
export const FOCUS_PAD = 36;
/** closer than this the picture loses its context: a box and its arrow fill the screen */
export const MAX_FOLLOW_ZOOM = 2;

export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

/**
 * The bounds of what the step works in and of its message labels (`labels`, where they rest),
 * padded within the picture; null when nothing is active.
 */
export function focusBox(
	frame: Pick<Frame, 'actors' | 'resting' | 'restPods' | 'marks' | 'ready'>,
	l: DiagramLayout,
	labels: readonly Box[] = []
): Box | null {
	const ends = endsFor(l, frame.restPods);
	const boxes: Box[] = [...labels];
	for (const a of frame.actors) if (a.active) boxes.push(...found(ends.get(a.id)));
	for (const m of frame.resting) boxes.push(...found(ends.get(m.from)), ...found(ends.get(m.to)));
	// a node's mark (a filter's ✓/✗, a score) sits in its header: the rest of the node is not news
	const nodes = new Map(l.nodes.map((n) => [n.name, { ...n, height: NODE_HEADER }]));
	for (const name of Object.keys(frame.marks ?? {})) boxes.push(...found(nodes.get(name)));
	// so does a node that is not Ready: its header says so, and the whole box would make every later
	// step span the picture's height, leaving nothing for the zoom to enlarge. Only a pod of it
	// that the step's messages name (evicted, marked not ready) is news, and its chip comes too.
	const down = new Set(Object.keys(frame.ready ?? {}).filter((n) => frame.ready![n] !== 'True'));
	for (const name of down) boxes.push(...found(nodes.get(name)));
	const named = podsNamed(frame.resting);
	for (const p of frame.restPods)
		if (down.has(p.node) && named.has(podNameOf(p.key)))
			boxes.push(...found(ends.get(podEnd(p.key))));
	if (boxes.length === labels.length) return null;
	// the padding stops where the drawing does (past it there is nothing to show), but never
	// cuts into what is in focus
	const c = l.content;
	const lo = (v: number, edge: number) => Math.min(v, Math.max(edge, v - FOCUS_PAD));
	const hi = (v: number, edge: number) => Math.max(v, Math.min(edge, v + FOCUS_PAD));
	const x0 = lo(Math.min(...boxes.map((b) => b.x)), c.x);
	const y0 = lo(Math.min(...boxes.map((b) => b.y)), c.y);
	const x1 = hi(Math.max(...boxes.map((b) => b.x + b.width)), c.x + c.width);
	const y1 = hi(Math.max(...boxes.map((b) => b.y + b.height)), c.y + c.height);
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const found = (b: Box | undefined): Box[] => (b ? [b] : []);

/** The pods a step's message labels name as a resource (`DELETE pods/web-1`, `PATCH pods/web-1/status`). */
function podsNamed(messages: readonly MessageView[]): Set<string> {
	return new Set(
		messages.flatMap((m) => [...m.label.matchAll(/\bpods\/([a-z0-9.-]+)/g)].map((x) => x[1]))
	);
}

/**
 * The zoom (scale k, then translate x, y, in viewBox units) that centres `box` in a picture of
 * `width` × `height` as large as fits, never past MAX_FOLLOW_ZOOM nor below the whole picture,
 * and never showing past the picture's edges.
 */
export function followTransform(box: Box | null, width: number, height: number): ZoomTransform {
	if (!box) return { k: 1, x: 0, y: 0 };
	const k = Math.max(1, Math.min(MAX_FOLLOW_ZOOM, width / box.width, height / box.height));
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const clamp = (v: number, size: number) => Math.min(0, Math.max(size - size * k, v));
	return { k, x: clamp(width / 2 - k * cx, width), y: clamp(height / 2 - k * cy, height) };
}
