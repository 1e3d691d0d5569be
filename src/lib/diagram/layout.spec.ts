import { describe, expect, it } from 'vitest';
import {
	CONTROL_PLANE_ACTORS,
	MAX_NODES_PER_ROW,
	VIEWBOX_WIDTH,
	findLink,
	layout,
	nodeActorIds,
	type Box,
	type LinkLayout
} from './layout';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const counts = Array.from({ length: 10 }, (_, i) => i + 1);

/** positive-area overlap; boxes that only touch do not count */
const overlaps = (p: Box, q: Box) =>
	p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

const onBorder = (x: number, y: number, b: Box) => {
	const e = 0.01;
	const withinX = x >= b.x - e && x <= b.x + b.width + e;
	const withinY = y >= b.y - e && y <= b.y + b.height + e;
	const onX = Math.abs(x - b.x) < e || Math.abs(x - b.x - b.width) < e;
	const onY = Math.abs(y - b.y) < e || Math.abs(y - b.y - b.height) < e;
	return (onX && withinY) || (onY && withinX);
};

/** Liang–Barsky: does the segment pass through the box's interior (shrunk by 1 so touching ends don't count)? */
function crosses(l: LinkLayout, b: Box): boolean {
	const [x0, y0, x1, y1] = [b.x + 1, b.y + 1, b.x + b.width - 1, b.y + b.height - 1];
	const dx = l.x2 - l.x1;
	const dy = l.y2 - l.y1;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, l.x1 - x0],
		[dx, x1 - l.x1],
		[-dy, l.y1 - y0],
		[dy, y1 - l.y1]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) t0 = Math.max(t0, r);
		else t1 = Math.min(t1, r);
		if (t0 > t1) return false;
	}
	return true;
}

