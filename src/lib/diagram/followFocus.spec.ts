import { describe, expect, it } from 'vitest';
import type { Frame, MessageView } from '$lib/player/frameTypes';
import { endsFor, podEnd } from './endpoints';
import { FOCUS_PAD, MAX_FOLLOW_ZOOM, focusBox, followTransform } from './followFocus';
import { NODE_HEADER, layout, type Box } from './layout';

const NODES = ['node-1', 'node-2', 'node-3'];
const picture = layout(NODES, { width: 1880, height: 860 });
const message = (from: string, to: string): MessageView => ({
	id: `${from}>${to}`,
	from,
	to,
	label: 'x',
	kind: 'request',
	progress: 1,
	lane: 0
});
const frame = (
	messages: MessageView[],
	active: string[] = [],
	marks?: Frame['marks']
): Pick<Frame, 'actors' | 'resting' | 'restPods' | 'marks' | 'ready'> => ({
	actors: picture.actors.map((a) => ({ id: a.id, active: active.includes(a.id) })),
	resting: messages,
	restPods: [],
	marks
});
const boxOf = (id: string) => picture.actors.find((a) => a.id === id)!;
const contains = (outer: Box, inner: Box) =>
	outer.x <= inner.x &&
	outer.y <= inner.y &&
	outer.x + outer.width >= inner.x + inner.width &&
	outer.y + outer.height >= inner.y + inner.height;
/** the part of the picture a transform shows, in viewBox units */
const shown = (t: { k: number; x: number; y: number }): Box => ({
	x: -t.x / t.k,
	y: -t.y / t.k,
	width: picture.width / t.k,
	height: picture.height / t.k
});

describe('focusBox', () => {
	it('holds both ends of each message and every active actor, padded', () => {
		const box = focusBox(
			frame([message('kube-apiserver', 'etcd')], ['kube-apiserver', 'etcd']),
			picture
		)!;
		expect(contains(box, boxOf('kube-apiserver'))).toBe(true);
		expect(contains(box, boxOf('etcd'))).toBe(true);
		const hub = boxOf('kube-apiserver');
		expect(box.x).toBeLessThanOrEqual(hub.x - FOCUS_PAD);
		// a node's actors are not part of a control-plane step
		expect(contains(box, boxOf('kubelet@node-3'))).toBe(false);
	});

	it('takes in where the labels rest, even past both ends', () => {
		const label = { x: 2, y: 60, width: 150, height: 18 };
		const box = focusBox(frame([message('kube-scheduler', 'kube-apiserver')]), picture, [label])!;
		expect(contains(box, label)).toBe(true);
		expect(focusBox(frame([]), picture, [label])).toBeNull();
	});

	it('takes in the headers of the nodes a step marks (the scheduler’s verdicts), not their pods', () => {
		const marks = {
			'node-1': { verdict: 'fit' },
			'node-3': { verdict: 'chosen' }
		} as Frame['marks'];
		const box = focusBox(frame([], ['kube-scheduler'], marks), picture)!;
		for (const name of ['node-1', 'node-3']) {
			const node = picture.nodes.find((n) => n.name === name)!;
			expect(contains(box, { ...node, height: NODE_HEADER }), name).toBe(true);
			expect(contains(box, node.pods), name).toBe(false);
		}
	});

	it('takes in the header of a node that is not Ready: the step is about it though no message goes there', () => {
		const node2 = picture.nodes.find((n) => n.name === 'node-2')!;
		const quiet = frame([], ['kube-controller-manager']);
		expect(contains(focusBox(quiet, picture)!, node2)).toBe(false);
		const down = { ...quiet, ready: { 'node-1': 'True', 'node-2': 'Unknown' } as const };
		const box = focusBox(down, picture)!;
		expect(contains(box, { ...node2, height: NODE_HEADER })).toBe(true);
		// the rest of it would stretch every later step to the picture's height
		expect(contains(box, node2)).toBe(false);
		expect(contains(box, boxOf('kube-controller-manager'))).toBe(true);
		expect(
			contains(
				box,
				picture.nodes.find((n) => n.name === 'node-1')!
			)
		).toBe(false);
	});

	it('takes in the chip of a pod on a node that is not Ready when the step names it', () => {
		const pod = (name: string, node: string) => ({
			key: `default/${name}`,
			node,
			phase: 'Running' as const,
			status: 'Running',
			subject: false
		});
		const restPods = [pod('web-a', 'node-2'), pod('web-c', 'node-1')];
		const chip = (name: string) => endsFor(picture, restPods).get(podEnd(`default/${name}`))!;
		const evict = {
			...frame([
				{ ...message('kube-controller-manager', 'kube-apiserver'), label: 'DELETE pods/web-a' },
				{ ...message('kube-controller-manager', 'kube-apiserver'), label: 'DELETE pods/web-c' }
			]),
			restPods,
			ready: { 'node-1': 'True', 'node-2': 'Unknown' } as const
		};
		const box = focusBox(evict, picture)!;
		expect(contains(box, chip('web-a'))).toBe(true);
		// unnamed, it stays out; and a pod on a Ready node is left to the other rules
		const quiet = { ...evict, resting: [evict.resting[1]] };
		expect(contains(focusBox(quiet, picture)!, chip('web-a'))).toBe(false);
		expect(contains(box, chip('web-c'))).toBe(false);
	});

	it('pads only up to where a compact picture’s drawing ends', () => {
		const room = layout(NODES, { width: 1895, height: 866 }, { maxScale: 3, compact: true });
		const c = room.content;
		expect(c.x).toBeGreaterThan(FOCUS_PAD);
		const ends = ['kubectl', 'etcd'].map((id) => room.actors.find((a) => a.id === id)!);
		const box = focusBox(
			{
				actors: room.actors.map((a) => ({
					id: a.id,
					active: a.id === 'kubectl' || a.id === 'etcd'
				})),
				resting: [],
				restPods: []
			},
			room
		)!;
		expect(box.x).toBe(c.x);
		expect(box.x + box.width).toBe(c.x + c.width);
		expect(box.x).toBeGreaterThan(ends[0].x - FOCUS_PAD);
		// a label resting in the empty side is still taken in whole
		const label = { x: c.x - 30, y: 100, width: 60, height: 18 };
		expect(
			focusBox(
				{ actors: [], resting: [message('kubectl', 'kube-apiserver')], restPods: [] },
				room,
				[label]
			)!.x
		).toBe(label.x);
	});

	it('is null when nothing is at work, and ignores ends the picture has not got', () => {
		expect(focusBox(frame([]), picture)).toBeNull();
		expect(focusBox(frame([message('pod:default/gone', 'nobody')]), picture)).toBeNull();
	});
});

