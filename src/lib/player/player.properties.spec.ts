/**
 * Property tests of the player over real timelines of random scenarios: random sequences of
 * every control keep the player and its frames in range, and stepping to a step with Next (its
 * animation played by ticks of any size, at any speed) shows exactly what seeking there shows.
 *
 * A failure prints fast-check's seed and path: FC_SEED=<seed> FC_PATH=<path> npx vitest run
 * src/lib/player/player.properties.spec.ts replays it; FC_NUM_RUNS=<n> runs more (or fewer).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { deepLinkSearch, readDeepLink } from '$lib/flows/kit/deepLink';
import podCreationFlow from '$lib/flows/pod-creation/flow';
import { podCreationMachine } from '$lib/flows/pod-creation/machine';
import serviceFlow from '$lib/flows/service/flow';
import { podCreationCluster } from '$lib/flows/pod-creation/timeline';
import type { PodScenario } from '$lib/flows/pod-creation/scenario';
import type { ServiceScenario } from '$lib/flows/service/scenario';
import { podScenarioArb, runs, serviceScenarioArb } from '$lib/flows/testing/arbitraries';
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis } from './frame';
import { playerMachine } from './playerMachine';
import { restOf, SPEEDS, stepAt, type PlayerEvent } from './playerRules';
import { frameViolations, stateViolations } from './testing/invariants';

vi.setConfig({ testTimeout: 120_000 });

type Flow = { flow: 'pod'; scenario: PodScenario } | { flow: 'service'; scenario: ServiceScenario };

/** Mostly pod creation (fast to build), sometimes a small Service flow with its what-ifs. */
const flowArb: fc.Arbitrary<Flow> = fc.oneof(
	{ arbitrary: podScenarioArb.map((scenario) => ({ flow: 'pod' as const, scenario })), weight: 3 },
	{
		arbitrary: serviceScenarioArb
			.filter((s) => s.nodes <= 5 && s.replicas <= 5 && s.actions.length <= 3)
			.map((scenario) => ({ flow: 'service' as const, scenario })),
		weight: 1
	}
);

const build = (f: Flow): Timeline =>
	f.flow === 'pod' ? podCreationFlow.build(f.scenario) : serviceFlow.build(f.scenario);

const tickArb = (max: number) =>
	fc.record({ type: fc.constant('tick' as const), dt: fc.integer({ min: 0, max }) });

/** The controls that carry nothing but their name. */
type Plain = Exclude<
	PlayerEvent,
	{
		type:
			| 'player.seek'
			| 'player.seekStep'
			| 'player.speed'
			| 'player.tick'
			| 'player.load'
			| 'player.stepwise';
	}
>;
const controls = (...types: Plain['type'][]) =>
	fc.constantFrom(...types.map((type): Plain => ({ type })));

/** A control, with its numbers relative to the timeline (made absolute once it is built). */
const controlArb = fc.oneof(
	{ arbitrary: controls('player.play', 'player.toggle', 'player.next'), weight: 2 },
	controls('player.pause', 'player.previous', 'player.restart', 'player.faster', 'player.slower'),
	fc.record({
		type: fc.constant('seek' as const),
		at: fc.double({ min: -0.2, max: 1.2, noNaN: true })
	}),
	fc.record({ type: fc.constant('seekStep' as const), index: fc.integer({ min: -2, max: 80 }) }),
	fc.record({ type: fc.constant('player.stepwise' as const), on: fc.boolean() }),
	fc.record({
		type: fc.constant('speed' as const),
		speed: fc.double({ min: 0, max: 8, noNaN: true })
	}),
	// the animation frames, the most frequent event by far: up to 100 ms as the page sends them,
	// and now and then a long one, up to the whole timeline (a slow machine, a test)
	{ arbitrary: tickArb(100), weight: 6 },
	{
		arbitrary: fc.record({
			type: fc.constant('longTick' as const),
			part: fc.double({ min: 0, max: 1, noNaN: true })
		}),
		weight: 2
	},
	fc.record({ type: fc.constant('load' as const), steps: fc.nat(), index: fc.option(fc.nat()) })
);

type Control = typeof controlArb extends fc.Arbitrary<infer C> ? C : never;

/** The timeline on screen after a control, and the player event the control is. */
function toEvent(c: Control, full: Timeline, current: Timeline): [Timeline, PlayerEvent] {
	const ends = timeAxis(current).ends;
	switch (c.type) {
		case 'seek':
			return [current, { type: 'player.seek', t: c.at * ends.at(-1)! }];
		case 'seekStep':
			return [current, { type: 'player.seekStep', index: c.index }];
		case 'speed':
			return [current, { type: 'player.speed', speed: c.speed }];
		case 'tick':
			return [current, { type: 'player.tick', dt: c.dt }];
		case 'longTick':
			return [current, { type: 'player.tick', dt: c.part * ends.at(-1)! }];
		case 'load': {
			// another scenario's timeline: here the first steps of this one (its ends are a prefix)
			const next = { ...full, steps: full.steps.slice(0, 1 + (c.steps % full.steps.length)) };
			const index = c.index === null ? null : c.index % next.steps.length;
			return [next, { type: 'player.load', ends: timeAxis(next).ends, index }];
		}
		default:
			return [current, c];
	}
}

