import { describe, expect, it } from 'vitest';
import { defaultScaleOutScenario } from '$lib/flows/scale-out/scenario';
import { scaleOutTimeline } from '$lib/flows/scale-out/timeline';
import { frameAt, timeAxis } from '$lib/player/frame';
import { endsFor } from './endpoints';
import { layout } from './layout';
import { placeMessages } from './messagePlacement';
import { FONT, estimateTextWidth } from './theme';

/**
 * How many label forms the placement tries is the work a step's first picture costs (each trial
 * is a search of every candidate place): counted, not timed. Trying the forms of a label with no
 * room anywhere one by one costs about thirty trials each in the crowded steps.
 */
describe('label placement work', () => {
	it('tries few forms per label, even in the crowded steps of scaling out', () => {
		const timeline = scaleOutTimeline(defaultScaleOutScenario);
		const { starts, ends } = timeAxis(timeline);
		let trials = 0;
		let labels = 0;
		const measure = (text: string) => (trials++, estimateTextWidth(text, FONT.message));
		timeline.steps.forEach((_, i) => {
			const { frame } = frameAt(timeline, starts, ends, ends[i] - 1);
			const l = layout(frame.nodes, { width: 860, height: 520 });
			const e = endsFor(l, frame.restPods);
			const drawable = frame.resting.filter((m) => e.has(m.from) && e.has(m.to));
			labels += drawable.length;
			placeMessages(l, drawable, { reducedMotion: false, measure, ends: e });
		});
		expect(labels).toBeGreaterThan(250);
		expect(trials / labels).toBeLessThan(6);
	});
	it('gives every label a place of its own, the same however often it is placed', () => {
		// the search reuses its candidates between labels: what a label keeps must be its own
		const timeline = scaleOutTimeline(defaultScaleOutScenario);
		const { starts, ends } = timeAxis(timeline);
		const measure = (text: string) => estimateTextWidth(text, FONT.message);
		timeline.steps.forEach((_, i) => {
			const { frame } = frameAt(timeline, starts, ends, ends[i] - 1);
			const l = layout(frame.nodes, { width: 860, height: 520 });
			const e = endsFor(l, frame.restPods);
			const drawable = frame.resting.filter((m) => e.has(m.from) && e.has(m.to));
			const once = placeMessages(l, drawable, { reducedMotion: false, measure, ends: e });
			const pills = once.map((p) => p.pill);
			expect(new Set(pills).size).toBe(pills.length);
			const copy = structuredClone(once.map((p) => ({ pill: p.pill, text: p.text })));
			const again = placeMessages(l, drawable, { reducedMotion: false, measure, ends: e });
			expect(once.map((p) => ({ pill: p.pill, text: p.text }))).toEqual(copy);
			expect(again.map((p) => ({ pill: p.pill, text: p.text }))).toEqual(copy);
		});
	});
});
