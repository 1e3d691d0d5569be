import { describe, expect, it } from 'vitest';
import type { MessageView, PodView } from '$lib/player/frameTypes';
import { endsFor, headerBox, nodeEnd, pathEnds, podEnd, wireY, wiresOf } from './endpoints';
import { segmentHitsBox, type Point } from './geometry';
import { layout, type Box, type ContainerSize, type DiagramLayout } from './layout';
import { ARROW, placeMessages, type MessagePlacement } from './messagePlacement';
import { FONT, estimateTextWidth } from './theme';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const overlaps = (p: Box, q: Box) =>
	p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
const measure = (text: string) => estimateTextWidth(text, FONT.message);

const SIZES: ContainerSize[] = [
	{ width: 880, height: 569 },
	{ width: 1392, height: 929 },
	{ width: 784, height: 448 }
];

/** A few pods on every node, as a Service flow shows them: a backend each, DNS on some. */
function podsFor(nodes: string[], clientNode: string): PodView[] {
	const pods: PodView[] = [];
	nodes.forEach((node, i) => {
		pods.push({
			key: `default/web-7d4b9c8f6-x2k9${i}`,
			node,
			ip: `10.244.${i + 1}.3`,
			phase: 'Running',
			status: 'Running',
			subject: false
		});
		if (i % 2 === 0)
			pods.push({
				key: `kube-system/coredns-5d78c9869d-8xk2${i}`,
				node,
				ip: `10.244.${i + 1}.4`,
				phase: 'Running',
				status: 'Running',
				subject: false
			});
	});
	pods.push({
		key: 'default/client',
		node: clientNode,
		ip: '10.244.2.9',
		phase: 'Running',
		status: 'Running',
		subject: true
	});
	return pods;
}

const packet = (id: string, from: string, to: string, label: string, lane = 0): MessageView => ({
	id,
	from,
	to,
	label,
	kind: 'packet',
	progress: 1,
	lane
});

/** The steps of a request from the client to a backend and its reply, as sets of messages. */
function steps(clientNode: string, backendNode: string, backend: string): MessageView[][] {
	const client = podEnd('default/client');
	const web = podEnd(backend);
	const [cn, bn] = [nodeEnd(clientNode), nodeEnd(backendNode)];
	const ip = '10.244.1.3:8080';
	if (clientNode === backendNode)
		return [
			[packet('a', client, cn, 'SYN → 10.104.13.7:80')],
			[packet('b', cn, web, `SYN → ${ip}`)],
			[packet('c', web, cn, `SYN-ACK ← ${ip}`), packet('d', cn, client, 'SYN-ACK ← 10.104.13.7:80')]
		];
	return [
		[packet('a', client, cn, 'SYN → 10.104.13.7:80')],
		[packet('b', cn, bn, `SYN → ${ip}`)],
		[packet('c', bn, web, `SYN → ${ip}`)],
		[packet('a', client, cn, 'SYN → 10.104.13.7:80'), packet('b', cn, bn, `SYN → ${ip}`)],
		[
			packet('b', cn, bn, `SYN → ${ip}`),
			packet('e', bn, cn, `SYN-ACK ← ${ip} → 10.244.2.9:43512`, 1)
		],
		[packet('f', web, bn, `SYN-ACK ← ${ip}`), packet('g', cn, client, 'SYN-ACK ← 10.104.13.7:80')]
	];
}

/** The arrow of a placed message as drawn: its trail, and its head once it rests. */
function strokes(p: MessagePlacement): { a: Point; b: Point; pad: number }[] {
	const len = Math.hypot(p.end[0] - p.start[0], p.end[1] - p.start[1]);
	if (!len) return [];
	const u: Point = [(p.end[0] - p.start[0]) / len, (p.end[1] - p.start[1]) / len];
	const neck: Point = [p.end[0] - u[0] * ARROW, p.end[1] - u[1] * ARROW];
	return p.resting
		? [
				{ a: p.start, b: neck, pad: 1.25 },
				{ a: neck, b: p.end, pad: 4 }
			]
		: [{ a: p.start, b: p.packet, pad: 1.25 }];
}

