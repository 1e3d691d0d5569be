/**
 * Model-based tests of the player machine: @xstate/graph explores every state the controls can
 * reach (with a chosen set of events of each kind), and every transition it finds is checked
 * against what the controls promise; every path is then replayed on a live actor and must be
 * able to play on to the last step.
 */
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { playerMachine } from './playerMachine';
import { restOf, stepAt, type PlayerEvent } from './playerRules';
import { stateViolations } from './testing/invariants';

type Snap = SnapshotFrom<typeof playerMachine>;

// Three timelines to load: three steps, two steps, one step.
const A = [1000, 2500, 4000];
const B = [3000, 4000];
const C = [2000];

const events: PlayerEvent[] = [
	{ type: 'player.play' },
	{ type: 'player.pause' },
	{ type: 'player.toggle' },
	{ type: 'player.next' },
	{ type: 'player.previous' },
	{ type: 'player.restart' },
	{ type: 'player.faster' },
	{ type: 'player.slower' },
	{ type: 'player.speed', speed: 0.1 },
	{ type: 'player.speed', speed: 1 },
	{ type: 'player.speed', speed: 10 },
	{ type: 'player.seek', t: -50 },
	{ type: 'player.seek', t: 1200 },
	{ type: 'player.seek', t: 1e9 },
	{ type: 'player.seekStep', index: -1 },
	{ type: 'player.seekStep', index: 1 },
	{ type: 'player.seekStep', index: 99 },
	{ type: 'player.tick', dt: 16 },
	{ type: 'player.tick', dt: 400 },
	{ type: 'player.tick', dt: 5000 },
	{ type: 'player.load', ends: A, index: null },
	{ type: 'player.load', ends: B, index: 0 },
	{ type: 'player.load', ends: C, index: null },
	{ type: 'player.stepwise', on: true },
	{ type: 'player.stepwise', on: false }
];

const total = (s: Snap) => s.context.ends.at(-1)!;

/** Where t stands in its step: the very start, resting, at the end, or part-way. */
function place(ends: number[], t: number): string {
	const i = stepAt(ends, t);
	if (t === 0) return `${i}:start`;
	if (t === ends.at(-1)) return `${i}:end`;
	return t === restOf(ends, i) ? `${i}:rest` : `${i}:moving`;
}

/**
 * The abstraction the traversal explores: t matters by the step it is in and where in it, not
 * by its exact value, which would make the state space endless (ticks add any amount).
 */
function serialize(s: Snap): string {
	const c = s.context;
	const stop = c.stopAt === null ? null : place(c.ends, c.stopAt);
	return JSON.stringify([s.value, c.ends.length, place(c.ends, c.t), c.speed, stop, c.stepwise]);
}

const options = { input: { ends: A, index: null }, events, serializeState: serialize };

/** What each control promises, from the state before it and the state after. */
function transitionViolations(before: Snap, event: PlayerEvent, after: Snap): string[] {
	const [b, a] = [before.context, after.context];
	const out: string[] = [];
	const fail = (what: string) => out.push(`${event.type}: ${what}`);
	const resting = ['paused', 'ended'].includes(after.value as string);
	switch (event.type) {
		case 'player.tick':
			if (before.value !== 'playing' && a.t !== b.t) fail(`moved t while ${before.value}`);
			if (before.value === 'playing' && !(a.t >= b.t && a.t - b.t <= event.dt * b.speed))
				fail(`t ${b.t} → ${a.t} for dt ${event.dt} at ${b.speed}×`);
			break;
		case 'player.seek':
		case 'player.seekStep':
		case 'player.previous':
		case 'player.restart':
		case 'player.load':
			if (!resting || a.stopAt !== null) fail(`left it ${after.value}, stop ${a.stopAt}`);
			if (event.type === 'player.seekStep') {
				const k = Math.min(Math.max(0, event.index), a.ends.length - 1);
				if (a.t !== restOf(a.ends, k)) fail(`rests at ${a.t}, not step ${k}'s rest`);
			}
			if (event.type === 'player.previous') {
				const k = Math.max(0, stepAt(b.ends, b.t) - 1);
				if (stepAt(a.ends, a.t) !== k) fail(`went to step ${stepAt(a.ends, a.t)}, not ${k}`);
			}
			if (event.type === 'player.restart' && a.t !== 0) fail(`t ${a.t}`);
			break;
		case 'player.next': {
			if (stepAt(a.ends, a.t) < stepAt(b.ends, b.t)) fail('went back');
			const last = b.ends.length - 1;
			const on = stepAt(b.ends, b.stopAt ?? b.t);
			if (before.value !== 'ended' && stepAt(a.ends, a.t) !== Math.min(on + 1, last))
				fail(`went to step ${stepAt(a.ends, a.t)} from ${on}: the counter must move`);
			if (before.value !== 'ended' && after.value === 'playing' && a.stopAt === null)
				fail('plays without a stop');
			break;
		}
		case 'player.stepwise':
			if (a.stepwise !== event.on || a.t !== b.t) fail('changed more than the setting');
			if (after.value === 'playing' && event.on && a.stopAt === null)
				fail('plays on past the step');
			break;
		case 'player.pause':
			if (a.t !== b.t || after.value === 'playing') fail(`t ${b.t} → ${a.t}, ${after.value}`);
			break;
		case 'player.speed':
		case 'player.faster':
		case 'player.slower':
			if (a.t !== b.t || after.value !== before.value) fail('changed more than the speed');
			if (event.type === 'player.faster' && a.speed < b.speed) fail('slower');
			if (event.type === 'player.slower' && a.speed > b.speed) fail('faster');
			break;
		case 'player.play':
			if (after.value !== 'playing' && !(after.value === 'ended' && total(after) === 0))
				fail(`is ${after.value}`);
			if (before.value === 'ended' && a.t !== 0) fail('did not replay from the start');
			if (b.stepwise && after.value === 'playing') {
				const i = stepAt(a.ends, a.t);
				if (a.stopAt === null || stepAt(a.ends, a.stopAt) > i + 1)
					fail(`pause at each step on, but plays to ${a.stopAt}`);
			}
			break;
	}
	return out;
}

