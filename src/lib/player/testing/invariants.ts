/**
 * What holds in every state of the player and in every frame it shows, for the model-based and
 * property tests. Each returns the violations found (empty = fine). Test support only.
 */
import type { SnapshotFrom } from 'xstate';
import type { Timeline } from '$lib/flows/types';
import { frameAt } from '$lib/player/frame';
import { playerMachine } from '$lib/player/playerMachine';
import { SPEEDS, stepAt } from '$lib/player/playerRules';

type Snap = SnapshotFrom<typeof playerMachine>;

/** t within the timeline, the step index in range, the speed within its limits, ended at the end. */
export function stateViolations(s: Snap): string[] {
	const { t, speed, stopAt, ends } = s.context;
	const total = ends.at(-1)!;
	const out: string[] = [];
	const i = stepAt(ends, t);
	if (!(t >= 0 && t <= total)) out.push(`t ${t} outside 0..${total}`);
	if (!(i >= 0 && i < ends.length)) out.push(`step ${i} outside 0..${ends.length - 1}`);
	if (!(speed >= SPEEDS[0] && speed <= SPEEDS.at(-1)!)) out.push(`speed ${speed}`);
	if ((s.value === 'ended') !== t >= total) out.push(`${s.value} at t ${t} of ${total}`);
	if (stopAt !== null && (s.value !== 'playing' || stopAt < t || stopAt > total))
		out.push(`stop at ${stopAt} while ${s.value} at ${t}`);
	return out;
}

/**
 * The frame at t: its step in range, the cluster shown is that step's snapshot once its work is
 * done and the one before until then, and every message drawn is on its way (progress 0..1).
 */
export function frameViolations(
	tl: Timeline,
	axis: { starts: number[]; ends: number[] },
	t: number
): string[] {
	const view = frameAt(tl, axis.starts, axis.ends, t);
	const out: string[] = [];
	const i = view.index;
	if (!(i >= 0 && i < tl.steps.length)) return [`frame of step ${i} of ${tl.steps.length}`];
	if (view.step !== tl.steps[i]) out.push(`frame ${i} shows another step`);
	const before = i > 0 ? tl.steps[i - 1].snapshot : tl.initial;
	if (view.state !== (view.applied ? tl.steps[i].snapshot : before))
		out.push(`frame ${i} (applied ${view.applied}) shows another step's cluster`);
	for (const m of view.frame.messages)
		if (!(m.progress >= 0 && m.progress <= 1)) out.push(`message ${m.id} at ${m.progress}`);
	return out;
}
