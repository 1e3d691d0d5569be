/**
 * How long things take on screen at 1× speed. A message needs time to be read while it moves,
 * and a step needs time for its narration to be read before the next begins.
 */
import type { Step } from '$lib/flows/types';

/** one phase of messages travelling: long enough to read a label while it moves */
export const MESSAGE_MS = 1800;
/** a step with no messages (the actor thinks: admission, filtering and scoring) */
export const THINK_MS = 3200;
/** the least rest after a step's last message arrives, so the picture can be taken in */
export const HOLD_MS = 2400;

export function phaseCount(step: Step): number {
	return step.messages.reduce((n, m) => Math.max(n, m.phase + 1), 0);
}

/** The moment inside a step when its work is done and its snapshot becomes visible. */
export function workMs(step: Step): number {
	const phases = phaseCount(step);
	return phases === 0 ? THINK_MS : phases * MESSAGE_MS;
}

/**
 * A step lasts until its narration has been read (`readMs`, recorded when the timeline is built),
 * and at least its messages' travel plus a rest after them.
 */
export function stepDurationMs(step: Step): number {
	return Math.max(workMs(step) + HOLD_MS, step.readMs ?? 0);
}

/**
 * Start time of every step plus the total, so `ends[i] = starts[i + 1]`, and when each step's
 * picture is complete (`settles`): its messages arrived and the least rest after them. The time
 * after that is for reading.
 */
export function schedule(steps: Step[]): {
	starts: number[];
	ends: number[];
	settles: number[];
	total: number;
} {
	const starts: number[] = [];
	const ends: number[] = [];
	const settles: number[] = [];
	let t = 0;
	for (const s of steps) {
		starts.push(t);
		settles.push(t + workMs(s) + HOLD_MS);
		t += stepDurationMs(s);
		ends.push(t);
	}
	return { starts, ends, settles, total: t };
}

/**
 * The moments where the picture changes other than by motion: a phase of messages leaves (and the
 * one before arrives), a step's work is done (its snapshot appears), a step ends. Between two of
 * them a message only moves along its way, at a pace the time alone sets, so the browser can
 * animate it (see diagram/messages.ts).
 */
export function pictureChanges(steps: Step[]): number[] {
	const out: number[] = [];
	let t = 0;
	for (const s of steps) {
		const phases = phaseCount(s);
		for (let k = 1; k <= phases; k++) out.push(t + k * MESSAGE_MS);
		if (workMs(s) !== phases * MESSAGE_MS) out.push(t + workMs(s));
		t += stepDurationMs(s);
		// the next step's first phase leaves here too
		out.push(t);
	}
	return out;
}
