/**
 * The player's rules apart from its machine: the time axis (which step a time is on, where each
 * step rests and settles), speeds, and the machine's context and events. The page needs these
 * from its first paint; the machine that applies them (playerMachine.ts, with XState) loads when
 * a person first reaches for the controls.
 */

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

export interface PlayerContext {
	t: number;
	speed: number;
	/** end time of every step, ascending; the last is the timeline's total */
	ends: number[];
	/** when each step's picture is complete (its messages arrived, a moment to see them): Next and
	 * "step by step" rest there, and the reading is the person's own pace */
	settles: number[];
	/** where a step-by-step play pauses, if any */
	stopAt: number | null;
	/** "pause at each step": Play plays to the end of a step and rests there */
	stepwise: boolean;
}

export type PlayerEvent =
	| { type: 'player.play' }
	| { type: 'player.pause' }
	| { type: 'player.toggle' }
	| { type: 'player.next' }
	| { type: 'player.previous' }
	| { type: 'player.restart' }
	| { type: 'player.seek'; t: number }
	| { type: 'player.seekStep'; index: number }
	| { type: 'player.speed'; speed: number }
	| { type: 'player.stepwise'; on: boolean }
	| { type: 'player.faster' }
	| { type: 'player.slower' }
	| { type: 'player.tick'; dt: number }
	| { type: 'player.load'; ends: number[]; settles?: number[]; index: number | null };

export const total = (c: PlayerContext) => c.ends[c.ends.length - 1] ?? 0;
export const clampT = (c: PlayerContext, t: number) => Math.min(Math.max(0, t), total(c));

/** The step on screen at time t: the first whose end is after t (the last at the very end). */
export function stepAt(ends: number[], t: number): number {
	for (let i = 0; i < ends.length; i++) if (t < ends[i]) return i;
	return Math.max(0, ends.length - 1);
}

/** Resting point of step i: its end, when all its messages have arrived. */
export function restOf(ends: number[], i: number): number {
	// Resting exactly on ends[i] would read as the start of step i+1; rest just before it.
	return i >= ends.length - 1 ? ends[ends.length - 1] : ends[i] - 1;
}

/** null: the very start, before the first message leaves; a number: resting on that step. */
export function startOrRest(ends: number[], index: number | null): number {
	return index === null ? 0 : restOf(ends, index);
}

/** Settling points by default: the rests (a timeline with no time to read beyond its motion). */
export function settlesOf(ends: number[], settles?: number[]): number[] {
	return ends.map((_, i) => Math.min(settles?.[i] ?? Infinity, restOf(ends, i)));
}

/** Where playing on from t pauses, a step at a time: where the step on screen settles, or the next once it has. */
export function stepStop(c: PlayerContext): number {
	const i = stepAt(c.ends, c.t);
	if (c.t < c.settles[i]) return c.settles[i];
	// the last step, settled: on to the end
	return i + 1 < c.ends.length ? c.settles[i + 1] : restOf(c.ends, i);
}

export function nextSpeed(speed: number, dir: 1 | -1): number {
	const i = SPEEDS.findIndex((s) => s >= speed);
	const j = Math.min(SPEEDS.length - 1, Math.max(0, (i < 0 ? SPEEDS.length - 1 : i) + dir));
	return SPEEDS[j];
}

/** What a player starts from: a timeline's axis, and where on it (a step's rest, or a time). */
export interface PlayerInput {
	ends: number[];
	settles?: number[];
	/** null: the very start; a number: resting on that step (unless `t` says where) */
	index: number | null;
	/** the time to start at, when the player is not at a step's rest (its engine came late) */
	t?: number;
	speed?: number;
	stepwise?: boolean;
}

export function initialContext(input: PlayerInput): PlayerContext {
	return {
		t: input.t ?? startOrRest(input.ends, input.index),
		speed: input.speed ?? 1,
		ends: input.ends,
		settles: settlesOf(input.ends, input.settles),
		stopAt: null,
		stepwise: input.stepwise ?? false
	};
}
