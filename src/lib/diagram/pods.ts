/**
 * Pods as small chips in their node's pods area, coloured by phase, with the STATUS column of
 * `kubectl get pods` as a second line (and the full name and status as a tooltip). Chips take
 * the whole area, arranged to show the most of each name: two lines (name over status), or one
 * with the status beside the name when it fits; the flow's own pod comes first and takes any
 * cells the grid has spare. A name too long for its chip loses characters from its middle, so
 * that both the workload's name and the pod's generated suffix stay readable.
 */
import type { PodView } from '$lib/player/frameTypes';
import type { Layer } from './actors';
import type { Box, DiagramLayout } from './layout';
import { fitMiddle } from './labelText';
import {
	FONT,
	PHASE_STYLE,
	TERMINATING_STYLE,
	appendChildren,
	child,
	setAttrs,
	setText,
	textWidth,
	unchanged
} from './theme';

/** a pod's name from its key (`namespace/name`) */
export const podNameOf = (key: string) => key.slice(key.indexOf('/') + 1);

const PAD = 4;
/** between chips */
export const CHIP_GAP = 3;
const GAP = CHIP_GAP;
/** a chip with its name over its status */
export const TWO_LINES = 27;
/** a chip with one line of text at the full pod font size */
export const ONE_LINE = 15;
/** narrower chips would show hardly a name */
const MIN_CHIP_WIDTH = 64;
/** text inset from the chip's left and right edges */
const INSET = 6;
/** between a name and the status beside it on a one-line chip */
const STATUS_GAP = 8;
/** what a status beside the name takes from it, roughly */
const NOMINAL_STATUS = 60;
/** the status on a line of its own is worth a little of the name */
const TWO_LINE_BONUS = 20;

/**
 * Slots for `count` chips in an area, arranged to show as much of each name as can be: two lines
 * (name over status) or one (the status beside the name), in as many columns as that takes; when
 * even one line doesn't fit, as many columns as fit, with shrinking rows.
 */
export function podSlots(area: Box, count: number): Box[] {
	if (count <= 0) return [];
	const w = area.width - 2 * PAD;
	const h = area.height - 2 * PAD;
	const maxCols = Math.max(1, Math.floor((w + GAP) / (MIN_CHIP_WIDTH + GAP)));
	const fits = Array.from({ length: maxCols }, (_, i) => {
		const cols = i + 1;
		const rows = Math.ceil(count / cols);
		const chip = Math.min(TWO_LINES, (h - (rows - 1) * GAP) / rows);
		const chipW = (w - (cols - 1) * GAP) / cols;
		// room for the name: a one-line chip also holds a status (a "Running" or so)
		const room =
			chip >= TWO_LINES
				? chipW - 2 * INSET + TWO_LINE_BONUS
				: chip >= ONE_LINE
					? chipW - 2 * INSET - NOMINAL_STATUS
					: -Infinity;
		return { cols, rows, chip, chipW, room };
	});
	const best = fits.reduce((p, q) => (q.room > p.room ? q : p), fits[maxCols - 1]);
	// The first chip (the subject's, see placePods) also takes the cells the grid has spare.
	const span = best.cols * best.rows - count + 1;
	return Array.from({ length: count }, (_, i) => {
		const cell = i === 0 ? 0 : i + span - 1;
		return {
			x: area.x + PAD + (cell % best.cols) * (best.chipW + GAP),
			y: area.y + PAD + Math.floor(cell / best.cols) * (best.chip + GAP),
			width: i === 0 ? span * best.chipW + (span - 1) * GAP : best.chipW,
			height: best.chip
		};
	});
}

export interface PlacedPod {
	pod: PodView;
	slot: Box;
}

/** Each pod of the list that is on a node of the layout, with the slot its chip takes. */
export function placePods(l: DiagramLayout, pods: readonly PodView[]): PlacedPod[] {
	const out: PlacedPod[] = [];
	for (const node of l.nodes) {
		// the pod the flow is about first: it gets the widest chip when one is wider
		const mine = pods
			.filter((p) => p.node === node.name)
			.sort((p, q) => Number(q.subject) - Number(p.subject));
		const slots = podSlots(node.pods, mine.length);
		mine.forEach((pod, i) => out.push({ pod, slot: slots[i] }));
	}
	return out;
}

