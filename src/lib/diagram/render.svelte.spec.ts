import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { frameAt, timeAxis } from '$lib/player/frame';
import type { DiagramLabels, Frame, MessageView, PodView } from '$lib/player/frameTypes';
import Diagram from './Diagram.svelte';
import { layout, nodeActorIds, type Box } from './layout';
import { podSlots } from './pods';
import { prepare, render, restingLabels } from './render';
import { FONT, KIND_COLOR, estimateTextWidth } from './theme';
import { contrast } from './contrast';

const labels: DiagramLabels = {
	controlPlane: 'Control plane',
	user: 'you',
	ariaLabel: 'Cluster diagram: kubectl sends a pod to kube-apiserver'
};

const NODES = ['node-1', 'node-2'];
const ACTORS = [
	'kubectl',
	'kube-apiserver',
	'etcd',
	'kube-scheduler',
	'kube-controller-manager',
	...NODES.flatMap(nodeActorIds)
];

const msg = (
	over: Partial<MessageView> & Pick<MessageView, 'id' | 'from' | 'to'>
): MessageView => ({
	label: `label of ${over.id}`,
	kind: 'request',
	progress: 1,
	lane: 0,
	...over
});

const pod = (key: string, over: Partial<PodView> = {}): PodView => ({
	key,
	node: 'node-1',
	phase: 'Running',
	status: 'Running',
	subject: false,
	...over
});