describe('followTransform', () => {
	it('shows the whole picture when nothing is in focus', () => {
		expect(followTransform(null, picture.width, picture.height)).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('enlarges a control-plane exchange and keeps it whole on screen', () => {
		const box = focusBox(
			frame([message('kube-apiserver', 'etcd')], ['kube-apiserver', 'etcd']),
			picture
		)!;
		const t = followTransform(box, picture.width, picture.height);
		expect(t.k).toBeGreaterThan(1.3);
		expect(t.k).toBeLessThanOrEqual(MAX_FOLLOW_ZOOM);
		expect(contains(shown(t), box)).toBe(true);
	});

	it('keeps every receiver of a fan-out on screen', () => {
		const fan = NODES.map((n) => message('kube-apiserver', `kubelet@${n}`));
		const t = followTransform(focusBox(frame(fan), picture), picture.width, picture.height);
		for (const n of NODES) expect(contains(shown(t), boxOf(`kubelet@${n}`)), n).toBe(true);
	});

	it('never shows past the picture’s edges', () => {
		for (const id of ['kubectl', 'etcd', 'kubelet@node-1', 'kubelet@node-3']) {
			const t = followTransform(focusBox(frame([], [id]), picture), picture.width, picture.height);
			const s = shown(t);
			expect(s.x).toBeGreaterThanOrEqual(-1e-9);
			expect(s.y).toBeGreaterThanOrEqual(-1e-9);
			expect(s.x + s.width).toBeLessThanOrEqual(picture.width + 1e-9);
			expect(s.y + s.height).toBeLessThanOrEqual(picture.height + 1e-9);
			expect(t.k, id).toBe(MAX_FOLLOW_ZOOM);
		}
	});
});
