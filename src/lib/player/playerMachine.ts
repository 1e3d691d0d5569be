/**
 * The player: paused / playing / ended over a time axis. Time is data: every control is a change
 * of `t` (a seek) or of whether ticks advance it. `stopAt` makes "Next step" play one step's
 * animation and rest at its end; with `stepwise` on, Play does the same for the step on screen.
 */
import { assign, setup } from 'xstate';

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

const total = (c: PlayerContext) => c.ends[c.ends.length - 1] ?? 0;
const clampT = (c: PlayerContext, t: number) => Math.min(Math.max(0, t), total(c));

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
function startOrRest(ends: number[], index: number | null): number {
	return index === null ? 0 : restOf(ends, index);
}

/** Settling points by default: the rests (a timeline with no time to read beyond its motion). */
function settlesOf(ends: number[], settles?: number[]): number[] {
	return ends.map((_, i) => Math.min(settles?.[i] ?? Infinity, restOf(ends, i)));
}

/** Where playing on from t pauses, a step at a time: where the step on screen settles, or the next once it has. */
function stepStop(c: PlayerContext): number {
	const i = stepAt(c.ends, c.t);
	if (c.t < c.settles[i]) return c.settles[i];
	// the last step, settled: on to the end
	return i + 1 < c.ends.length ? c.settles[i + 1] : restOf(c.ends, i);
}

function nextSpeed(speed: number, dir: 1 | -1): number {
	const i = SPEEDS.findIndex((s) => s >= speed);
	const j = Math.min(SPEEDS.length - 1, Math.max(0, (i < 0 ? SPEEDS.length - 1 : i) + dir));
	return SPEEDS[j];
}

export const playerMachine = setup({
	types: {
		context: {} as PlayerContext,
		events: {} as PlayerEvent,
		input: {} as {
			ends: number[];
			settles?: number[];
			index: number | null;
			speed?: number;
			stepwise?: boolean;
		}
	},
	guards: {
		atEnd: ({ context }) => context.t >= total(context),
		reachedStop: ({ context }) => context.stopAt !== null && context.t >= context.stopAt
	},
	actions: {
		tick: assign(({ context, event }) => {
			if (event.type !== 'player.tick') return {};
			const t = clampT(context, context.t + event.dt * context.speed);
			return { t: context.stopAt !== null ? Math.min(t, context.stopAt) : t };
		}),
		clearStop: assign({ stopAt: null }),
		stopAtStepEnd: assign(({ context }) => ({
			stopAt: context.stepwise ? stepStop(context) : null
		})),
		stepwise: assign(({ event }) =>
			event.type === 'player.stepwise' ? { stepwise: event.on } : {}
		),
		seek: assign(({ context, event }) => {
			if (event.type === 'player.seek') return { t: clampT(context, event.t), stopAt: null };
			if (event.type === 'player.seekStep') {
				const i = Math.min(Math.max(0, event.index), context.ends.length - 1);
				return { t: restOf(context.ends, i), stopAt: null };
			}
			return {};
		}),
		restart: assign({ t: 0, stopAt: null }),
		previous: assign(({ context }) => {
			// Resting on step k, or part-way through it, both go back to the rest of step k-1:
			// the state just before step k began.
			const target = stepAt(context.ends, context.t) - 1;
			return { t: target < 0 ? 0 : restOf(context.ends, target), stopAt: null };
		}),
		// The step after the one on screen (resting on it, part-way or at its very start), played
		// from its start until its picture is complete: the counter always moves.
		next: assign(({ context }) => {
			const from = context.stopAt !== null ? context.stopAt : context.t;
			const target = Math.min(stepAt(context.ends, from) + 1, context.ends.length - 1);
			const start = target === 0 ? 0 : context.ends[target - 1];
			const t = Math.max(from, start);
			// the last step, already settled: play on to the end
			const stop =
				context.settles[target] > t ? context.settles[target] : restOf(context.ends, target);
			return { t, stopAt: stop };
		}),
		speed: assign(({ context, event }) => {
			if (event.type === 'player.speed') return { speed: Math.min(4, Math.max(0.25, event.speed)) };
			if (event.type === 'player.faster') return { speed: nextSpeed(context.speed, 1) };
			if (event.type === 'player.slower') return { speed: nextSpeed(context.speed, -1) };
			return {};
		}),
		load: assign(({ event }) => {
			if (event.type !== 'player.load') return {};
			return {
				ends: event.ends,
				settles: settlesOf(event.ends, event.settles),
				t: startOrRest(event.ends, event.index),
				stopAt: null
			};
		}),
		rewindIfEnded: assign(({ context }) => (context.t >= total(context) ? { t: 0 } : {}))
	}
}).createMachine({
	id: 'player',
	context: ({ input }) => ({
		t: startOrRest(input.ends, input.index),
		speed: input.speed ?? 1,
		ends: input.ends,
		settles: settlesOf(input.ends, input.settles),
		stopAt: null,
		stepwise: input.stepwise ?? false
	}),
	initial: 'paused',
	on: {
		'player.speed': { actions: 'speed' },
		'player.faster': { actions: 'speed' },
		'player.slower': { actions: 'speed' },
		'player.seek': { target: '.paused', actions: 'seek' },
		'player.seekStep': { target: '.paused', actions: 'seek' },
		'player.previous': { target: '.paused', actions: 'previous' },
		'player.restart': { target: '.paused', actions: 'restart' },
		'player.load': { target: '.paused', actions: 'load' },
		'player.next': [
			{ guard: 'atEnd', target: '.ended' },
			{ target: '.playing', actions: 'next' }
		]
	},
	states: {
		paused: {
			always: { guard: 'atEnd', target: 'ended' },
			on: {
				'player.play': { target: 'playing', actions: 'stopAtStepEnd' },
				'player.toggle': { target: 'playing', actions: 'stopAtStepEnd' },
				'player.stepwise': { actions: 'stepwise' }
			}
		},
		playing: {
			on: {
				'player.pause': { target: 'paused', actions: 'clearStop' },
				'player.toggle': { target: 'paused', actions: 'clearStop' },
				'player.tick': { actions: 'tick' },
				// switched on while playing: this step is the last played; off: play on through
				'player.stepwise': { actions: ['stepwise', 'stopAtStepEnd'] }
			},
			always: [
				{ guard: 'atEnd', target: 'ended', actions: 'clearStop' },
				{ guard: 'reachedStop', target: 'paused', actions: 'clearStop' }
			]
		},
		ended: {
			on: {
				'player.play': { target: 'playing', actions: ['rewindIfEnded', 'stopAtStepEnd'] },
				'player.toggle': { target: 'playing', actions: ['rewindIfEnded', 'stopAtStepEnd'] },
				'player.stepwise': { actions: 'stepwise' }
			}
		}
	}
});