/** A frame; unless given, the step at rest is its messages arrived, with its pods. */
function frame(over: Partial<Frame> = {}): Frame {
	const f = {
		nodes: NODES,
		actors: ACTORS.map((id) => ({ id, active: id === 'kubectl' || id === 'kube-apiserver' })),
		messages: [
			msg({
				id: 's0-m0',
				from: 'kubectl',
				to: 'kube-apiserver',
				label: 'POST /api/v1/namespaces/default/pods',
				progress: 0.5
			})
		],
		pods: [
			pod('default/nginx', { phase: 'Pending', status: 'ContainerCreating', subject: true }),
			pod('kube-system/coredns-abc', { node: 'node-2' })
		],
		...over
	};
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
const pill = (id: string) => rectOf(q(`[data-message="${id}"] .ks-pill`));
const packet = (id: string) => {
	const c = q(`[data-message="${id}"] .ks-packet`);
	return [num(c, 'cx'), num(c, 'cy')];
};

describe('render', () => {
	it('labels the picture for assistive technology and sets the viewBox', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe(labels.ariaLabel);
		expect(svg.getAttribute('viewBox')).toBe(layout(NODES).viewBox);
		expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
	});

	it('lays the picture out for the container it fills, or takes the layout it is given', () => {
		const big = { width: 1450, height: 950 };
		render(freshSvg(), frame(), labels, { reducedMotion: false, size: big });
		expect(svg.getAttribute('viewBox')).toBe(layout(NODES, big).viewBox);
		const next = frame();
		next.messages[0].progress = 0.9;
		const given = layout(NODES, { width: 1000, height: 700 });
		render(svg, next, labels, { reducedMotion: false, size: big, layout: given });
		expect(svg.getAttribute('viewBox')).toBe(given.viewBox);
		const before = [...svg.querySelectorAll('*')];
		const small = { width: 880, height: 590 };
		render(svg, next, labels, { reducedMotion: false, size: small });
		expect(svg.getAttribute('viewBox')).toBe(layout(NODES, small).viewBox);
		// the same elements, moved: keyed joins survive a resize
		const after = [...svg.querySelectorAll('*')];
		expect(after).toHaveLength(before.length);
		after.forEach((el, i) => expect(el).toBe(before[i]));
	});

	it('draws every actor with data-actor and data-active', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const drawn = [...svg.querySelectorAll('[data-actor]')];
		expect(drawn.map((el) => el.getAttribute('data-actor')).sort()).toEqual([...ACTORS].sort());
		expect(q('[data-actor="kube-apiserver"]').getAttribute('data-active')).toBe('true');
		expect(q('[data-actor="etcd"]').getAttribute('data-active')).toBe('false');
		expect(q('[data-actor="kube-apiserver"] .ks-halo').getAttribute('display')).toBeNull();
		expect(q('[data-actor="etcd"] .ks-halo').getAttribute('display')).toBe('none');
		expect(num(q('[data-actor="kube-apiserver"] .ks-box'), 'stroke-width')).toBeGreaterThan(
			num(q('[data-actor="etcd"] .ks-box'), 'stroke-width')
		);
	});

	it('marks the picture as focused while actors are at work, so the others step back', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		expect(svg.getAttribute('data-focus')).toBe('true');
		const idle = frame({ actors: ACTORS.map((id) => ({ id, active: false })) });
		render(svg, idle, labels, { reducedMotion: false });
		expect(svg.hasAttribute('data-focus')).toBe(false);
	});

	it("draws a step's marks on the node boxes, and takes them away after it", () => {
		const marked = frame({
			marks: { 'node-1': { verdict: 'chosen', score: 390 }, 'node-2': { verdict: 'unfit' } }
		});
		render(freshSvg(), marked, labels, { reducedMotion: false });
		expect(q('[data-node="node-1"]').getAttribute('data-verdict')).toBe('chosen');
		expect(q('[data-node="node-1"] .ks-mark text').textContent).toBe('★ 390');
		expect(q('[data-node="node-2"] .ks-mark text').textContent).toBe('✗');
		const title = rectOf(q('[data-node="node-1"] .ks-frame'));
		const mark = rectOf(q('[data-node="node-1"] .ks-mark rect'));
		expect(mark.x).toBeGreaterThanOrEqual(title.x);
		expect(mark.x + mark.width).toBeLessThanOrEqual(title.x + title.width);
		render(svg, frame(), labels, { reducedMotion: false });
		expect(q('[data-node="node-1"]').hasAttribute('data-verdict')).toBe(false);
		expect(svg.querySelector('[data-node="node-1"] .ks-mark')).toBeNull();
	});

	it('names actors, node boxes, the control plane and the user', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		expect(q('[data-actor="kube-scheduler"] .ks-label').textContent).toBe('kube-scheduler');
		expect(q('[data-actor="kubelet@node-2"] .ks-label').textContent).toBe('kubelet');
		expect(q('[data-actor="container-runtime@node-1"] .ks-label').textContent).toBe(
			'container runtime'
		);
		expect(q('[data-node="node-2"] .ks-title').textContent).toBe('node-2');
		expect(q('.ks-cp .ks-title').textContent).toBe('Control plane');
		expect(q('[data-actor="kubectl"]').textContent).toContain('kubectl');
		expect(q('[data-actor="kubectl"] .ks-caption').textContent).toBe('you');
	});

	it('draws a message with its ids, kind and label in a pill wide enough for the text', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const m = q('[data-message="s0-m0"]');
		expect(m.getAttribute('data-from')).toBe('kubectl');
		expect(m.getAttribute('data-to')).toBe('kube-apiserver');
		expect(m.getAttribute('data-kind')).toBe('request');
		expect(m.getAttribute('data-resting')).toBe('false');
		expect(m.querySelector('text')!.textContent).toBe('POST /api/v1/namespaces/default/pods');
		// happy-dom cannot measure text: the estimate is ~7px a character at 12px
		expect(pill('s0-m0').width).toBeGreaterThan(36 * 6.5);
		expect(m.querySelector('.ks-arrow')!.getAttribute('display')).toBe('none');
	});

	it('highlights the links that carry a message', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		expect(q('[data-link="kubectl--kube-apiserver"]').getAttribute('data-busy')).toBe('true');
		expect(q('[data-link="kube-apiserver--etcd"]').getAttribute('data-busy')).toBe('false');
	});

	it('moves the packet along the link with progress; the label waits where it rests, fading in', () => {
		const l = layout(NODES);
		const link = l.links.find((k) => k.id === 'kubectl--kube-apiserver')!;
		const step = [msg({ id: 'm', from: 'kubectl', to: 'kube-apiserver' })];
		const at = (progress: number) => {
			render(svg, frame({ messages: [{ ...step[0], progress }], resting: step }), labels, {
				reducedMotion: false
			});
			const opacity = q('[data-message="m"]').getAttribute('opacity');
			return { packet: packet('m'), pill: pill('m'), opacity };
		};
		freshSvg();
		const start = at(0);
		expect(start.packet).toEqual([link.x1, link.y1]);
		const early = at(0.05);
		const late = at(0.8);
		const rest = at(1);
		expect(early.packet[0]).toBeGreaterThan(link.x1);
		expect(late.packet[0]).toBeGreaterThan(early.packet[0]);
		expect(late.packet[0]).toBeLessThan(link.x2);
		// the label is where it rests from the moment its message leaves: frames only move the packet
		for (const p of [start.pill, early.pill, late.pill]) expect(p).toEqual(rest.pill);
		const length = link.x2 - link.x1;
		const centre = rest.pill.x + rest.pill.width / 2;
		expect(centre).toBeGreaterThanOrEqual(link.x1 + 0.25 * length - 0.01);
		expect(centre).toBeLessThanOrEqual(link.x1 + 0.75 * length + 0.01);
		expect(Number(early.opacity)).toBeLessThan(1);
		expect(late.opacity).toBeNull();
	});

	it('rests an arrived message with an arrowhead at the destination', () => {
		render(
			freshSvg(),
			frame({ messages: [msg({ id: 'm', from: 'kube-apiserver', to: 'etcd' })] }),
			labels,
			{
				reducedMotion: false
			}
		);
		const m = q('[data-message="m"]');
		expect(m.getAttribute('data-resting')).toBe('true');
		expect(m.querySelector('.ks-arrow')!.getAttribute('display')).toBeNull();
		expect(m.querySelector('.ks-packet')!.getAttribute('display')).toBe('none');
		const etcd = layout(NODES).actors.find((a) => a.id === 'etcd')!;
		expect(m.querySelector('.ks-arrow')!.getAttribute('transform')).toContain(
			`translate(${etcd.x},`
		);
	});

	it('with reduced motion draws messages on their way at their resting place', () => {
		const moving = msg({ id: 'm', from: 'kube-apiserver', to: 'etcd', progress: 0.3 });
		render(freshSvg(), frame({ messages: [{ ...moving, progress: 1 }] }), labels, {
			reducedMotion: false
		});
		const rest = pill('m');
		render(svg, frame({ messages: [moving] }), labels, { reducedMotion: true });
		expect(q('[data-message="m"]').getAttribute('data-resting')).toBe('true');
		expect(pill('m')).toEqual(rest);
		// the moment it leaves, too: a frame is drawn then, and not again until the picture changes
		render(svg, frame({ messages: [{ ...moving, progress: 0 }] }), labels, { reducedMotion: true });
		expect(q('[data-message="m"]').getAttribute('data-resting')).toBe('true');
		render(svg, frame({ messages: [moving] }), labels, { reducedMotion: false });
		expect(q('[data-message="m"]').getAttribute('data-resting')).toBe('false');
		expect(pill('m')).toEqual(rest);
	});

	it('gives messages sharing a link separate lanes, on horizontal and vertical links', () => {
		const messages = [
			msg({
				id: 'a',
				from: 'kube-apiserver',
				to: 'etcd',
				label: 'txn PUT /registry/pods/default/nginx'
			}),
			msg({ id: 'b', from: 'etcd', to: 'kube-apiserver', label: 'OK revision 42', lane: 1 }),
			msg({
				id: 'c',
				from: 'kube-apiserver',
				to: 'etcd',
				label: 'txn PUT /registry/events/x',
				lane: 2
			}),
			msg({
				id: 'd',
				from: 'kubelet@node-1',
				to: 'container-runtime@node-1',
				label: 'CRI RunPodSandbox nginx',
				kind: 'cri'
			}),
			msg({
				id: 'e',
				from: 'container-runtime@node-1',
				to: 'kubelet@node-1',
				label: 'sandbox 1 IP 10.244.1.5',
				lane: 1
			})
		];
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		const pills = messages.map((m) => pill(m.id));
		for (let i = 0; i < pills.length; i++)
			for (let j = i + 1; j < pills.length; j++)
				expect(overlaps(pills[i], pills[j]), `${messages[i].id} × ${messages[j].id}`).toBe(false);
		// and none of them covers an actor box
		for (const a of layout(NODES).actors)
			for (const [i, p] of pills.entries())
				expect(overlaps(p, a), `${messages[i].id} on ${a.id}`).toBe(false);
	});

	it('draws a refusal or failure (kind error) in the error colour: pill, label, trail, arrow, link', () => {
		const messages = [
			msg({
				id: 'e1',
				from: 'kube-apiserver',
				to: 'kubectl',
				label: '409 AlreadyExists pods "redis-0"',
				kind: 'error'
			}),
			msg({
				id: 'e2',
				from: 'etcd',
				to: 'kube-apiserver',
				label: 'txn failed: key exists',
				kind: 'error',
				progress: 0.5
			}),
			msg({
				id: 'ok',
				from: 'kube-apiserver',
				to: 'etcd',
				label: 'txn PUT /registry/pods/default/redis-0 if absent',
				kind: 'request',
				lane: 1
			})
		];
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		const red = KIND_COLOR.error;
		const e1 = q('[data-message="e1"]');
		expect(e1.getAttribute('data-kind')).toBe('error');
		expect(e1.querySelector('.ks-pill')!.getAttribute('stroke')).toBe(red);
		expect(e1.querySelector('.ks-label')!.getAttribute('fill')).toBe(red);
		expect(e1.querySelector('.ks-trail')!.getAttribute('stroke')).toBe(red);
		expect(e1.querySelector('.ks-arrow')!.getAttribute('fill')).toBe(red);
		expect(e1.querySelector('.ks-arrow')!.getAttribute('display')).toBeNull();
		expect(e1.textContent).toBe('409 AlreadyExists pods "redis-0"');
		const e2 = q('[data-message="e2"]');
		expect(e2.querySelector('.ks-packet')!.getAttribute('fill')).toBe(red);
		expect(e2.querySelector('.ks-pill')!.getAttribute('stroke')).toBe(red);
		expect(q('[data-message="ok"] .ks-pill').getAttribute('stroke')).toBe(KIND_COLOR.request);
		expect(q('[data-link="kubectl--kube-apiserver"]').getAttribute('stroke')).toBe(red);
		// red is not any other kind's colour, and reads on white (WCAG AA for text)
		for (const [kind, colour] of Object.entries(KIND_COLOR))
			if (kind !== 'error') expect(colour).not.toBe(red);
		expect(contrast(red, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	it('shortens a label with no room in the middle of its name, keeping the whole label', () => {
		const name = 'a'.repeat(63);
		const label = `txn PUT /registry/pods/default/${name}`;
		const messages = [
			msg({ id: 'long', from: 'kube-apiserver', to: 'etcd', label }),
			msg({ id: 'short', from: 'etcd', to: 'kube-apiserver', label: 'OK revision 31', lane: 1 })
		];
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		const g = q('[data-message="long"]');
		const shown = g.querySelector('.ks-label')!.textContent!;
		expect(shown).toMatch(/^txn PUT \/registry\/pods\/default\/a+…a+$/);
		expect(shown.length).toBeLessThan(label.length);
		expect(g.getAttribute('data-label')).toBe(label);
		expect(g.querySelector('title')!.textContent).toBe(label);
		expect(g.textContent).toContain(label);
		// the pill fits the shortened text and stays on the link, between hub and etcd
		const l = layout(NODES);
		const link = l.links.find((k) => k.id === 'kube-apiserver--etcd')!;
		const p = pill('long');
		expect(p.x).toBeGreaterThanOrEqual(link.x1);
		expect(p.x + p.width).toBeLessThanOrEqual(link.x2);
		// a label that fits is drawn whole, with no tooltip: its text content is the label alone
		const short = q('[data-message="short"]');
		expect(short.textContent).toBe('OK revision 31');
		expect(short.getAttribute('data-label')).toBe('OK revision 31');
	});

	it('skips messages between actors the diagram does not know', () => {
		const messages = [msg({ id: 'x', from: 'kubelet@node-9', to: 'kube-apiserver' })];
		render(freshSvg(), frame({ messages }), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-message]')).toBeNull();
	});

	it('draws pods in their node, coloured by phase, with the status and the subject emphasised', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const nginx = q('[data-pod="default/nginx"]');
		expect(nginx.getAttribute('data-phase')).toBe('Pending');
		expect(nginx.querySelector('.ks-name')!.textContent).toBe('nginx');
		expect(nginx.querySelector('.ks-status')!.textContent).toBe('ContainerCreating');
		expect(nginx.querySelector('title')!.textContent).toContain('default/nginx');
		const coredns = q('[data-pod="kube-system/coredns-abc"]');
		expect(coredns.getAttribute('data-phase')).toBe('Running');
		expect(nginx.querySelector('.ks-chip')!.getAttribute('fill')).not.toBe(
			coredns.querySelector('.ks-chip')!.getAttribute('fill')
		);
		expect(num(nginx.querySelector('.ks-chip')!, 'stroke-width')).toBeGreaterThan(
			num(coredns.querySelector('.ks-chip')!, 'stroke-width')
		);
		const l = layout(NODES);
		const inside = (b: Box, o: Box) =>
			b.x >= o.x &&
			b.y >= o.y &&
			b.x + b.width <= o.x + o.width &&
			b.y + b.height <= o.y + o.height;
		expect(inside(rectOf(nginx.querySelector('.ks-chip')!), l.nodes[0].pods)).toBe(true);
		expect(inside(rectOf(coredns.querySelector('.ks-chip')!), l.nodes[1].pods)).toBe(true);
	});

	it.each([1, 4, 5, 8, 12])('fits %i pods in a node without overlap', (n) => {
		const area = layout(['node-1', 'node-2', 'node-3', 'node-4', 'node-5']).nodes[0].pods;
		const slots = podSlots(area, n);
		expect(slots).toHaveLength(n);
		for (const s of slots) {
			expect(s.x >= area.x && s.x + s.width <= area.x + area.width + 1e-9).toBe(true);
			expect(s.y >= area.y && s.y + s.height <= area.y + area.height + 1e-9).toBe(true);
			if (n <= 8) expect(s.height).toBeGreaterThanOrEqual(18);
		}
		for (let i = 0; i < n; i++)
			for (let j = i + 1; j < n; j++) expect(overlaps(slots[i], slots[j])).toBe(false);
	});

	it('cuts a long pod name in its middle to fit its chip, with the full name as a tooltip', () => {
		const long = `payment-service-canary-v2-${'x'.repeat(30)}-7d4b9c8f6-abcde`;
		render(freshSvg(), frame({ pods: [pod(`default/${long}`)] }), labels, {
			reducedMotion: false
		});
		const g = q(`[data-pod="default/${long}"]`);
		const shown = g.querySelector('.ks-name')!.textContent!;
		expect(shown).toContain('…');
		expect(long.startsWith(shown.slice(0, shown.indexOf('…')))).toBe(true);
		expect(long.endsWith(shown.slice(shown.indexOf('…') + 1))).toBe(true);
		expect(shown.length).toBeGreaterThan(12);
		expect(g.querySelector('title')!.textContent).toContain(`default/${long}`);
		const chip = rectOf(g.querySelector('.ks-chip')!);
		expect(estimateTextWidth(shown, FONT.pod)).toBeLessThanOrEqual(chip.width - 12 + 1e-9);
	});

	it.each([
		[3, { width: 880, height: 569 }],
		[10, { width: 880, height: 569 }],
		[3, { width: 784, height: 448 }]
	])('keeps pod chips readable: %i nodes in %o', (n, size) => {
		const nodes = Array.from({ length: n }, (_, i) => `node-${i + 1}`);
		const timeline = podCreationTimeline({ ...defaultPodScenario, nodes: n });
		const { starts, ends } = timeAxis(timeline);
		const last = timeline.steps.length - 1;
		const { frame: f } = frameAt(timeline, starts, ends, ends[last] - 1);
		render(freshSvg(), f, labels, { reducedMotion: false, size });
		const { scale } = layout(nodes, size);
		const chips = [...svg.querySelectorAll('[data-pod]')];
		expect(chips.length).toBeGreaterThanOrEqual(n);
		for (const g of chips) {
			const chip = rectOf(g.querySelector('.ks-chip')!);
			for (const t of g.querySelectorAll('text')) {
				if (t.getAttribute('display') === 'none') continue;
				const px = num(t, 'font-size') * scale;
				// at least 9 px on screen, and inside its chip
				expect(px, `${g.getAttribute('data-pod')} ${t.textContent}`).toBeGreaterThanOrEqual(9);
				expect(estimateTextWidth(t.textContent!, num(t, 'font-size'))).toBeLessThanOrEqual(
					chip.width - 12 + 1e-9
				);
			}
			// and every chip shows at least ten characters of its name, or all of a shorter one
			const name = g.getAttribute('data-pod')!.split('/')[1];
			const shown = g.querySelector('.ks-name')!.textContent!;
			expect(shown.length, name).toBeGreaterThanOrEqual(Math.min(name.length, 10));
		}
	});

	it("gives the flow's own pod the cells a node's grid has spare", () => {
		const area = { x: 0, y: 0, width: 184, height: 42 };
		const slots = podSlots(area, 3);
		// two columns of one-line chips: the first pod takes the whole first row
		expect(slots[1].width).toBeLessThan(100);
		expect(slots[0].width).toBeCloseTo(2 * slots[1].width + 3);
		expect(slots[1].y).toBeGreaterThan(slots[0].y);
		const nodes = ['node-1'];
		const pods = [
			pod('default/api-7d4b9c8f6-cdmnx'),
			pod('default/payment-service-canary-v2', { subject: true, phase: 'Pending' }),
			pod('default/web-7d4b9c8f6-w6lv5')
		];
		render(freshSvg(), frame({ nodes, actors: [], messages: [], pods }), labels, {
			reducedMotion: false
		});
		const chips = pods.map((p) => rectOf(q(`[data-pod="${p.key}"] .ks-chip`)));
		expect(chips[1].width).toBeGreaterThanOrEqual(Math.max(chips[0].width, chips[2].width));
		expect(chips[1].y).toBeLessThanOrEqual(Math.min(chips[0].y, chips[2].y));
	});

	it('keeps the same elements across re-renders and only updates them', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const before = [...svg.querySelectorAll('*')];
		const labelText = q('[data-message="s0-m0"] .ks-label').firstChild;
		const next = frame();
		next.messages[0].progress = 0.9;
		next.actors = next.actors.map((a) => ({ ...a, active: a.id === 'etcd' }));
		next.pods[0] = { ...next.pods[0], phase: 'Running', status: 'Running' };
		render(svg, next, labels, { reducedMotion: false });
		const after = [...svg.querySelectorAll('*')];
		expect(after).toHaveLength(before.length);
		after.forEach((el, i) => expect(el).toBe(before[i]));
		expect(q('[data-message="s0-m0"] .ks-label').firstChild).toBe(labelText);
		expect(q('[data-actor="etcd"]').getAttribute('data-active')).toBe('true');
		expect(q('[data-pod="default/nginx"]').getAttribute('data-phase')).toBe('Running');
	});

	it("keeps each layout's label places when a step of another layout is placed or drawn", () => {
		// a node joins and the picture is laid out again; a replay comes back to the first layout
		const two = layout(NODES);
		const three = layout([...NODES, 'node-3']);
		const first = frame();
		const joined = frame({ nodes: [...NODES, 'node-3'] });
		render(freshSvg(), first, labels, { reducedMotion: false, layout: two });
		const before = restingLabels(svg, first, { reducedMotion: false, layout: two });
		prepare(svg, joined, { reducedMotion: false, layout: three });
		render(svg, joined, labels, { reducedMotion: false, layout: three });
		const after = restingLabels(svg, first, { reducedMotion: false, layout: two });
		// the same objects: placed once, not again for coming back
		expect(after).toHaveLength(before.length);
		after.forEach((box, i) => expect(box).toBe(before[i]));
	});

	it('hands the next step its message groups: same elements, drawn as a fresh render draws them', () => {
		const stepOne = frame({
			messages: [
				msg({ id: 's0-m0', from: 'kubectl', to: 'kube-apiserver', progress: 1 }),
				msg({ id: 's0-m1', from: 'kube-apiserver', to: 'etcd', label: 'a rather long label here' })
			]
		});
		const stepTwo = frame({
			messages: [
				msg({
					id: 's1-m0',
					from: 'kube-scheduler',
					to: 'kube-apiserver',
					kind: 'watch',
					progress: 0.4
				})
			]
		});
		render(freshSvg(), stepOne, labels, { reducedMotion: false });
		const group = svg.querySelector('[data-message]');
		render(svg, stepTwo, labels, { reducedMotion: false });
		expect(svg.querySelectorAll('[data-message]')).toHaveLength(1);
		expect(svg.querySelector('[data-message]')).toBe(group);
		const reused = svg.querySelector('g[data-layer="messages"]')!.innerHTML;
		render(freshSvg(), stepTwo, labels, { reducedMotion: false });
		expect(svg.querySelector('g[data-layer="messages"]')!.innerHTML).toBe(reused);
		expect(reused).toContain('data-message="s1-m0"');
	});

	it('redraws what a step or a language changes, though the rest of the frame stays the same', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const caption = () => q('[data-actor="kubectl"] .ks-caption').textContent;
		expect(caption()).toBe('you');
		render(svg, frame(), { ...labels, user: '나' }, { reducedMotion: false });
		expect(caption()).toBe('나');
		// new view objects saying the same, then one actor that changes
		const next = frame();
		next.actors = next.actors.map((a) => ({ ...a, active: a.active || a.id === 'etcd' }));
		render(svg, next, { ...labels, user: '나' }, { reducedMotion: false });
		expect(q('[data-actor="etcd"]').getAttribute('data-active')).toBe('true');
		expect(q('[data-actor="etcd"] .ks-halo').getAttribute('display')).toBeNull();
		expect(q('[data-actor="kubectl"]').getAttribute('data-active')).toBe('true');
		expect(q('[data-actor="kube-scheduler"]').getAttribute('data-active')).toBe('false');
	});

	it('changes nothing in the DOM when the same frame is drawn again', async () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		const records: MutationRecord[] = [];
		const observer = new MutationObserver((r) => records.push(...r));
		observer.observe(svg, {
			subtree: true,
			attributes: true,
			childList: true,
			characterData: true
		});
		for (let i = 0; i < 5; i++) render(svg, frame(), labels, { reducedMotion: false });
		await new Promise((r) => setTimeout(r, 0));
		records.push(...observer.takeRecords());
		observer.disconnect();
		expect(records.map((r) => `${r.type} ${r.attributeName ?? ''}`)).toEqual([]);
	});

	it('removes what leaves the frame and adds what enters it', () => {
		render(freshSvg(), frame(), labels, { reducedMotion: false });
		render(svg, frame({ messages: [], pods: [] }), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-message]')).toBeNull();
		expect(svg.querySelector('[data-pod]')).toBeNull();
		const three = ['node-1', 'node-2', 'node-3'];
		render(svg, frame({ nodes: three, actors: [] }), labels, { reducedMotion: false });
		expect(svg.querySelector('[data-actor="kubelet@node-3"]')).not.toBeNull();
		expect(svg.querySelector('[data-actor="kubelet@node-3"]')!.getAttribute('data-active')).toBe(
			'false'
		);
		expect(svg.getAttribute('viewBox')).toBe(layout(three).viewBox);
		expect(svg.querySelectorAll('g[data-layer]')).toHaveLength(7);
	});
});

