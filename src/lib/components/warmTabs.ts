/**
 * The tabs whose code loads on first use, fetched once the person plays and then warmed
 * (lazy.ts warmUp) with the first and the last step that open each: those steps then mount
 * code, and lay out text, that the browser has seen before.
 */
import type { Step, Timeline } from '$lib/flows/types';
import { frameAt, timeAxis } from '$lib/player/frame';
import { restOf } from '$lib/player/playerMachine';
import type { FlowUi, PanelProps } from './flowUi';
import { warmUp } from '$lib/ui/lazy';

/** The cluster before step `index`: the panels show what the step changed against it. */
export const stateBefore = (tl: Timeline, index: number) =>
	index > 0 ? tl.steps[index - 1].snapshot : tl.initial;

/** The first and the last step whose panel of choice is tab `id` (the last step if none is). */
export function stepsOpening(steps: Step[], suggestTab: (step: Step) => string, id: string) {
	const opens = steps.flatMap((s, i) => (suggestTab(s) === id ? [i] : []));
	return opens.length ? [...new Set([opens[0], opens.at(-1)!])] : [steps.length - 1];
}

/** What a tab's panel gets while the player rests on step `index`. */
function propsAt(
	tl: Timeline,
	{ starts, ends }: ReturnType<typeof timeAxis>,
	index: number,
	etcdKey: FlowUi['etcdKey']
): PanelProps {
	return {
		view: frameAt(tl, starts, ends, restOf(ends, index)),
		timeline: tl,
		previous: stateBefore(tl, index),
		watched: etcdKey(tl, index, true)
	};
}

export function warmTabs(tl: Timeline, ui: Pick<FlowUi, 'tabs' | 'suggestTab' | 'etcdKey'>) {
	const axis = timeAxis(tl);
	for (const tab of ui.tabs) {
		if (!('load' in tab)) continue;
		const at = stepsOpening(tl.steps, ui.suggestTab, tab.id);
		void warmUp(
			tab.load,
			at.map((i) => propsAt(tl, axis, i, ui.etcdKey))
		);
	}
}
