/**
 * timeline(params, seed): run a flow machine from its first state to a final one and keep every
 * recorded step. Pure: the same scenario gives the same steps, byte for byte.
 */
import { createActor } from 'xstate';
import { createCluster } from '$lib/sim/cluster';
import { podCreationMachine } from './machine';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import type { PodScenario } from './scenario';
import type { Timeline } from '$lib/flows/types';
import type { PodStep } from './machine';

export function podCreationTimeline(scenario: PodScenario): Timeline<PodStep> {
	const initial = createCluster(scenario.nodes, scenario.seed);
	initial.etcd.log = [];
	const actor = createActor(podCreationMachine, {
		input: { scenario, state: structuredClone(initial) }
	});
	runToEnd(actor);
	const { steps } = actor.getSnapshot().context;
	actor.stop();
	return { flow: 'pod-creation', subject: `default/${scenario.name}`, steps, initial };
}
