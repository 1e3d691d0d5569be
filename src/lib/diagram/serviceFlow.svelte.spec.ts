/**
 * What the Service flow needs of the diagram: packets between pod chips and nodes, kube-proxy's
 * sync state, actor tooltips, pod IPs, and nodes joining mid-flow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActorView, DiagramLabels, Frame, MessageView, PodView } from '$lib/player/frameTypes';
import { STATE_COLOR } from './actorState';
import { endsFor, headerBox } from './endpoints';
import { layout, nodeActorIds, type Box } from './layout';
import { ARROW } from './messagePlacement';
import { render } from './render';
import { COLOR, KIND_COLOR } from './theme';
import { contrast } from './contrast';

const labels: DiagramLabels = {
	controlPlane: 'Control plane',
	user: 'you',
	ariaLabel: 'Cluster diagram',
	proxyState: { watching: 'watching', syncing: 'syncing', synced: 'synced' },
	proxyTitle: (p) => `${p.pod} — pod of DaemonSet kube-system/kube-proxy (${p.state})`
};

const NODES = ['node-1', 'node-2', 'node-3'];
const CLIENT = 'pod:default/client';
const WEB = 'pod:default/web-7d4b9c8f6-x2k9p';
const PODS: PodView[] = [
	{
		key: 'default/client',
		node: 'node-2',
		ip: '10.244.2.9',
		phase: 'Running',
		status: 'Running',
		subject: true
	},
	{
		key: 'default/web-7d4b9c8f6-x2k9p',
		node: 'node-1',
		ip: '10.244.1.3',
		phase: 'Running',
		status: 'Running',
		subject: false
	},
	{
		key: 'kube-system/coredns-5d78c9869d-8xk2p',
		node: 'node-3',
		phase: 'Pending',
		status: 'ContainerCreating',
		subject: false
	}
];

const packet = (
	id: string,
	from: string,
	to: string,
	label: string,
	over: Partial<MessageView> = {}
): MessageView => ({
	id,
	from,
	to,
	label,
	kind: 'packet',
	progress: 1,
	lane: 0,
	...over
});

function actors(
	nodes: string[],
	over: (id: string) => Partial<ActorView> = () => ({})
): ActorView[] {
	return [
		'kubectl',
		'kube-apiserver',
		'etcd',
		'kube-scheduler',
		'kube-controller-manager',
		...nodes.flatMap(nodeActorIds)
	].map((id) => ({ id, active: false, ...over(id) }));
}

/** A frame; unless given, the step at rest is its messages arrived, with its pods. */
function frame(over: Partial<Frame> = {}): Frame {
	const f = { nodes: NODES, actors: actors(NODES), messages: [], pods: PODS, ...over };
	return {
		...f,
		resting: over.resting ?? f.messages.map((m) => ({ ...m, progress: 1 })),
		restPods: over.restPods ?? f.pods
	};
}

let svg: SVGSVGElement;
function freshSvg(): SVGSVGElement {
	svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.appendChild(svg);
	return svg;
}
afterEach(() => {
	document.body.innerHTML = '';
});

const q = <E extends Element = SVGGElement>(sel: string) => svg.querySelector<E>(sel)!;
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const rectOf = (el: Element): Box => ({
	x: num(el, 'x'),
	y: num(el, 'y'),
	width: num(el, 'width'),
	height: num(el, 'height')
});
const overlaps = (p: Box, r: Box) =>
	p.x < r.x + r.width && r.x < p.x + p.width && p.y < r.y + r.height && r.y < p.y + p.height;
/** distance from a point to a box, 0 inside or on its edge */
const away = ([x, y]: number[], b: Box) =>
	Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height));

/** Where a drawn message starts and (at rest) ends, read from its trail and arrowhead. */
function endsOf(id: string): { start: number[]; end: number[] } {
	const g = q(`[data-message="${id}"]`);
	const trail = g.querySelector('.ks-trail')!;
	const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(
		g.querySelector('.ks-arrow')!.getAttribute('transform')!
	)!;
	return { start: [num(trail, 'x1'), num(trail, 'y1')], end: [Number(m[1]), Number(m[2])] };
}