describe('player over a real timeline', () => {
	it('keeps t, the step index, the speed and the frame in range under any controls', () => {
		fc.assert(
			fc.property(
				flowArb,
				fc.array(controlArb, { maxLength: 150, size: 'medium' }),
				(flow, controls) => {
					const full = build(flow);
					let current = full;
					const actor = createActor(playerMachine, {
						input: { ends: timeAxis(full).ends, index: null }
					}).start();
					for (const c of controls) {
						const [next, event] = toEvent(c, full, current);
						current = next;
						actor.send(event);
						const s = actor.getSnapshot();
						expect(stateViolations(s)).toEqual([]);
						expect(s.context.ends).toEqual(timeAxis(current).ends);
						expect(frameViolations(current, timeAxis(current), s.context.t)).toEqual([]);
					}
				}
			),
			runs(100)
		);
	});

	it('shows the same at step k whether stepped to with Next and ticks, or sought', () => {
		fc.assert(
			fc.property(
				flowArb,
				fc.nat(),
				// 1× first and ticks shrinking to 100 ms: a shrunk case stays quick to replay
				fc.constantFrom(1, ...SPEEDS.filter((s) => s !== 1)),
				fc.array(
					fc.integer({ min: -84, max: 2900 }).map((dt) => dt + 100),
					{ minLength: 1, maxLength: 8 }
				),
				(flow, kRaw, speed, dts) => {
					const tl = build(flow);
					const axis = timeAxis(tl);
					const k = kRaw % tl.steps.length;
					// from the first step's rest, each Next plays the step after the one on screen
					const played = createActor(playerMachine, {
						input: { ends: axis.ends, settles: axis.settles, index: 0, speed }
					}).start();
					let tick = 0;
					for (let i = 1; i <= k; i++) {
						played.send({ type: 'player.next' });
						while (played.getSnapshot().value === 'playing')
							played.send({ type: 'player.tick', dt: dts[tick++ % dts.length] });
					}
					const sought = createActor(playerMachine, {
						input: { ends: axis.ends, index: null }
					}).start();
					sought.send({ type: 'player.seekStep', index: k });
					// Next rests once the step's picture is complete; a seek at the step's end: the
					// same picture, the time to read in between
					const played_t = played.getSnapshot().context.t;
					const t = sought.getSnapshot().context.t;
					expect(t).toBe(restOf(axis.ends, k));
					expect(stepAt(axis.ends, played_t)).toBe(k);
					expect(played_t).toBe(k === 0 ? t : Math.min(axis.settles[k], t));
					expect(JSON.stringify(frameAt(tl, axis.starts, axis.ends, played_t).frame)).toBe(
						JSON.stringify(frameAt(tl, axis.starts, axis.ends, t).frame)
					);
					// the link to this view reopens the same timeline, resting there too
					const link =
						flow.flow === 'pod'
							? readDeepLink(
									deepLinkSearch(podCreationFlow, flow.scenario, k, 'en'),
									podCreationFlow
								)
							: readDeepLink(deepLinkSearch(serviceFlow, flow.scenario, k, 'en'), serviceFlow);
					expect(link.problems).toEqual([]);
					expect(JSON.stringify(link.timeline)).toBe(JSON.stringify(tl));
					const opened = createActor(playerMachine, {
						input: { ends: axis.ends, index: link.step }
					}).start();
					expect(opened.getSnapshot().context.t).toBe(t);
					const view = frameAt(tl, axis.starts, axis.ends, t);
					expect(stepAt(axis.ends, t)).toBe(k);
					expect(view.applied).toBe(true);
					expect(view.state).toBe(tl.steps[k].snapshot);
					expect(JSON.stringify(view.frame)).toBe(
						JSON.stringify(
							frameAt(tl, axis.starts, axis.ends, sought.getSnapshot().context.t).frame
						)
					);
					if (flow.flow === 'pod') {
						// and it is the cluster the flow machine itself is in after k+1 steps
						const initial = podCreationCluster(flow.scenario);
						const machine = createActor(podCreationMachine, {
							input: { scenario: flow.scenario, state: initial }
						}).start();
						for (let i = 0; i < k; i++) machine.send({ type: 'flow.next' });
						const fresh = machine.getSnapshot().context.steps[k].snapshot;
						expect(JSON.stringify(fresh)).toBe(JSON.stringify(view.state));
					}
				}
			),
			runs(60)
		);
	});
});
