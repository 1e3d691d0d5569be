import { describe, expect, it } from 'vitest';
import {
	CONTROL_PLANE_ACTORS,
	DEFAULT_CONTAINER,
	MAX_GRID_COLUMNS,
	MAX_NODES_PER_ROW,
	MAX_SCALE,
	ROOM_MAX_SCALE,
	findLink,
	layout,
	minimumSize,
	nodeActorIds,
	type Box,
	type ContainerSize,
	type LinkLayout
} from './layout';
import { FONT } from './theme';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const counts = Array.from({ length: 10 }, (_, i) => i + 1);
/** the diagram column of the player at a 1280×720 window (as measured, and rounded), and at 1920×1080 */
const LAPTOP: ContainerSize = { width: 880, height: 589 };
const LAPTOP_ROUND: ContainerSize = { width: 880, height: 600 };
const PROJECTOR: ContainerSize = { width: 1450, height: 950 };
const PROJECTOR_MEASURED: ContainerSize = { width: 1392, height: 949 };
const SIZES = [LAPTOP, LAPTOP_ROUND, PROJECTOR, PROJECTOR_MEASURED, { width: 1300, height: 560 }];

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
	it.each(SIZES.flatMap((size) => [1, 3, 5, 7, 10].map((n) => [n, size] as const)))(
		'fills a container with %i nodes without letterboxing (%o)',
		(n, size) => {
			const l = layout(names(n), size);
			expect(l.viewBox).toBe(`0 0 ${l.width} ${l.height}`);
			// the picture takes the container's aspect ratio, to a unit
			expect(Math.abs(l.width * l.scale - size.width)).toBeLessThan(2 * l.scale);
			expect(Math.abs(l.height * l.scale - size.height)).toBeLessThan(2 * l.scale);
			const need = minimumSize(n);
			expect(l.width).toBeGreaterThanOrEqual(need.width);
			expect(l.height).toBeGreaterThanOrEqual(need.height);
		}
	);

	it('lays out for the default container when given none or a size it cannot use', () => {
		const l = layout(names(3));
		expect(layout(names(3), DEFAULT_CONTAINER)).toEqual(l);
		expect(layout(names(3), { width: 0, height: 0 })).toEqual(l);
		expect(layout(names(3), { width: NaN, height: 500 })).toEqual(l);
	});

	// What a person reads: font size in viewBox units × CSS px per unit. The bar is 11 px at a
	// 1280×720 window with up to 5 nodes, 10 px with 6–10; the projector gets a good deal more.
	const onScreen = (n: number, size: ContainerSize) => {
		const { scale } = layout(names(n), size);
		return {
			scale,
			actor: Math.min(FONT.actor, FONT.nodeActor) * scale,
			message: FONT.message * scale
		};
	};
	it.each(counts)('keeps text readable at 1280×720 with %i nodes', (n) => {
		const floor = n <= MAX_NODES_PER_ROW ? 11 : 10;
		for (const size of [LAPTOP, LAPTOP_ROUND]) {
			const px = onScreen(n, size);
			expect(px.actor, `actor names in ${size.width}×${size.height}`).toBeGreaterThanOrEqual(floor);
			expect(px.message, `message labels in ${size.width}×${size.height}`).toBeGreaterThanOrEqual(
				floor
			);
		}
	});
	it.each(counts)('makes text larger on a 1920×1080 projector with %i nodes', (n) => {
		for (const size of [PROJECTOR, PROJECTOR_MEASURED]) {
			const px = onScreen(n, size);
			expect(px.message).toBeGreaterThanOrEqual(n <= MAX_NODES_PER_ROW ? 16 : 14);
			expect(px.scale).toBeLessThanOrEqual(MAX_SCALE);
		}
	});

	it.each([1, 3, 5, 10, 50])(
		'keeps a compact picture’s cluster at its narrowest, centred, filling the container (%i nodes)',
		(n) => {
			const room = { width: 1895, height: 866 };
			const l = layout(names(n), room, { maxScale: ROOM_MAX_SCALE, compact: true });
			const spread = layout(names(n), room, { maxScale: ROOM_MAX_SCALE });
			expect(spread.content).toEqual({ x: 0, y: 0, width: spread.width, height: spread.height });
			expect(l.width * l.scale).toBeCloseTo(spread.width * spread.scale, -1);
			expect(l.content.width).toBe(minimumSize(n).width);
			// centred to a unit
			expect(Math.abs(2 * l.content.x + l.content.width - l.width)).toBeLessThanOrEqual(1);
			const inside = (x: number) => x >= l.content.x && x <= l.content.x + l.content.width;
			for (const b of [...l.actors, ...l.nodes, l.controlPlane])
				expect(inside(b.x) && inside(b.x + b.width), `${'id' in b ? b.id : 'frame'}`).toBe(true);
			for (const k of l.links) expect(inside(k.x1) && inside(k.x2), k.id).toBe(true);
			for (const d of l.nodes)
				expect(inside(d.pods.x) && inside(d.pods.x + d.pods.width)).toBe(true);
		}
	);

	it('gives nodes the whole width when they fit in one row', () => {
		for (const n of [1, 2, 3, 4, 5]) {
			const l = layout(names(n), LAPTOP);
			const right = Math.max(...l.nodes.map((d) => d.x + d.width));
			const left = Math.min(...l.nodes.map((d) => d.x));
			if (n >= 2) expect((right - left) / l.width, `${n} nodes`).toBeGreaterThan(0.95);
			// wide enough for the longest CRI label beside the kubelet → runtime arrows
			if (n <= 3) expect(l.nodes[0].width).toBeGreaterThanOrEqual(290);
		}
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
		for (const l of [layout(names(n)), ...SIZES.map((size) => layout(names(n), size))])
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

	it.each([1, 3, 5, 7, 10])('keeps the arrows into a node off its name (%i nodes)', (n) => {
		for (const size of SIZES) {
			const l = layout(names(n), size);
			for (const d of l.nodes.filter((node) => node.facing === 'up')) {
				const k = findLink(l, 'kube-apiserver', `kubelet@${d.name}`)!.link;
				// the stretch of the link inside the header strip, widened by the message tracks
				const xTop = k.x2 + ((k.x1 - k.x2) * (k.y2 - d.y)) / (k.y2 - k.y1);
				const [lo, hi] = [Math.min(xTop, k.x2) - 16, Math.max(xTop, k.x2) + 16];
				const room = d.name.length * FONT.title * 0.64 + 10;
				const [tlo, thi] =
					d.titleSide === 'start' ? [d.x, d.x + room] : [d.x + d.width - room, d.x + d.width];
				expect(lo < thi && hi > tlo, `${d.name} in ${size.width}×${size.height}`).toBe(false);
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

	it.each(counts)('gives every actor label room inside its box (%i nodes)', (n) => {
		// semibold system-ui measures 0.60–0.64 em a character; kubectl's text starts after its icon
		for (const a of layout(names(n), LAPTOP).actors) {
			const font =
				a.role === 'node' ? FONT.nodeActor : a.role === 'user' ? FONT.actor + 1 : FONT.actor;
			const lead = a.role === 'user' ? 36 : 5;
			expect(lead + a.label.length * font * 0.62 + 5, a.id).toBeLessThanOrEqual(a.width);
		}
	});

	it.each([
		{ width: 1600, height: 500 },
		{ width: 700, height: 1000 },
		{ width: 1920, height: 1080 }
	])('keeps boxes in the picture and apart in an odd container (%o)', (size) => {
		for (const n of [1, 3, 7, 10]) {
			const l = layout(names(n), size);
			const view = { x: 0, y: 0, width: l.width, height: l.height };
			for (const b of [...l.actors, ...l.nodes, l.controlPlane]) expect(inside(b, view)).toBe(true);
			for (let i = 0; i < l.actors.length; i++)
				for (let j = i + 1; j < l.actors.length; j++)
					expect(overlaps(l.actors[i], l.actors[j])).toBe(false);
		}
	});

	it('never goes below its minimum size, however small the container', () => {
		const l = layout(names(3), { width: 300, height: 200 });
		expect(l.width).toBeGreaterThanOrEqual(minimumSize(3).width);
		expect(l.height).toBeGreaterThanOrEqual(minimumSize(3).height);
	});

	it('still draws the control plane with no nodes', () => {
		const l = layout([]);
		expect(l.nodes).toEqual([]);
		expect(l.links).toHaveLength(4);
		expect(l.height).toBeGreaterThan(l.controlPlane.y + l.controlPlane.height);
	});
});

describe('layout of a large cluster (11–50 nodes)', () => {
	const large = [11, 12, 23, 37, 50];

	it.each(large)('places every actor once, boxes apart and inside the picture (%i nodes)', (n) => {
		const l = layout(names(n));
		const expected = [...CONTROL_PLANE_ACTORS, ...names(n).flatMap(nodeActorIds)];
		expect(l.actors.map((a) => a.id).sort()).toEqual([...expected].sort());
		const view = { x: 0, y: 0, width: l.width, height: l.height };
		for (const b of [l.controlPlane, ...l.actors, ...l.nodes]) expect(inside(b, view)).toBe(true);
		const boxes = [l.controlPlane, ...l.nodes];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
	});

	it.each(large)('reads node-1 … node-%i row by row, at most 10 to a row', (n) => {
		const l = layout(names(n));
		const rows = new Map<number, string[]>();
		for (const d of [...l.nodes].sort((p, q) => p.y - q.y || p.x - q.x))
			rows.set(d.y, [...(rows.get(d.y) ?? []), d.name]);
		expect([...rows.values()].flat()).toEqual(names(n));
		expect(rows.size).toBe(Math.max(2, Math.ceil(n / MAX_GRID_COLUMNS)));
		for (const r of rows.values()) expect(r.length).toBeLessThanOrEqual(MAX_GRID_COLUMNS);
		// rows on both sides of the control plane
		const cp = l.controlPlane;
		expect(l.nodes.some((d) => d.y + d.height <= cp.y)).toBe(true);
		expect(l.nodes.some((d) => d.y >= cp.y + cp.height)).toBe(true);
	});

	it.each(large)('links the apiserver to every kubelet and kube-proxy (%i nodes)', (n) => {
		const l = layout(names(n));
		for (const name of names(n))
			for (const id of nodeActorIds(name).slice(0, 2))
				expect(findLink(l, 'kube-apiserver', id), id).toBeDefined();
	});

	it('fits 50 nodes in a 16:9 picture instead of one long strip', () => {
		const { width, height } = minimumSize(50);
		expect(width / height).toBeLessThan(2);
	});
});