describe('layout', () => {
	it('uses a fixed-width viewBox and a computed height', () => {
		const l = layout(names(3));
		expect(l.width).toBe(VIEWBOX_WIDTH);
		expect(l.viewBox).toBe(`0 0 ${VIEWBOX_WIDTH} ${l.height}`);
		// one row of nodes stays wide enough for a 16:9 screen; two rows stay landscape
		expect(l.width / l.height).toBeGreaterThan(16 / 9);
		expect(layout(names(10)).width / layout(names(10)).height).toBeGreaterThan(1.3);
	});

	it.each(counts)('places every actor exactly once for %i nodes', (n) => {
		const ids = layout(names(n)).actors.map((a) => a.id);
		const expected = [...CONTROL_PLANE_ACTORS, ...names(n).flatMap(nodeActorIds)];
		expect([...ids].sort()).toEqual([...expected].sort());
	});

	it.each(counts)('keeps actor boxes apart for %i nodes', (n) => {
		const { actors } = layout(names(n));
		for (let i = 0; i < actors.length; i++)
			for (let j = i + 1; j < actors.length; j++)
				expect(overlaps(actors[i], actors[j]), `${actors[i].id} × ${actors[j].id}`).toBe(false);
	});

	it.each(counts)('keeps every box inside the viewBox for %i nodes', (n) => {
		const l = layout(names(n));
		const view = { x: 0, y: 0, width: l.width, height: l.height };
		const boxes = [l.controlPlane, ...l.actors, ...l.nodes, ...l.nodes.map((d) => d.pods)];
		for (const b of boxes) expect(inside(b, view)).toBe(true);
	});

	it.each(counts)('puts at most 5 nodes in a row, node boxes apart (%i nodes)', (n) => {
		const l = layout(names(n));
		const rows = new Map<number, number>();
		for (const d of l.nodes) rows.set(d.y, (rows.get(d.y) ?? 0) + 1);
		expect(rows.size).toBe(n > MAX_NODES_PER_ROW ? 2 : 1);
		for (const c of rows.values()) expect(c).toBeLessThanOrEqual(MAX_NODES_PER_ROW);
		for (const d of l.nodes) expect(overlaps(d, l.controlPlane)).toBe(false);
		for (let i = 0; i < l.nodes.length; i++)
			for (let j = i + 1; j < l.nodes.length; j++)
				expect(overlaps(l.nodes[i], l.nodes[j])).toBe(false);
		expect(l.nodes.map((d) => d.name)).toEqual(names(n));
	});

	it.each(counts)('puts node actors and the pods area inside their node box (%i nodes)', (n) => {
		const l = layout(names(n));
		for (const d of l.nodes) {
			const local = l.actors.filter((a) => a.node === d.name);
			expect(local.map((a) => a.id).sort()).toEqual(nodeActorIds(d.name).sort());
			for (const a of local) {
				expect(inside(a, d)).toBe(true);
				expect(overlaps(a, d.pods)).toBe(false);
			}
			expect(inside(d.pods, d)).toBe(true);
		}
	});

	it('keeps the control plane actors, not kubectl, in the control plane box', () => {
		const l = layout(names(4));
		for (const a of l.actors.filter((a) => a.role === 'control-plane'))
			expect(inside(a, l.controlPlane)).toBe(true);
		expect(
			overlaps(
				l.actors.find((a) => a.id === 'kubectl')!,
				l.controlPlane
			)
		).toBe(false);
	});

	it.each(counts)('links every pair the flows use, ends on the actor borders (%i nodes)', (n) => {
		const l = layout(names(n));
		expect(l.links).toHaveLength(4 + 3 * n);
		const pairs: [string, string][] = [
			['kubectl', 'kube-apiserver'],
			['kube-apiserver', 'etcd'],
			['kube-apiserver', 'kube-scheduler'],
			['kube-apiserver', 'kube-controller-manager'],
			...names(n).flatMap((d): [string, string][] => [
				['kube-apiserver', `kubelet@${d}`],
				['kube-apiserver', `kube-proxy@${d}`],
				[`kubelet@${d}`, `container-runtime@${d}`]
			])
		];
		for (const [a, b] of pairs) {
			expect(findLink(l, a, b)?.reversed).toBe(false);
			expect(findLink(l, b, a)?.reversed).toBe(true);
		}
		const byId = new Map(l.actors.map((a) => [a.id, a]));
		for (const k of l.links) {
			expect(onBorder(k.x1, k.y1, byId.get(k.a)!), `${k.id} start`).toBe(true);
			expect(onBorder(k.x2, k.y2, byId.get(k.b)!), `${k.id} end`).toBe(true);
		}
	});

	it.each(counts)('draws no link through an unrelated actor or node box (%i nodes)', (n) => {
		const l = layout(names(n));
		for (const k of l.links) {
			for (const a of l.actors) {
				if (a.id === k.a || a.id === k.b) continue;
				expect(crosses(k, a), `${k.id} through ${a.id}`).toBe(false);
			}
			const own = l.actors.find((a) => a.id === k.b)?.node;
			for (const d of l.nodes) {
				if (d.name === own) continue;
				expect(crosses(k, d), `${k.id} through ${d.name}`).toBe(false);
			}
		}
	});

	it('marks only the kubelet → runtime links as node-local', () => {
		const l = layout(names(2));
		expect(l.links.filter((k) => k.node).map((k) => k.id)).toEqual([
			'kubelet@node-1--container-runtime@node-1',
			'kubelet@node-2--container-runtime@node-2'
		]);
	});

	it('gives every actor label room inside its box', () => {
		// 13px semibold ≈ 0.6em a character, plus the icon/padding the renderer adds
		for (const a of layout(names(10)).actors)
			expect(a.label.length * 13 * 0.6 + 16, a.id).toBeLessThanOrEqual(a.width);
	});

	it.each([1100, 1600, 1920])('scales to a %i-wide viewBox without overlaps', (w) => {
		const l = layout(names(7), w);
		expect(l.width).toBe(w);
		const view = { x: 0, y: 0, width: l.width, height: l.height };
		for (const a of l.actors) expect(inside(a, view)).toBe(true);
		for (let i = 0; i < l.actors.length; i++)
			for (let j = i + 1; j < l.actors.length; j++)
				expect(overlaps(l.actors[i], l.actors[j])).toBe(false);
	});

	it('never goes narrower than its minimum width', () => {
		expect(layout(names(3), 400).width).toBeGreaterThanOrEqual(1100);
	});

	it('still draws the control plane with no nodes', () => {
		const l = layout([]);
		expect(l.nodes).toEqual([]);
		expect(l.links).toHaveLength(4);
		expect(l.height).toBeGreaterThan(l.controlPlane.y + l.controlPlane.height);
	});
});