const chipOf = (key: string) => rectOf(q(`[data-pod="${key}"] .ks-chip`));
const headerOf = (name: string) => headerBox(layout(NODES).nodes.find((n) => n.name === name)!);

describe('packets', () => {
	const messages = [
		packet('s1-m0', CLIENT, 'node:node-2', 'SYN → 10.104.13.7:80'),
		packet('s1-m1', 'node:node-2', 'node:node-1', 'SYN → 10.244.1.3:8080'),
		packet('s1-m2', 'node:node-1', WEB, 'SYN → 10.244.1.3:8080')
	];

	it('draw between pod chips and nodes with their ids, kind, label and colour', () => {
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		for (const m of messages) {
			const g = q(`[data-message="${m.id}"]`);
			expect(g.getAttribute('data-from')).toBe(m.from);
			expect(g.getAttribute('data-to')).toBe(m.to);
			expect(g.getAttribute('data-kind')).toBe('packet');
			expect(g.getAttribute('data-resting')).toBe('true');
			expect(g.textContent).toBe(m.label);
			expect(g.querySelector('.ks-pill')!.getAttribute('stroke')).toBe(KIND_COLOR.packet);
			expect(g.querySelector('.ks-arrow')!.getAttribute('display')).toBeNull();
			expect(g.querySelector('.ks-arrow')!.getAttribute('fill')).toBe(KIND_COLOR.packet);
		}
		// no link of the layout carries a packet
		expect(svg.querySelector('[data-link][data-busy="true"]')).toBeNull();
	});

	it('start and end on the boxes they name: the chip, the node header', () => {
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		const client = chipOf('default/client');
		const web = chipOf('default/web-7d4b9c8f6-x2k9p');
		const [n1, n2] = [headerOf('node-1'), headerOf('node-2')];
		const near = (p: number[], b: Box) => away(p, b) <= 0.01;
		let e = endsOf('s1-m0');
		expect(near(e.start, client) && near(e.end, n2), 'pod → node').toBe(true);
		e = endsOf('s1-m1');
		expect(near(e.start, n2) && near(e.end, n1), 'node → node').toBe(true);
		e = endsOf('s1-m2');
		expect(near(e.start, n1) && near(e.end, web), 'node → pod').toBe(true);
		// and a packet on its way is between them
		render(svg, frame({ messages: [{ ...messages[2], progress: 0.5 }] }), labels, {
			reducedMotion: false
		});
		const dot = q('[data-message="s1-m2"] .ks-packet');
		const at = [num(dot, 'cx'), num(dot, 'cy')];
		expect(at[1]).toBeGreaterThan(n1.y + n1.height);
		expect(at[1]).toBeLessThan(web.y);
	});

	it('go back the same way: the reply from the backend to the client, on the same node too', () => {
		const reply = [
			packet('r0', WEB, 'node:node-1', 'SYN-ACK ← 10.244.1.3:8080'),
			packet('r1', 'node:node-1', 'node:node-2', 'SYN-ACK ← 10.244.1.3:8080'),
			packet('r2', 'node:node-2', CLIENT, 'SYN-ACK ← 10.104.13.7:80')
		];
		render(freshSvg(), frame({ messages: [...messages, ...reply] }), labels, {
			reducedMotion: false
		});
		const there = endsOf('s1-m1');
		const back = endsOf('r1');
		// the second message of a pair takes a parallel track, a few units off
		expect(Math.abs(back.start[1] - there.end[1])).toBeLessThanOrEqual(8);
		expect(Math.abs(back.end[0] - there.start[0])).toBeLessThanOrEqual(ARROW);
		// the same node: node-2 hands the packet to the client
		render(
			freshSvg(),
			frame({ messages: [packet('x', 'node:node-2', CLIENT, 'SYN → 10.244.2.9:8080')] }),
			labels,
			{
				reducedMotion: false
			}
		);
		const e = endsOf('x');
		expect(away(e.start, headerOf('node-2'))).toBeLessThanOrEqual(0.01);
		expect(away(e.end, chipOf('default/client'))).toBeLessThanOrEqual(0.01);
	});

	it('are dropped, not thrown, when an end is not in the picture', () => {
		const bad = [
			packet('a', 'pod:default/ghost', 'node:node-2', 'x'),
			packet('b', 'node:node-2', 'node:node-9', 'x'),
			packet('c', 'node-2', 'node:node-1', 'x'),
			packet('d', 'pod:kube-system/coredns-5d78c9869d-8xk2p', 'pod:default/web', 'x'),
			packet('ok', CLIENT, 'node:node-2', 'SYN → 10.104.13.7:80')
		];
		expect(() =>
			render(freshSvg(), frame({ messages: bad }), labels, { reducedMotion: false })
		).not.toThrow();
		expect(
			[...svg.querySelectorAll('[data-message]')].map((g) => g.getAttribute('data-message'))
		).toEqual(['ok']);
		// a pod whose node is not drawn has no chip to start from either
		const lost = [{ ...PODS[0], node: 'node-7' }, ...PODS.slice(1)];
		render(svg, frame({ pods: lost, messages: [bad[4]] }), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-message]')).toBeNull();
	});

	it.each([3, 10])('have pills clear of actors, node names and each other (%i nodes)', (n) => {
		const nodes = Array.from({ length: n }, (_, i) => `node-${i + 1}`);
		const pods: PodView[] = nodes.flatMap((node, i) => [
			{
				key: `default/web-${i}`,
				node,
				ip: `10.244.${i}.3`,
				phase: 'Running',
				status: 'Running',
				subject: false
			},
			{ key: `default/api-${i}`, node, phase: 'Running', status: 'Running', subject: false },
			{ key: `default/db-${i}`, node, phase: 'Pending', status: 'Pending', subject: false }
		]);
		pods.push({
			key: 'default/client',
			node: 'node-2',
			phase: 'Running',
			status: 'Running',
			subject: true
		});
		const far = n === 3 ? 'node-3' : 'node-8';
		const ms = [
			packet('m0', CLIENT, 'node:node-2', 'SYN → 10.104.13.7:80', { progress: 1 }),
			packet('m1', 'node:node-2', `node:${far}`, 'SYN → 10.244.8.3:8080', { progress: 0.6 }),
			packet(
				'm2',
				`node:${far}`,
				`pod:default/web-${Number(far.slice(5)) - 1}`,
				'SYN → 10.244.8.3:8080',
				{
					progress: 0.3
				}
			),
			packet('m3', `node:${far}`, 'node:node-2', 'SYN-ACK ← 10.244.8.3:8080', {
				progress: 0.2,
				lane: 1
			})
		];
		const f = frame({ nodes, actors: actors(nodes), messages: ms, pods });
		render(freshSvg(), f, labels, { reducedMotion: false });
		const l = layout(nodes);
		const pills = ms.map((m) => rectOf(q(`[data-message="${m.id}"] .ks-pill`)));
		const hard = [...l.actors, ...l.nodes.map(headerBox), l.controlPlaneTitle];
		for (const [i, p] of pills.entries()) {
			for (const b of hard)
				expect(overlaps(p, b), `${ms[i].id} on ${JSON.stringify(b)}`).toBe(false);
			for (const other of pills.slice(i + 1)) expect(overlaps(p, other)).toBe(false);
			// the client chip, which the step is about, stays readable
			expect(overlaps(p, chipOf('default/client')), `${ms[i].id} on the client`).toBe(false);
			expect(q(`[data-message="${ms[i].id}"] .ks-label`).textContent).toBe(ms[i].label);
		}
		expect(endsFor(l, pods).size).toBe(l.actors.length + n + pods.length);
	});
});

