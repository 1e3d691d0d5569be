/**
 * The player: paused / playing / ended over a time axis. Time is data: every control is a change
 * of `t` (a seek) or of whether ticks advance it. `stopAt` makes "Next step" play one step's
 * animation and rest at its end; with `stepwise` on, Play does the same for the step on screen.
 * Its rules are in playerRules.ts; this module, and XState with it, load apart from the page.
 */
import { assign, createActor, setup } from 'xstate';
import {
	clampT,
	initialContext,
	nextSpeed,
	restOf,
	settlesOf,
	startOrRest,
	stepAt,
	stepStop,
	total,
	type PlayerContext,
	type PlayerEvent,
	type PlayerInput
} from './playerRules';

export const playerMachine = setup({
	types: {
		context: {} as PlayerContext,
		events: {} as PlayerEvent,
		input: {} as PlayerInput
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
	context: ({ input }) => initialContext(input),
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

/** A running player machine (Player starts one once this module has loaded). */
export const startPlayer = (input: PlayerInput) => createActor(playerMachine, { input }).start();
export type PlayerActor = ReturnType<typeof startPlayer>;
