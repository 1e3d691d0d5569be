/**
 * Where a press on the timeline lands. A tick is 2 px wide, so a press that means "this step"
 * easily falls a few pixels beside it; within SNAP_PX of a tick it lands on the step's start,
 * as a keyboard step or a link to the step does, rather than part-way into a message.
 */
export const SNAP_PX = 6;

/** The step on screen at `time`: the last whose start is at or before it. */
export function stepOf(starts: readonly number[], time: number): number {
	let i = 0;
	while (i + 1 < starts.length && starts[i + 1] <= time) i++;
	return i;
}

/**
 * The time a press at `fraction` (0–1) of a track `width` px wide seeks to, over a flow of
 * `total` ms whose steps start at `starts`.
 */
export function pressTime(
	fraction: number,
	width: number,
	total: number,
	starts: readonly number[]
): number {
	const time = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * total;
	if (!(width > 0) || !(total > 0)) return time;
	const i = stepOf(starts, time);
	const pxTo = (s: number) => (Math.abs(s - time) / total) * width;
	const near = [i, i + 1].filter((k) => k < starts.length && pxTo(starts[k]) <= SNAP_PX);
	if (!near.length) return time;
	return starts[near.reduce((a, b) => (pxTo(starts[b]) < pxTo(starts[a]) ? b : a))];
}