export interface ChipText {
	/** the name as drawn: whole, or cut in its middle */
	name: string;
	/** the status as drawn, or null when the chip has no room for it */
	status: string | null;
	twoLines: boolean;
	fontSize: number;
}

/** What a chip of `slot` says about a pod, measured with `measure(text, size, weight)`. */
export function chipText(
	name: string,
	status: string,
	slot: Box,
	bold: boolean,
	measure: (text: string, size: number, weight: number) => number = textWidth
): ChipText {
	const twoLines = slot.height >= TWO_LINES;
	// Rows shrunk below one line (a crowded node) shrink their text with them.
	const fontSize = twoLines ? FONT.pod : Math.min(FONT.pod, Math.max(6, slot.height - 4));
	const statusSize = twoLines ? FONT.podStatus : fontSize;
	const weight = bold ? 700 : 600;
	const room = slot.width - 2 * INSET;
	const fitName = (width: number) => fitMiddle(name, width, (t) => measure(t, fontSize, weight));
	const fitStatus = (width: number) => fitMiddle(status, width, (t) => measure(t, statusSize, 400));
	if (twoLines) return { name: fitName(room), status: fitStatus(room), twoLines, fontSize };
	// One line: the status goes beside the name when both fit whole, or the name keeps most of itself.
	const statusW = measure(status, statusSize, 400);
	const nameW = measure(name, fontSize, weight);
	const rest = room - statusW - STATUS_GAP;
	if (nameW <= rest || (rest >= Math.min(nameW, room * 0.55) && rest > 0))
		return { name: fitName(rest), status, twoLines, fontSize };
	return { name: fitName(room), status: null, twoLines, fontSize };
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
	// A snapshot's pod list and a size's layout are cached objects, so the same pair means nothing
	// changed and the per-frame call can return at once.
	const el = layer.node();
	if (el && unchanged(el, [l, pods])) return;
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
			// a step lists its pods anew: a chip whose pod and place say the same stays as it is
			const { phase, status, ip, subject } = pod;
			if (unchanged(this, [phase, status, ip, subject, slot.x, slot.y, slot.width, slot.height]))
				return;
			const style =
				pod.status === 'Terminating'
					? TERMINATING_STYLE
					: (PHASE_STYLE[pod.phase] ?? PHASE_STYLE.Unknown);
			const name = podNameOf(pod.key);
			const text = chipText(name, pod.status, slot, pod.subject);
			const cy = slot.y + slot.height / 2;
			setAttrs(this, {
				'data-phase': pod.phase,
				// what kubectl get pods prints in STATUS (Terminating, ContainerCreating …)
				'data-status': pod.status,
				'data-subject': String(pod.subject),
				'data-ip': pod.ip ?? null
			});
			// the IP only in the tooltip: chips are crowded enough with a name and a status
			const tip = [pod.key, pod.status, ...(pod.ip ? [pod.ip] : [])].join(' — ');
			setText(child(this, '.ks-tip'), tip);
			setAttrs(child(this, '.ks-chip'), {
				...slot,
				rx: 5,
				fill: style.fill,
				stroke: style.stroke,
				'stroke-width': pod.subject ? 2.5 : 1
			});
			const nameEl = child(this, '.ks-name');
			setAttrs(nameEl, {
				x: slot.x + INSET,
				y: text.twoLines ? slot.y + 11.5 : cy,
				dy: text.twoLines ? null : '0.35em',
				'font-size': text.fontSize,
				'font-weight': pod.subject ? 700 : 600,
				fill: style.text
			});
			setText(nameEl, text.name);
			const statusEl = child(this, '.ks-status');
			setAttrs(statusEl, {
				x: text.twoLines ? slot.x + INSET : slot.x + slot.width - INSET,
				y: text.twoLines ? slot.y + 23 : cy,
				dy: text.twoLines ? null : '0.35em',
				'text-anchor': text.twoLines ? null : 'end',
				'font-size': text.twoLines ? FONT.podStatus : text.fontSize,
				'font-weight': 400,
				fill: style.text,
				display: text.status === null ? 'none' : null
			});
			setText(statusEl, text.status ?? pod.status);
		});
}