/**
 * Plays on from a snapshot until the player ends, as a person would: Play whenever it rests
 * (a step played by Next stops at its end), and let the frames tick meanwhile.
 */
function playToEnd(from: Snap): Snap {
	const actor = createActor(playerMachine, { snapshot: from, input: options.input }).start();
	for (let i = 0; i < 200 && actor.getSnapshot().value !== 'ended'; i++)
		actor.send(
			actor.getSnapshot().value === 'paused'
				? { type: 'player.play' }
				: { type: 'player.tick', dt: 100 }
		);
	return actor.getSnapshot();
}

describe('player machine: every reachable state and transition', () => {
	const adjacency = getAdjacencyMap(playerMachine, options);
	const edges = adjacencyMapToArray(adjacency);
	const paths = getShortestPaths(playerMachine, options);

	it('explores a real state space (every control, every state value, all three timelines)', () => {
		expect(new Set(Object.values(adjacency).map((a) => a.state.value))).toEqual(
			new Set(['paused', 'playing', 'ended'])
		);
		expect(new Set(Object.values(adjacency).map((a) => a.state.context.ends.length))).toEqual(
			new Set([1, 2, 3])
		);
		expect(Object.keys(adjacency).length).toBeGreaterThan(100);
		expect(paths.length).toBe(Object.keys(adjacency).length);
	});

	it('keeps t, the step index and the speed in range in every state', () => {
		const bad = Object.values(adjacency).flatMap(({ state }) =>
			stateViolations(state).map((v) => `${serialize(state)}: ${v}`)
		);
		expect(bad).toEqual([]);
	});

	it('does what each control promises on every transition', () => {
		const bad = edges.flatMap(({ state, event, nextState }) =>
			transitionViolations(state, event, nextState).map((v) => `${serialize(state)}: ${v}`)
		);
		expect(bad).toEqual([]);
	});

	it('replays every path the same on a live actor, and can play on from it to the last step', () => {
		for (const path of paths) {
			const actor = createActor(playerMachine, { input: options.input }).start();
			for (const step of path.steps.slice(1)) actor.send(step.event);
			const live = actor.getSnapshot();
			// the traversal merges states by their abstraction: the live one is in the same class
			expect(serialize(live)).toBe(serialize(path.state));
			expect(stateViolations(live)).toEqual([]);
			const end = playToEnd(live);
			expect(end.value).toBe('ended');
			expect(stepAt(end.context.ends, end.context.t)).toBe(end.context.ends.length - 1);
		}
	});

	it('seeks to the same place from every state: a seek forgets the history', () => {
		for (const path of paths) {
			const ends = path.state.context.ends;
			for (let k = 0; k < ends.length; k++) {
				const from = createActor(playerMachine, { snapshot: path.state, input: options.input });
				from.start().send({ type: 'player.seekStep', index: k });
				const fresh = createActor(playerMachine, { input: { ends, index: null } }).start();
				fresh.send({ type: 'player.seekStep', index: k });
				expect(from.getSnapshot().context.t).toBe(fresh.getSnapshot().context.t);
				expect(from.getSnapshot().value).toBe(fresh.getSnapshot().value);
			}
		}
	});
});
