/**
 * Pods as small chips in their node's pods area, coloured by phase, with the STATUS column of
 * `kubectl get pods` as a second line (and the full name and status as a tooltip).
 */
import type { PodView } from '$lib/player/frameTypes';
import type { Layer } from './actors';
import type { Box, DiagramLayout } from './layout';
import { FONT, PHASE_STYLE, appendChildren, child, setAttrs, setText, truncate } from './theme';

const PAD = 4;
const GAP = 3;
const CHIP_HEIGHT = 22;
/** below this a chip has room for the name only */
const TWO_LINES = 18;
const MIN_CHIP_WIDTH = 60;

/**
 * Slots for `count` chips in an area: one column while chips keep their full height, then as few
 * columns as keep two lines readable, then shrinking rows so that everything still fits.
 */
export function podSlots(area: Box, count: number): Box[] {
	if (count <= 0) return [];
	const w = area.width - 2 * PAD;
	const h = area.height - 2 * PAD;
	const maxCols = Math.max(1, Math.floor((w + GAP) / (MIN_CHIP_WIDTH + GAP)));
	const fit = (cols: number) => {
		const rows = Math.ceil(count / cols);
		return { cols, rows, chip: Math.min(CHIP_HEIGHT, (h - (rows - 1) * GAP) / rows) };
	};
	let best = fit(maxCols);
	for (let cols = 1; cols <= maxCols; cols++) {
		const f = fit(cols);
		if (f.chip >= TWO_LINES) {
			best = f;
			break;
		}
	}
	const chipW = (w - (best.cols - 1) * GAP) / best.cols;
	return Array.from({ length: count }, (_, i) => ({
		x: area.x + PAD + (i % best.cols) * (chipW + GAP),
		y: area.y + PAD + Math.floor(i / best.cols) * (best.chip + GAP),
		width: chipW,
		height: best.chip
	}));
}

interface PlacedPod {
	pod: PodView;
	slot: Box;
}

function placePods(l: DiagramLayout, pods: PodView[]): PlacedPod[] {
	const out: PlacedPod[] = [];
	for (const node of l.nodes) {
		const mine = pods.filter((p) => p.node === node.name);
		const slots = podSlots(node.pods, mine.length);
		mine.forEach((pod, i) => out.push({ pod, slot: slots[i] }));
	}
	return out;
}

function createPod(this: SVGGElement): void {
	appendChildren(this, [
		['title', 'ks-tip'],
		['rect', 'ks-chip'],
		['text', 'ks-name'],
		['text', 'ks-status']
	]);
}

export function renderPods(layer: Layer, l: DiagramLayout, pods: PodView[]): void {
	layer
		.selectAll<SVGGElement, PlacedPod>('g[data-pod]')
		.data(placePods(l, pods), (d) => d.pod.key)
		.join((enter) =>
			enter
				.append('g')
				.attr('data-pod', (d) => d.pod.key)
				.each(createPod)
		)
		.each(function ({ pod, slot }) {
			const style = PHASE_STYLE[pod.phase] ?? PHASE_STYLE.Unknown;
			const twoLines = slot.height >= TWO_LINES;
			const name = pod.key.slice(pod.key.indexOf('/') + 1);
			const room = slot.width - 12;
			setAttrs(this, { 'data-phase': pod.phase, 'data-subject': String(pod.subject) });
			setText(child(this, '.ks-tip'), `${pod.key} — ${pod.status}`);
			setAttrs(child(this, '.ks-chip'), {
				...slot,
				rx: 5,
				fill: style.fill,
				stroke: style.stroke,
				'stroke-width': pod.subject ? 2.5 : 1
			});
			const nameEl = child(this, '.ks-name');
			setAttrs(nameEl, {
				x: slot.x + 6,
				y: twoLines ? slot.y + slot.height / 2 - 1 : slot.y + slot.height / 2,
				dy: twoLines ? null : '0.35em',
				'font-size': FONT.pod,
				'font-weight': pod.subject ? 700 : 500,
				fill: style.text
			});
			setText(nameEl, truncate(name, FONT.pod, room));
			const statusEl = child(this, '.ks-status');
			setAttrs(statusEl, {
				x: slot.x + 6,
				y: slot.y + slot.height - 3,
				'font-size': FONT.podStatus,
				fill: style.text,
				display: twoLines ? null : 'none'
			});
			setText(statusEl, truncate(pod.status, FONT.podStatus, room));
		});
}