/** What is wrong with the pills of one frame; `chips`: pod chips no pill may cover. */
function problems(l: DiagramLayout, placed: MessagePlacement[], chips: Box[]): string[] {
	const out: string[] = [];
	const hard = [
		...l.actors,
		...l.nodes.map((n) => ({ ...headerBox(n), id: `${n.name} name` })),
		...l.nodes.flatMap((n) => (n.kernel ? [{ ...n.kernel, id: `${n.name} kernel` }] : [])),
		{ ...l.controlPlaneTitle, id: 'control-plane title' }
	];
	placed.forEach((p, i) => {
		const label = `${p.message.id} "${p.message.label}"`;
		for (const q of placed.slice(i + 1))
			if (overlaps(p.pill, q.pill)) out.push(`${label} × ${q.message.id}`);
		for (const b of hard) if (overlaps(p.pill, b)) out.push(`${label} on ${b.id}`);
		for (const c of chips) if (overlaps(p.pill, c)) out.push(`${label} on a pod chip`);
		const { x, y, width, height } = p.pill;
		if (x < 0 || y < 0 || x + width > l.width || y + height > l.height)
			out.push(`${label} outside`);
		for (const q of placed)
			for (const k of strokes(q))
				if (segmentHitsBox(k.a, k.b, p.pill, k.pad))
					out.push(`${label} on the arrow of ${q.message.id}`);
		if (p.text !== p.message.label) out.push(`${label} shortened to "${p.text}"`);
	});
	return out;
}

function check(
	n: number,
	clientNode: string,
	backendNodes: string[],
	strictChips: boolean,
	kernel = false
) {
	const nodes = names(n);
	const pods = podsFor(nodes, clientNode);
	const found: string[] = [];
	for (const size of SIZES) {
		const l = layout(nodes, size, { kernel });
		const ends = endsFor(l, pods);
		const chipsOf = (ids: string[]) =>
			ids.filter((id) => id.startsWith('pod:')).map((id) => ends.get(id)!);
		for (const backendNode of backendNodes) {
			const backend = pods.find((p) => p.node === backendNode && p.key.startsWith('default/web'))!;
			for (const [s, messages] of steps(clientNode, backendNode, backend.key).entries())
				for (const progress of [0.1, 0.5, 0.9, 1]) {
					const frame = messages.map((m) => ({ ...m, progress }));
					const placed = placeMessages(l, frame, { reducedMotion: false, measure, ends });
					expect(placed).toHaveLength(frame.length);
					// every chip when there is room for that, else the chips the packets leave and enter
					const chips = strictChips
						? [...ends.values()].filter((e) => e.kind === 'pod')
						: chipsOf(frame.flatMap((m) => [m.from, m.to]));
					for (const p of problems(l, placed, chips))
						found.push(
							`${size.width}×${size.height} → ${backendNode}, step ${s + 1} at ${progress}: ${p}`
						);
				}
		}
	}
	return found;
}

describe('packet labels', () => {
	it('stay clear of actors, names, pod chips, each other and the arrows (3 nodes)', () => {
		expect(check(3, 'node-2', ['node-1', 'node-2', 'node-3'], true)).toEqual([]);
	});

	it('stay clear of the kernel strips too, where the picture has them (3 and 10 nodes)', () => {
		expect(check(3, 'node-2', ['node-1', 'node-2', 'node-3'], true, true)).toEqual([]);
		expect(check(10, 'node-2', ['node-1', 'node-3', 'node-8'], false, true)).toEqual([]);
	});

	it('stay clear of actors, names, each other, the arrows and their own pods (10 nodes)', () => {
		expect(check(10, 'node-2', ['node-1', 'node-2', 'node-3', 'node-8'], false)).toEqual([]);
		expect(check(10, 'node-7', ['node-6', 'node-9', 'node-3'], false)).toEqual([]);
	});

	it('sit inside the node of a packet between a pod and its node', () => {
		const nodes = names(3);
		const l = layout(nodes);
		const ends = endsFor(l, podsFor(nodes, 'node-2'));
		const [placed] = placeMessages(
			l,
			[packet('a', podEnd('default/client'), nodeEnd('node-2'), 'SYN → 10.104.13.7:80')],
			{ reducedMotion: false, measure, ends }
		);
		const node = l.nodes.find((d) => d.name === 'node-2')!;
		const { x, y, width, height } = placed.pill;
		expect(x >= node.x && x + width <= node.x + node.width).toBe(true);
		expect(y >= node.y && y + height <= node.y + node.height).toBe(true);
	});
});

describe('a message from kube-proxy to itself (iptables-restore on every node)', () => {
	it.each([3, 10])('sits in its node, clear of the names and of each other (%i nodes)', (n) => {
		const nodes = names(n);
		for (const size of SIZES) {
			const l = layout(nodes, size);
			const messages: MessageView[] = nodes.map((node, i) => ({
				id: `r${i}`,
				from: `kube-proxy@${node}`,
				to: `kube-proxy@${node}`,
				label: 'iptables-restore --noflush',
				kind: 'request',
				progress: 1,
				lane: 0
			}));
			const placed = placeMessages(l, messages, { reducedMotion: false, measure });
			expect(problems(l, placed, []), `${size.width}×${size.height}`).toEqual([]);
			for (const [i, p] of placed.entries()) {
				// level with its own node, not the one beside it
				const node = l.nodes[i];
				expect(p.pill.y).toBeGreaterThanOrEqual(node.y);
				expect(p.pill.y + p.pill.height).toBeLessThanOrEqual(node.y + node.height);
				expect(p.pill.x + p.pill.width / 2).toBeGreaterThan(node.x);
				expect(p.pill.x + p.pill.width / 2).toBeLessThan(node.x + node.width);
			}
		}
	});
});

