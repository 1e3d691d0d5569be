/**
 * The room-sized view's promise (issue 16's measure): at a 1920×1080 screen in full screen, with
 * the zoom following the action, every step's labels are at least 24 CSS px. Worked out here from
 * the real timelines, the layout the view makes and the zoom it follows with; the text-size bench
 * measures the same on screen.
 */
import { describe, expect, it } from 'vitest';
import podCreationFlow from '$lib/flows/pod-creation/flow';
import serviceFlow from '$lib/flows/service/flow';
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis } from '$lib/player/frame';
import { focusBox, followTransform } from './followFocus';
import { layout, ROOM_MAX_SCALE } from './layout';
import { restingLabels } from './render';
import { FONT } from './theme';

/** the picture's box at 1920×1080 in full screen: a caption of one line, and of two */
const ROOM_BOXES = [
	{ width: 1895, height: 866 },
	{ width: 1895, height: 840 }
];
const LABEL_FONT = Math.min(FONT.message, FONT.nodeActor, FONT.actor);

const cases: [string, Timeline, boolean][] = [
	['pod creation', podCreationFlow.build(podCreationFlow.scenario.defaults), false],
	['Service', serviceFlow.build(serviceFlow.scenario.defaults), true]
];

/** CSS px of the smallest label at each step's rest, the zoom following, in a compact picture or not */
function smallestLabels(tl: Timeline, kernel: boolean, compact: boolean) {
	const { starts, ends } = timeAxis(tl);
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.appendChild(svg);
	return ROOM_BOXES.flatMap((size) =>
		ends.map((end) => {
			const frame = frameAt(tl, starts, ends, end).frame;
			const l = layout(frame.nodes, size, { maxScale: ROOM_MAX_SCALE, kernel, compact });
			const labels = restingLabels(svg, frame, { reducedMotion: false, size, layout: l });
			const { k } = followTransform(focusBox(frame, l, labels), l.width, l.height);
			return LABEL_FONT * l.scale * k;
		})
	);
}

describe.each(cases)('%s in the room-sized view', (_, tl, kernel) => {
	it('shows every step’s labels at 24 px or more', () => {
		const px = smallestLabels(tl, kernel, true);
		expect(Math.min(...px)).toBeGreaterThanOrEqual(24);
	});

	it('would not, spread over the screen’s width: steps across the cluster stay small', () => {
		const px = smallestLabels(tl, kernel, false);
		expect(Math.min(...px)).toBeLessThan(24);
	});
});