describe('kube-proxy state', () => {
	const withState = (state: ActorView['state'], pod?: string) =>
		frame({
			actors: actors(NODES, (id) =>
				id === 'kube-proxy@node-1'
					? { state, pod }
					: id === 'kube-proxy@node-2'
						? { state: 'synced' }
						: {}
			)
		});

	it('marks the actor with data-state, a coloured dot and the word, and takes them away again', () => {
		render(freshSvg(), withState('syncing'), labels, { reducedMotion: false });
		const g = q('[data-actor="kube-proxy@node-1"]');
		expect(g.getAttribute('data-state')).toBe('syncing');
		expect(g.querySelector('.ks-dot')!.getAttribute('fill')).toBe(STATE_COLOR.syncing);
		expect(g.querySelector('.ks-word')!.textContent).toBe('syncing');
		expect(q('[data-actor="kube-proxy@node-2"]').getAttribute('data-state')).toBe('synced');
		expect(q('[data-actor="kube-proxy@node-2"] .ks-dot').getAttribute('fill')).toBe(
			STATE_COLOR.synced
		);
		// the name stays whole and readable, inside its box, above or beside the mark
		const label = g.querySelector('.ks-label')!;
		expect(label.textContent).toBe('kube-proxy');
		expect(num(label, 'font-size')).toBeGreaterThanOrEqual(12);
		const box = rectOf(g.querySelector('.ks-box')!);
		const dot = g.querySelector('.ks-dot')!;
		expect(away([num(dot, 'cx'), num(dot, 'cy')], box)).toBe(0);
		expect(away([num(label, 'x'), num(label, 'y')], box)).toBe(0);

		render(svg, withState('synced'), labels, { reducedMotion: false });
		expect(g.getAttribute('data-state')).toBe('synced');
		expect(g.querySelector('.ks-word')!.textContent).toBe('synced');

		render(svg, withState(undefined), labels, { reducedMotion: false });
		expect(g.hasAttribute('data-state')).toBe(false);
		expect(g.querySelector('.ks-state')).toBeNull();
		expect(num(g.querySelector('.ks-label')!, 'y')).toBe(box.y + box.height / 2);
		expect(num(g.querySelector('.ks-label')!, 'x')).toBe(box.x + box.width / 2);
	});

	it('draws nothing new in the pod flow, where no actor has a state or a pod', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-state], .ks-state, [data-actor] > title')).toBeNull();
	});

	it('keeps the dot alone on a narrow box, the word then in the tooltip', () => {
		const long = {
			...labels,
			proxyState: { watching: 'watching', syncing: 'synchronising the rules', synced: 'synced' }
		};
		// ten nodes: kube-proxy boxes at their narrowest
		const nodes = Array.from({ length: 10 }, (_, i) => `node-${i + 1}`);
		const f = frame({
			nodes,
			pods: [],
			actors: actors(nodes, (id) =>
				id === 'kube-proxy@node-1' ? { state: 'syncing', pod: 'kube-proxy-6xq2b' } : {}
			)
		});
		render(freshSvg(), f, long, { reducedMotion: false });
		const g = q('[data-actor="kube-proxy@node-1"]');
		expect(rectOf(g.querySelector('.ks-box')!).width).toBeLessThan(120);
		expect(g.querySelector('.ks-dot')).not.toBeNull();
		expect(g.querySelector('.ks-word')!.getAttribute('display')).toBe('none');
		expect(g.firstElementChild!.tagName.toLowerCase()).toBe('title');
		// the word the box had no room for is in the tooltip, once
		expect(g.firstElementChild!.textContent).toBe(
			'kube-proxy-6xq2b — pod of DaemonSet kube-system/kube-proxy (synchronising the rules)'
		);
	});

	it('uses state colours that read on white and on an active box', () => {
		for (const colour of Object.values(STATE_COLOR)) {
			expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
			expect(contrast(colour, COLOR.activeFill)).toBeGreaterThanOrEqual(4.5);
		}
		expect(new Set(Object.values(STATE_COLOR)).size).toBe(3);
	});
});

