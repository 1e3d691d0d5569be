import { describe, expect, it } from 'vitest';
import type { PodView } from '$lib/player/frameTypes';
import { endsFor, nodeEnd, pathEnds, podEnd, type End } from './endpoints';
import type { Point } from './geometry';
import { NODE_HEADER, layout, type Box } from './layout';
import { placePods } from './pods';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const pod = (key: string, node: string, over: Partial<PodView> = {}): PodView => ({
	key,
	node,
	phase: 'Running',
	status: 'Running',
	subject: false,
	...over
});

/** distance from a point to a box, 0 inside or on its edge */
const away = (p: Point, b: Box) =>
	Math.hypot(
		Math.max(b.x - p[0], 0, p[0] - b.x - b.width),
		Math.max(b.y - p[1], 0, p[1] - b.y - b.height)
	);

const PODS = [
	pod('default/client', 'node-2', { subject: true }),
	pod('default/web-7d4b9c8f6-x2k9p', 'node-1', { ip: '10.244.1.3' }),
	pod('default/web-7d4b9c8f6-q8f2m', 'node-3', { ip: '10.244.3.5' }),
	pod('kube-system/coredns-5d78c9869d-8xk2p', 'node-1'),
	pod('default/lost', 'node-9')
];

describe('endsFor', () => {
	const l = layout(names(3));
	const ends = endsFor(l, PODS);

	it('knows every actor, every node by its header strip, and every pod by its chip', () => {
		for (const a of l.actors) expect(ends.get(a.id)).toMatchObject({ kind: 'actor', x: a.x });
		for (const n of l.nodes)
			expect(ends.get(nodeEnd(n.name))).toMatchObject({
				kind: 'node',
				x: n.x,
				y: n.y,
				width: n.width,
				height: NODE_HEADER
			});
		for (const { pod: p, slot } of placePods(l, PODS))
			expect(ends.get(podEnd(p.key))).toMatchObject({ kind: 'pod', node: p.node, ...slot });
	});

	it('does not know pods on nodes outside the picture, nor other names', () => {
		for (const id of [
			'pod:default/lost',
			'pod:default/ghost',
			'node:node-9',
			'kubelet@node-9',
			'default/client',
			'node-1'
		])
			expect(ends.get(id), id).toBeUndefined();
	});

	it('is a function of the layout and the pod list alone', () => {
		expect(endsFor(l, [...PODS])).toEqual(ends);
		expect(endsFor(layout(names(4)), PODS)).not.toEqual(ends);
		expect(endsFor(l).get('pod:default/client')).toBeUndefined();
	});
});

describe('pathEnds', () => {
	const get = (ends: ReadonlyMap<string, End>, id: string) => ends.get(id)!;

	it.each([3, 10])('takes a pod to its own node and back the same way (%i nodes)', (n) => {
		const l = layout(names(n));
		const pods = names(n).map((node, i) => pod(`default/p${i}`, node, { subject: i === 1 }));
		const ends = endsFor(l, pods);
		for (const [i, node] of names(n).entries()) {
			const chip = get(ends, `pod:default/p${i}`);
			const header = get(ends, nodeEnd(node));
			const up = pathEnds(l, chip, header);
			expect(away(up.start, chip), node).toBeLessThanOrEqual(0.01);
			expect(away(up.end, header), node).toBeLessThanOrEqual(0.01);
			const down = pathEnds(l, header, chip);
			expect(down.start).toEqual(up.end);
			expect(down.end).toEqual(up.start);
			expect(down.axis).toEqual(up.axis);
			// inside its own node's frame, in the gutter beside the actors
			const frame = l.nodes.find((d) => d.name === node)!;
			for (const p of [up.start, up.end]) expect(away(p, frame)).toBe(0);
			const length = Math.hypot(up.end[0] - up.start[0], up.end[1] - up.start[1]);
			expect(length, node).toBeGreaterThanOrEqual(14);
		}
	});

	it('runs between two nodes of a row along their top edges, and across rows between boxes', () => {
		for (const n of [3, 10]) {
			const l = layout(names(n));
			const ends = endsFor(l);
			for (const [a, b] of [
				['node-1', 'node-2'],
				['node-3', 'node-1'],
				['node-2', 'node-8'],
				['node-9', 'node-7']
			]) {
				if (n < 9 && (a === 'node-9' || b === 'node-8')) continue;
				const from = get(ends, nodeEnd(a));
				const to = get(ends, nodeEnd(b));
				const p = pathEnds(l, from, to);
				const [fa, fb] = [a, b].map((x) => l.nodes.find((d) => d.name === x)!);
				expect(away(p.start, fa), `${a} → ${b}`).toBeLessThanOrEqual(0.01);
				expect(away(p.end, fb), `${a} → ${b}`).toBeLessThanOrEqual(0.01);
				if (fa.y === fb.y) {
					expect(away(p.start, from)).toBeLessThanOrEqual(0.01);
					expect(away(p.end, to)).toBeLessThanOrEqual(0.01);
					expect(p.start[1]).toBe(fa.y);
					expect(p.end[1]).toBe(fb.y);
					// a second lane goes up, off the nodes: the normal of the axis points up
					expect(Math.sign(p.axis[0])).toBe(-1);
				}
				expect(pathEnds(l, to, from).axis).toEqual(p.axis);
			}
		}
	});

	it('keeps actor pairs on their layout link', () => {
		const l = layout(names(3));
		const ends = endsFor(l);
		const p = pathEnds(l, get(ends, 'etcd'), get(ends, 'kube-apiserver'));
		const link = l.links.find((k) => k.id === 'kube-apiserver--etcd')!;
		expect(p.link).toBe(link);
		expect(p.start).toEqual([link.x2, link.y2]);
		expect(p.end).toEqual([link.x1, link.y1]);
	});
});
