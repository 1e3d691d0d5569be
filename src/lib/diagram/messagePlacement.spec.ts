import { describe, expect, it } from 'vitest';
import { defaultPodScenario, type PodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis } from '$lib/player/frame';
import type { MessageView } from '$lib/player/frameTypes';
import { NODE_HEADER, layout, type Box, type ContainerSize, type DiagramLayout } from './layout';
import {
	ARROW,
	ASIDE,
	PILL_HEIGHT,
	TRACK_GAP,
	boxSegmentDistance,
	laneOffset,
	FAN_OUT,
	placeMessages,
	segmentHitsBox,
	type MessagePlacement,
	type Point
} from './messagePlacement';
import { namePart, shorterLabels } from './labelText';
import { FONT, estimateTextWidth } from './theme';

/** a pill in the first row beside its arrow: its air plus the track gap of the lanes between */
const CLEAR_OF_ARROW = 12;

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const overlaps = (p: Box, q: Box) =>
	p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** node can't measure text: the estimate is a little wider than real glyphs */
const measure = (text: string) => estimateTextWidth(text, FONT.message);

function place(l: DiagramLayout, messages: MessageView[], reducedMotion = false) {
	return placeMessages(l, messages, { reducedMotion, measure });
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
				// the head is 10 long and 10 wide; its sides come within 4 of the axis
				{ a: neck, b: p.end, pad: 4 }
			]
		: [{ a: p.start, b: p.packet, pad: 1.25 }];
}

/** Everything wrong with one frame's labels, as readable strings. */
function problems(l: DiagramLayout, placed: MessagePlacement[]): string[] {
	const out: string[] = [];
	const titles = [
		...l.nodes.map((d) => ({ ...d, height: NODE_HEADER, id: `${d.name} name` })),
		{ ...l.controlPlaneTitle, id: 'control-plane title' }
	];
	placed.forEach((p, i) => {
		// a fan-out's arrows but one have no label
		if (!p.text) return;
		const label = p.message.label;
		for (const q of placed.slice(i + 1))
			if (overlaps(p.pill, q.pill)) out.push(`"${label}" × "${q.message.label}"`);
		for (const b of [...l.actors, ...titles])
			if (overlaps(p.pill, b)) out.push(`"${label}" on ${b.id}`);
		for (const d of l.nodes)
			if (overlaps(p.pill, d.pods)) out.push(`"${label}" on the pods of ${d.name}`);
		const { x, y, width, height } = p.pill;
		if (x < 0 || y < 0 || x + width > l.width || y + height > l.height)
			out.push(`"${label}" outside`);
		for (const q of placed)
			for (const k of strokes(q))
				if (segmentHitsBox(k.a, k.b, p.pill, k.pad))
					out.push(`"${label}" on the arrow of "${q.message.label}"`);
		// beside its own arrow: never further out than a second row of labels, or, beside a short
		// link, in a second column that starts just past the first
		const own = boxSegmentDistance(p.pill, p.start, p.end);
		const first = placed.filter(
			(q) => q.link === p.link && q !== p && boxSegmentDistance(q.pill, q.start, q.end) <= ASIDE
		);
		const past = Math.max(...first.map((q) => q.pill.x + q.pill.width));
		const column = first.some((q) => Math.abs(q.pill.y - p.pill.y) < 1) && p.pill.x - past <= 4;
		if (own > ASIDE && !column) out.push(`"${label}" ${Math.round(own)} away from its arrow`);
	});
	return out;
}

/** The diagram column at 1280×720, at 1920×1080 and at an 800-px-wide window (measured). */
const SIZES: ContainerSize[] = [
	{ width: 880, height: 569 },
	{ width: 1392, height: 929 },
	{ width: 784, height: 448 }
];

const LONG_NAME = 'a'.repeat(63);

/** Every branch of the flow, each with a short, a long and the longest valid pod name. */
const BRANCHES: [string, Partial<PodScenario>][] = [
	['default', {}],
	['cpu=8 (FailedScheduling)', { cpu: 8000 }],
	['image=nginx:9.9 (ImagePullBackOff)', { image: 'nginx:9.9' }],
	['image=busybox:latest', { image: 'busybox:latest' }],
	['name=redis-0 (AlreadyExists)', { name: 'redis-0' }]
];
const SCENARIOS: [string, Partial<PodScenario>][] = BRANCHES.flatMap(([branch, over]) =>
	over.name
		? [[branch, over]]
		: ['nginx', 'payment-service-canary-v2', LONG_NAME].map(
				(name): [string, Partial<PodScenario>] => [`${branch}, name=${name}`, { ...over, name }]
			)
);