describe('the message to watch', () => {
	const two = (progress: number, reducedMotion = false) => {
		const messages = [
			msg({ id: 'a', from: 'kubectl', to: 'kube-apiserver' }),
			msg({ id: 'b', from: 'kube-apiserver', to: 'etcd', progress })
		];
		render(svg, frame({ messages }), labels, { reducedMotion });
	};
	const current = () =>
		[...svg.querySelectorAll('[data-message][data-current="true"]')].map((g) =>
			g.getAttribute('data-message')
		);

	it.each([false, true])(
		'is the one on its way: the others step back until it arrives (reduced motion: %s)',
		(reducedMotion) => {
			freshSvg();
			two(0.4, reducedMotion);
			expect(svg.hasAttribute('data-moving')).toBe(true);
			expect(current()).toEqual(['b']);
			two(1, reducedMotion);
			expect(svg.hasAttribute('data-moving')).toBe(false);
			expect(current()).toEqual([]);
		}
	);
});

describe('Diagram.svelte', () => {
	it('renders the frame into its svg from the frame after mounting, and follows frame changes', async () => {
		const props = $state({ frame: frame(), labels, reducedMotion: false });
		const target = document.createElement('div');
		document.body.appendChild(target);
		const component = mount(Diagram, { target, props });
		flushSync();
		svg = target.querySelector<SVGSVGElement>('svg.diagram')!;
		// the first picture waits for the page's first paint and then takes tasks of its own, so
		// hydrating the page is not also drawing it
		expect(svg.querySelectorAll('[data-actor]')).toHaveLength(0);
		await new Promise((r) => requestAnimationFrame(r));
		flushSync();
		expect(svg.querySelectorAll('[data-actor]')).toHaveLength(0);
		for (let task = 0; task < 5 && !svg.querySelector('[data-actor]'); task++) {
			await new Promise((r) => setTimeout(r, 0));
			flushSync();
		}
		// happy-dom lays nothing out, so the diagram uses the default container
		expect(svg.getAttribute('viewBox')).toBe(layout(NODES).viewBox);
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe(labels.ariaLabel);
		expect(svg.querySelectorAll('[data-actor]')).toHaveLength(ACTORS.length);
		expect(q('[data-message="s0-m0"]').getAttribute('data-resting')).toBe('false');
		props.frame = frame({ messages: [{ ...frame().messages[0], progress: 1 }] });
		flushSync();
		expect(q('[data-message="s0-m0"]').getAttribute('data-resting')).toBe('true');
		unmount(component);
	});

	it('says the caption beside the message on its way while playing, and nothing at rest', async () => {
		const props = $state({
			frame: frame(),
			labels,
			caption: 'kubectl sends the pod to the apiserver.',
			playing: { rate: 1, since: 0 } as { rate: number; since: number } | null,
			// no glide to cancel: happy-dom rejects a cancelled animation's promise
			reducedMotion: true
		});
		const target = document.createElement('div');
		document.body.appendChild(target);
		const component = mount(Diagram, { target, props });
		flushSync();
		svg = target.querySelector<SVGSVGElement>('svg.diagram')!;
		for (let task = 0; task < 8 && !svg.querySelector('[data-message]'); task++) {
			await new Promise((r) => setTimeout(r, 0));
			flushSync();
		}
		const caption = () => target.querySelector('.arrow-caption');
		// placed from the painted picture: after the next frame, not in the task that drew it
		expect(caption()).toBeNull();
		for (let task = 0; task < 20 && !caption(); task++) {
			await new Promise((r) => setTimeout(r, 20));
			flushSync();
		}
		expect(caption()?.textContent?.trim()).toBe('kubectl sends the pod to the apiserver.');
		expect(caption()?.getAttribute('aria-hidden')).toBe('true');
		props.playing = null;
		flushSync();
		expect(caption()).toBeNull();
		props.playing = { rate: 1, since: 0 };
		props.caption = '';
		flushSync();
		expect(caption()).toBeNull();
		unmount(component);
	});
});