describe('kube-proxy writing its rules into its node’s kernel (iptables-restore on every node)', () => {
	it.each([3, 10])(
		'goes straight into the strip, its label in its node, clear of the rest (%i nodes)',
		(n) => {
			const nodes = names(n);
			for (const size of SIZES) {
				const l = layout(nodes, size, { kernel: true });
				const ends = endsFor(l, []);
				const messages: MessageView[] = nodes.map((node, i) => ({
					id: `r${i}`,
					from: `kube-proxy@${node}`,
					to: nodeEnd(node),
					label: 'iptables-restore --noflush',
					kind: 'request',
					progress: 1,
					lane: 0
				}));
				const placed = placeMessages(l, messages, { reducedMotion: false, measure, ends });
				expect(problems(l, placed, []), `${size.width}×${size.height}`).toEqual([]);
				for (const [i, p] of placed.entries()) {
					const node = l.nodes[i];
					const kernel = node.kernel!;
					const proxy = l.actors.find((a) => a.id === `kube-proxy@${node.name}`)!;
					// a vertical arrow from kube-proxy's edge to the strip's, long enough for its head
					expect(p.start[0]).toBe(p.end[0]);
					expect(p.start[0]).toBe(proxy.x + proxy.width / 2);
					expect([kernel.y, kernel.y + kernel.height]).toContain(p.end[1]);
					expect(Math.abs(p.end[1] - p.start[1])).toBeGreaterThanOrEqual(ARROW + 6);
					expect(p.pill.y).toBeGreaterThanOrEqual(node.y);
					expect(p.pill.y + p.pill.height).toBeLessThanOrEqual(node.y + node.height);
				}
			}
		}
	);
});

describe('the kernel strip', () => {
	it.each([3, 8, 20])(
		'spans each node between its actors and the control plane (%i nodes)',
		(n) => {
			const l = layout(names(n), { width: 1392, height: 929 }, { kernel: true });
			for (const node of l.nodes) {
				const k = node.kernel!;
				expect(k.x).toBeGreaterThanOrEqual(node.x);
				expect(k.x + k.width).toBeLessThanOrEqual(node.x + node.width);
				expect(k.width).toBeGreaterThan(node.width - 10);
				const actors = l.actors.filter((a) => a.node === node.name);
				for (const a of actors) expect(overlaps(a, k), `${a.id}`).toBe(false);
				expect(overlaps(node.pods, k)).toBe(false);
				expect(overlaps(headerBox(node), { ...k, y: k.y + 2, height: k.height - 2 })).toBe(false);
				// on the control plane's side of the actors
				const row = actors.find((a) => a.id.startsWith('kube-proxy'))!;
				if (node.facing === 'up') expect(k.y + k.height).toBeLessThan(row.y);
				else expect(k.y).toBeGreaterThan(row.y + row.height);
			}
			// the node end of a packet is the strip
			expect(endsFor(l).get(nodeEnd(l.nodes[0].name))).toMatchObject(l.nodes[0].kernel!);
		}
	);

	it.each([3, 8, 20])('has a wire per row that packets between nodes follow (%i nodes)', (n) => {
		const l = layout(names(n), { width: 1392, height: 929 }, { kernel: true });
		const wires = wiresOf(l);
		const rows = new Set(l.nodes.map((d) => `${d.facing}${d.y}`));
		expect(wires).toHaveLength(rows.size);
		for (const w of wires)
			for (const t of w.stubs) {
				const node = l.nodes.find((d) => d.x + d.width / 2 === t.x && wireY(d) === w.y)!;
				// outside the node, on its kernel's side, and reaching its edge
				expect(t.y2).toBe(node.facing === 'up' ? node.y : node.y + node.height);
				expect(node.facing === 'up' ? w.y < node.y : w.y > node.y + node.height).toBe(true);
			}
		// a packet from a row's first node to its last crosses no node on the way
		const ends = endsFor(l);
		const row = l.nodes.filter((d) => d.y === l.nodes[0].y);
		const path = pathEnds(l, ends.get(nodeEnd(row[0].name))!, ends.get(nodeEnd(row.at(-1)!.name))!);
		for (const d of l.nodes) expect(segmentHitsBox(path.start, path.end, d), d.name).toBe(false);
	});

	it('is not drawn in pictures without the data path', () => {
		expect(layout(names(3)).nodes.every((n) => n.kernel === undefined)).toBe(true);
	});
});
