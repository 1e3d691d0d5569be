/**
 * The etcd key the etcd tab shows in flows that write many objects: the one written last up to
 * the step on screen (its writes counted once `applied`), or `before` when nothing was written yet.
 */
import type { Step, Timeline } from '$lib/flows/types';

export function lastWritten(
	timeline: Timeline<Step>,
	index: number,
	applied: boolean,
	before: () => string
): string {
	const step = timeline.steps.slice(0, index + (applied ? 1 : 0)).findLast((s) => s.wrote.length);
	return step?.wrote[0] ?? before();
}
