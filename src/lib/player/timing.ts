/**
 * How long things take on screen at 1× speed. A message needs time to be read while it moves,
 * and a step needs a pause after its last message arrives before the next begins.
 */
import type { Step } from '$lib/flows/types';

/** one phase of messages travelling: long enough to read a label while it moves */
export const MESSAGE_MS = 1800;
/** a step with no messages (the actor thinks: admission, filtering and scoring) */
export const THINK_MS = 3200;
/** rest after a step's last message arrives, so its narration can be read before the next */
export const HOLD_MS = 2400;

export function phaseCount(step: Step): number {
	return step.messages.reduce((n, m) => Math.max(n, m.phase + 1), 0);
}

/** The moment inside a step when its work is done and its snapshot becomes visible. */
export function workMs(step: Step): number {
	const phases = phaseCount(step);
	return phases === 0 ? THINK_MS : phases * MESSAGE_MS;
}

export function stepDurationMs(step: Step): number {
	return workMs(step) + HOLD_MS;
}

/** Start time of every step plus the total, so `ends[i] = starts[i + 1]`. */
export function schedule(steps: Step[]): { starts: number[]; ends: number[]; total: number } {
	const starts: number[] = [];
	const ends: number[] = [];
	let t = 0;
	for (const s of steps) {
		starts.push(t);
		t += stepDurationMs(s);
		ends.push(t);
	}
	return { starts, ends, total: t };
}
