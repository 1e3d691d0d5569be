import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/scenario';
import { podCreationTimeline } from '$lib/flows/timeline';
import { frameAt, timeAxis } from '$lib/player/frame';
import type { MessageView } from '$lib/player/frameTypes';
import { NODE_HEADER, layout, type Box, type ContainerSize, type DiagramLayout } from './layout';
import {
	PILL_HEIGHT,
	TRACK_GAP,
	laneOffset,
	placeMessages,
	type MessagePlacement
} from './messagePlacement';
import { FONT, estimateTextWidth } from './theme';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const overlaps = (p: Box, q: Box) =>
	p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** happy-dom and node can't measure text: the estimate is a little wider than real glyphs */
function place(l: DiagramLayout, messages: MessageView[], reducedMotion = false) {
	const textWidths = new Map(messages.map((m) => [m.id, estimateTextWidth(m.label, FONT.message)]));
	return placeMessages(l, messages, { reducedMotion, textWidths });
}

/** Everything wrong with one frame's labels, as readable strings. */
function problems(l: DiagramLayout, placed: MessagePlacement[]): string[] {
	const out: string[] = [];
	const titles = [
		...l.nodes.map((d) => ({ ...d, height: NODE_HEADER, id: `${d.name} name` })),
		{ ...l.controlPlaneTitle, id: 'control-plane title' }
	];
	placed.forEach((p, i) => {
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
	});
	return out;
}

const SIZES: ContainerSize[] = [
	{ width: 880, height: 589 },
	{ width: 1392, height: 949 }
];

describe('message labels over the whole pod-creation flow', () => {
	it.each([1, 3, 5, 7, 10])(
		'never overlap each other, an actor, a name or the pods (%i nodes)',
		(n) => {
			const timeline = podCreationTimeline({ ...defaultPodScenario, nodes: n });
			const { starts, ends } = timeAxis(timeline);
			for (const size of SIZES) {
				const l = layout(names(n), size);
				const found = new Set<string>();
				timeline.steps.forEach((_, i) => {
					// every step while its messages travel, and at rest
					for (let k = 0; k <= 16; k++) {
						const t = starts[i] + ((ends[i] - 1 - starts[i]) * k) / 16;
						const { frame } = frameAt(timeline, starts, ends, t);
						for (const reducedMotion of [false, true])
							for (const p of problems(l, place(l, frame.messages, reducedMotion)))
								found.add(`step ${i + 1}: ${p}`);
					}
				});
				expect([...found], `${size.width}×${size.height}`).toEqual([]);
			}
		}
	);
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