/** Everything wrong with the labels of every step of a timeline, while moving and at rest. */
function flowProblems(timeline: Timeline, l: DiagramLayout, samples: number): string[] {
	const { starts, ends } = timeAxis(timeline);
	const found = new Set<string>();
	timeline.steps.forEach((_, i) => {
		for (let k = 0; k <= samples; k++) {
			const t = starts[i] + ((ends[i] - 1 - starts[i]) * k) / samples;
			const { frame } = frameAt(timeline, starts, ends, t);
			for (const reducedMotion of k === samples ? [false, true] : [false])
				for (const p of problems(l, place(l, frame.messages, reducedMotion)))
					found.add(`step ${i + 1}: ${p}`);
		}
	});
	return [...found];
}

describe('message labels over the whole pod-creation flow', () => {
	it.each([1, 3, 5, 7, 10])(
		'never overlap each other, an actor, a name, the pods or an arrow (%i nodes)',
		(n) => {
			const timeline = podCreationTimeline({ ...defaultPodScenario, nodes: n });
			for (const size of SIZES) {
				const l = layout(names(n), size);
				expect(flowProblems(timeline, l, 16), `${size.width}×${size.height}`).toEqual([]);
			}
		}
	);

	// Every step of every branch, with pod names up to the longest DNS label, at 1, 3 and 10 nodes.
	it.each(SCENARIOS)('stay clear and beside their own arrow: %s', (_, over) => {
		for (const n of [1, 3, 10]) {
			const timeline = podCreationTimeline({ ...defaultPodScenario, ...over, nodes: n });
			for (const size of SIZES) {
				const l = layout(names(n), size);
				expect(flowProblems(timeline, l, 6), `${n} nodes, ${size.width}×${size.height}`).toEqual(
					[]
				);
			}
		}
	});

	it('shorten only the name in a label that has no room, and only when it has none', () => {
		const shortened = new Map<string, string>();
		for (const [, over] of SCENARIOS) {
			const timeline = podCreationTimeline({ ...defaultPodScenario, ...over });
			const { starts, ends } = timeAxis(timeline);
			for (const size of SIZES) {
				const l = layout(names(3), size);
				timeline.steps.forEach((_, i) => {
					const { frame } = frameAt(timeline, starts, ends, ends[i] - 1);
					for (const p of place(l, frame.messages)) {
						if (p.text === p.message.label) continue;
						expect(shorterLabels(p.message.label)).toContain(p.text);
						shortened.set(p.message.label, p.text);
					}
				});
			}
		}
		// the 63-character name is always cut in its middle, and nothing else is
		for (const [label, text] of shortened) {
			const name = namePart(label);
			expect(name, `${label} → ${text}`).toBeDefined();
			if (!name) continue;
			expect(text.startsWith(label.slice(0, name.start)), text).toBe(true);
			expect(text.endsWith(label.slice(name.end)), text).toBe(true);
		}
		expect([...shortened.keys()].some((k) => k.includes(LONG_NAME))).toBe(true);
		// a short name is never cut where there is room for it
		expect(
			[...shortened.keys()].filter((k) => /pods\/nginx|\/pods\/default\/nginx$/.test(k))
		).toEqual([]);
	});

	it('sets the labels of the crowded FailedScheduling step apart (cpu=8, step 6)', () => {
		const timeline = podCreationTimeline({ ...defaultPodScenario, cpu: 8000 });
		const { starts, ends } = timeAxis(timeline);
		const step = timeline.steps.findIndex((s) =>
			s.messages.some((m) => m.label.includes('FailedScheduling'))
		);
		const { frame } = frameAt(timeline, starts, ends, ends[step] - 1);
		const l = layout(names(3), SIZES[0]);
		const placed = place(l, frame.messages);
		expect(placed.length).toBeGreaterThanOrEqual(5);
		expect(problems(l, placed)).toEqual([]);
	});

	it('keeps the Event key by the etcd link, not by the controller-manager (step 8)', () => {
		const timeline = podCreationTimeline(defaultPodScenario);
		const { starts, ends } = timeAxis(timeline);
		const step = timeline.steps.findIndex((s) =>
			s.messages.some((m) => m.label.startsWith('txn PUT /registry/events/'))
		);
		const { frame } = frameAt(timeline, starts, ends, ends[step] - 1);
		for (const size of SIZES) {
			const l = layout(names(3), size);
			const p = place(l, frame.messages).find((q) => q.message.label.includes('/events/'))!;
			const etcd = l.links.find((k) => k.id === 'kube-apiserver--etcd')!;
			const cm = l.links.find((k) => k.id === 'kube-apiserver--kube-controller-manager')!;
			const toEtcd = boxSegmentDistance(p.pill, [etcd.x1, etcd.y1], [etcd.x2, etcd.y2]);
			expect(toEtcd).toBeLessThanOrEqual(CLEAR_OF_ARROW);
			expect(toEtcd).toBeLessThan(boxSegmentDistance(p.pill, [cm.x1, cm.y1], [cm.x2, cm.y2]));
		}
	});
});

