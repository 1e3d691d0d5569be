/**
 * timeline(params, seed): run a flow machine from its first state to a final one and keep every
 * recorded step. Pure: the same scenario gives the same steps, byte for byte.
 */
import { createActor } from 'xstate';
import { createCluster, type ClusterState } from '$lib/sim/cluster';
import { addTaint } from '$lib/sim/nodeLifecycle';
import { playedTaints } from './taints';
import { podCreationMachine } from './machine';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import type { PodScenario } from './scenario';
import type { Timeline } from '$lib/flows/types';
import type { PodStep } from './machine';

/** The cluster before the first step: its nodes, and the taints `kubectl taint nodes` gave them. */
export function podCreationCluster(scenario: PodScenario): ClusterState {
	const initial = createCluster(scenario.nodes, scenario.seed);
	for (const { node, ...taint } of playedTaints(scenario.taints, scenario.nodes).played)
		addTaint(initial, node, taint, null);
	initial.etcd.log = [];
	return initial;
}

export function podCreationTimeline(scenario: PodScenario): Timeline<PodStep> {
	const initial = podCreationCluster(scenario);
	const actor = createActor(podCreationMachine, {
		input: { scenario, state: structuredClone(initial) }
	});
	runToEnd(actor);
	const { steps } = actor.getSnapshot().context;
	actor.stop();
	return { flow: 'pod-creation', subject: `default/${scenario.name}`, steps, initial };
}