describe('tooltips and pod IPs', () => {
	it('gives kube-proxy a tooltip naming its pod, first in its group, and takes it away', () => {
		const title = 'kube-proxy-6xq2b — pod of DaemonSet kube-system/kube-proxy (synced)';
		const f = (pod?: string) =>
			frame({
				actors: actors(NODES, (id) =>
					id === 'kube-proxy@node-2' && pod ? { state: 'synced', pod } : {}
				)
			});
		render(freshSvg(), f('kube-proxy-6xq2b'), labels, { reducedMotion: false });
		const g = q('[data-actor="kube-proxy@node-2"]');
		expect(g.firstElementChild!.tagName.toLowerCase()).toBe('title');
		expect(g.firstElementChild!.textContent).toBe(title);
		expect(g.querySelectorAll('title')).toHaveLength(1);
		render(svg, f('kube-proxy-6xq2b'), labels, { reducedMotion: false });
		expect(g.querySelectorAll('title')).toHaveLength(1);
		render(svg, f(undefined), labels, { reducedMotion: false });
		expect(g.querySelector('title')?.textContent ?? '').toBe('');
	});

	it('puts a pod IP in the chip tooltip and data-ip, not on the chip', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const web = q('[data-pod="default/web-7d4b9c8f6-x2k9p"]');
		expect(web.getAttribute('data-ip')).toBe('10.244.1.3');
		expect(web.querySelector('title')!.textContent).toBe(
			'default/web-7d4b9c8f6-x2k9p — Running — 10.244.1.3'
		);
		expect(web.querySelector('.ks-name')!.textContent).not.toContain('10.244');
		expect(web.querySelector('.ks-status')!.textContent).not.toContain('10.244');
		const dns = q('[data-pod="kube-system/coredns-5d78c9869d-8xk2p"]');
		expect(dns.hasAttribute('data-ip')).toBe(false);
		expect(dns.querySelector('title')!.textContent).toBe(
			'kube-system/coredns-5d78c9869d-8xk2p — ContainerCreating'
		);
	});

	it('gives packets a colour of their own that reads on white', () => {
		for (const [kind, colour] of Object.entries(KIND_COLOR))
			if (kind !== 'packet') expect(colour).not.toBe(KIND_COLOR.packet);
		expect(contrast(KIND_COLOR.packet, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});
});

describe('redrawing', () => {
	it('changes nothing in the DOM when the same Service frame is drawn again', async () => {
		const f = () =>
			frame({
				actors: actors(NODES, (id) =>
					id.startsWith('kube-proxy@')
						? { state: id.endsWith('1') ? 'syncing' : 'synced', title: `${id} pod` }
						: {}
				),
				messages: [
					packet('a', CLIENT, 'node:node-2', 'SYN → 10.104.13.7:80'),
					packet('b', 'node:node-2', 'node:node-1', 'SYN → 10.244.1.3:8080', { progress: 0.4 })
				]
			});
		render(freshSvg(), f(), labels, { reducedMotion: false });
		const records: MutationRecord[] = [];
		const observer = new MutationObserver((r) => records.push(...r));
		observer.observe(svg, {
			subtree: true,
			attributes: true,
			childList: true,
			characterData: true
		});
		for (let i = 0; i < 3; i++) render(svg, f(), labels, { reducedMotion: false });
		await new Promise((r) => setTimeout(r, 0));
		records.push(...observer.takeRecords());
		observer.disconnect();
		expect(records.map((r) => `${r.type} ${r.attributeName ?? ''}`)).toEqual([]);
	});
});

describe('a node joining mid-flow', () => {
	it('adds its box, actors and pods, lays the picture out again and draws packets to it', () => {
		render(
			freshSvg(),
			frame({
				nodes: ['node-1', 'node-2'],
				actors: actors(['node-1', 'node-2']),
				pods: PODS.slice(0, 2)
			}),
			labels,
			{
				reducedMotion: false
			}
		);
		expect(svg.querySelectorAll('[data-node]')).toHaveLength(2);
		expect(svg.querySelector('[data-actor="kube-proxy@node-3"]')).toBeNull();
		const kubelet = q('[data-actor="kubelet@node-1"]');
		const before = rectOf(kubelet.querySelector('.ks-box')!);

		const pods = [
			...PODS,
			{
				key: 'default/web-new',
				node: 'node-3',
				phase: 'Running',
				status: 'Running',
				subject: false
			} as PodView
		];
		const grown = frame({
			actors: actors(NODES, (id) =>
				id === 'kube-proxy@node-3' ? { state: 'syncing', active: true } : {}
			),
			pods,
			messages: [
				packet('p', 'node:node-2', 'node:node-3', 'SYN → 10.244.3.3:8080'),
				packet('q', 'node:node-3', 'pod:default/web-new', 'SYN → 10.244.3.3:8080')
			]
		});
		render(svg, grown, labels, { reducedMotion: false });
		expect(svg.getAttribute('viewBox')).toBe(layout(NODES).viewBox);
		expect(
			[...svg.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'))
		).toEqual(NODES);
		for (const id of nodeActorIds('node-3'))
			expect(svg.querySelector(`[data-actor="${id}"]`), id).not.toBeNull();
		const proxy = q('[data-actor="kube-proxy@node-3"]');
		expect(proxy.getAttribute('data-active')).toBe('true');
		expect(proxy.getAttribute('data-state')).toBe('syncing');
		// the same element for node-1's kubelet, moved to its place in the new layout
		expect(q('[data-actor="kubelet@node-1"]')).toBe(kubelet);
		expect(rectOf(kubelet.querySelector('.ks-box')!)).not.toEqual(before);
		const chip = chipOf('default/web-new');
		const node3 = layout(NODES).nodes[2];
		expect(chip.x).toBeGreaterThanOrEqual(node3.pods.x);
		expect(chip.x + chip.width).toBeLessThanOrEqual(node3.pods.x + node3.pods.width);
		expect(svg.querySelectorAll('[data-message]')).toHaveLength(2);
		expect(away(endsOf('q').end, chip)).toBeLessThanOrEqual(0.01);
		expect(away(endsOf('p').end, headerBox(node3))).toBeLessThanOrEqual(0.01);
	});
});

describe('the kernel strips of the data path', () => {
	const kernelLayout = layout(NODES, undefined, { kernel: true });
	const withKernel = { ...labels, kernel: 'kernel · netfilter · conntrack' };
	const messages = [
		packet('k0', CLIENT, 'node:node-2', 'SYN 10.244.2.9 → 10.104.13.7:80'),
		packet('k1', 'node:node-2', 'node:node-1', 'SYN 10.244.2.9 → 10.244.1.3:8080', {
			progress: 0
		})
	];

	it('are drawn in every node, and the one a packet is in stands out', () => {
		render(freshSvg(), frame({ messages: [messages[0]] }), withKernel, {
			reducedMotion: false,
			layout: kernelLayout
		});
		// one row of nodes: one wire between them
		expect(svg.querySelectorAll('path.ks-wire')).toHaveLength(1);
		const strips = [...svg.querySelectorAll('[data-kernel]')];
		expect(strips.map((s) => s.getAttribute('data-kernel'))).toEqual(NODES);
		for (const s of strips) expect(s.textContent).toBe('kernel · netfilter · conntrack');
		const busy = strips.filter((s) => s.getAttribute('data-active') === 'true');
		expect(busy.map((s) => s.getAttribute('data-kernel'))).toEqual(['node-2']);
		// the packet from the client ends on node-2's strip, not beside kube-proxy
		const k = kernelLayout.nodes[1].kernel!;
		expect(away(endsOf('k0').end, k)).toBeLessThanOrEqual(0.01);
		const drawn = rectOf(q('[data-kernel="node-2"] .ks-kernel-strip'));
		for (const key of ['x', 'y', 'width', 'height'] as const)
			expect(drawn[key]).toBeCloseTo(k[key], 1);
	});

	it('light up as the packet moves on, and are not drawn without the data path', () => {
		render(freshSvg(), frame({ messages }), withKernel, {
			reducedMotion: false,
			layout: kernelLayout
		});
		const busy = () =>
			[...svg.querySelectorAll('[data-kernel][data-active="true"]')].map((s) =>
				s.getAttribute('data-kernel')
			);
		expect(busy()).toEqual(['node-1', 'node-2']);
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-kernel]')).toBeNull();
		expect(svg.querySelector('path.ks-wire')).toBeNull();
	});
});
