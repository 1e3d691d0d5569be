/**
 * scaleOutTimeline(scenario): run the scale-out machine to its end and keep every step. Pure:
 * the same scenario gives the same steps. Its clock is on screen (`clock`).
 */
import { createActor } from 'xstate';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import type { Timeline } from '$lib/flows/types';
import { createScaleOutCluster } from './cluster';
import { scaleOutMachine, type ScaleOutStep } from './machine';
import type { ScaleOutScenario } from './scenario';

export type ScaleOutTimeline = Timeline<ScaleOutStep>;

export function scaleOutTimeline(scenario: ScaleOutScenario): ScaleOutTimeline {
	const initial = createScaleOutCluster(scenario);
	initial.etcd.log = [];
	const actor = createActor(scaleOutMachine, {
		input: { scenario, state: structuredClone(initial) }
	});
	runToEnd(actor);
	const { steps } = actor.getSnapshot().context;
	actor.stop();
	return { flow: 'scale-out', subject: 'default/web', steps, initial, clock: true };
}