describe('placeMessages', () => {
	const l = layout(names(3));
	const cri = l.links.find((k) => k.id === 'kubelet@node-3--container-runtime@node-3')!;
	const [kubelet, runtime] = ['kubelet@node-3', 'container-runtime@node-3'];
	const pull: MessageView[] = [
		['CRI ImageStatus nginx:1.27', kubelet, runtime],
		['image not found', runtime, kubelet],
		['CRI PullImage nginx:1.27', kubelet, runtime],
		['sha256:c1c5fb28ef5b…', runtime, kubelet]
	].map(([label, from, to], lane) => ({
		id: `m${lane}`,
		label,
		from,
		to,
		kind: from === kubelet ? 'cri' : 'response',
		progress: 1,
		lane
	}));

	it('stacks a CRI exchange beside its arrows, in time order, inside the node', () => {
		const placed = place(l, pull);
		const node = l.nodes.find((d) => d.name === 'node-3')!;
		// the arrows: one track per lane, TRACK_GAP apart around the link
		const tracks = pull.map((m) => cri.x1 - laneOffset(m.lane) * TRACK_GAP);
		const right = Math.max(...tracks) + 2;
		placed.forEach((p, i) => {
			expect(p.pill.x, p.message.label).toBeGreaterThan(right);
			expect(p.pill.x + p.pill.width).toBeLessThanOrEqual(node.x + node.width);
			if (i > 0) expect(p.pill.y).toBeGreaterThanOrEqual(placed[i - 1].pill.y + PILL_HEIGHT);
		});
		expect(problems(l, placed)).toEqual([]);
	});

	it('keeps a CRI label where it is while its arrow travels', () => {
		const moving = pull.map((m) => ({ ...m, progress: m.lane === 3 ? 0.4 : 1 }));
		expect(place(l, moving)[3].pill).toEqual(place(l, pull)[3].pill);
	});

	it('puts labels of a horizontal link above and below its arrows, not on them', () => {
		const messages: MessageView[] = [
			{
				id: 'a',
				from: 'kube-apiserver',
				to: 'etcd',
				label: 'txn PUT /registry/pods/default/nginx',
				kind: 'request',
				progress: 1,
				lane: 0
			},
			{
				id: 'b',
				from: 'etcd',
				to: 'kube-apiserver',
				label: 'OK revision 23',
				kind: 'response',
				progress: 1,
				lane: 1
			}
		];
		const etcdLink = l.links.find((k) => k.id === 'kube-apiserver--etcd')!;
		const [above, below] = place(l, messages).map((p) => p.pill);
		expect(above.y + above.height).toBeLessThan(etcdLink.y1);
		expect(below.y).toBeGreaterThan(etcdLink.y1 + TRACK_GAP);
	});
});

describe('a fan-out to many nodes', () => {
	const LABEL = 'watch MODIFIED endpointslices/web-7xk2p';
	const fanOut = (nodes: number): MessageView[] =>
		names(nodes).map((node, i) => ({
			id: `s4-m${i}`,
			from: 'kube-apiserver',
			to: `kube-proxy@${node}`,
			label: LABEL,
			kind: 'watch',
			progress: 1,
			lane: 0
		}));

	it('has one label, with its size, on its first arrow; the others have none', () => {
		const l = layout(names(50));
		const placed = place(l, fanOut(50));
		expect(placed.map((p) => p.text)).toEqual([`${LABEL} ×50`, ...Array(49).fill('')]);
		expect(placed[0].pill.width).toBeGreaterThan(0);
		expect(problems(l, placed)).toEqual([]);
	});

	it('keeps a label per arrow up to the default cluster of three nodes, and for control-plane receivers', () => {
		// a label each (shortened where there is no room), none of them a group's
		const own = (text: string) => text !== '' && !text.includes('×');
		const l = layout(names(FAN_OUT));
		expect(place(l, fanOut(FAN_OUT)).every((p) => own(p.text))).toBe(true);
		const toControlPlane = (['kube-scheduler', 'kube-controller-manager'] as const).map(
			(to, i): MessageView => ({ ...fanOut(1)[0], id: `s4-c${i}`, to })
		);
		const big = layout(names(6));
		const texts = place(big, [...toControlPlane, ...fanOut(6)]).map((p) => p.text);
		expect(texts.slice(0, 2).every(own)).toBe(true);
		expect(texts.slice(2)).toEqual([`${LABEL} ×6`, ...Array(5).fill('')]);
	});
});
