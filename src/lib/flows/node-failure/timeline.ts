/**
 * nodeFailureTimeline(scenario): run the node-failure machine to its end and keep every step.
 * Pure: the same scenario gives the same steps. Its clock is on screen (`clock`).
 */
import { createActor } from 'xstate';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import type { Timeline } from '$lib/flows/types';
import { createNodeFailureCluster } from './cluster';
import { nodeFailureMachine, type NodeFailureStep } from './machine';
import { failedNode, type NodeFailureScenario } from './scenario';

export interface NodeFailureTimeline extends Timeline<NodeFailureStep> {
	/** the node that fails: the scenario's, or the fallback when the cluster has no such node */
	failed: string;
}

export function nodeFailureTimeline(scenario: NodeFailureScenario): NodeFailureTimeline {
	const initial = createNodeFailureCluster(scenario);
	initial.etcd.log = [];
	const failed = failedNode(scenario);
	const actor = createActor(nodeFailureMachine, {
		input: { scenario, state: structuredClone(initial), failed }
	});
	runToEnd(actor);
	const { steps } = actor.getSnapshot().context;
	actor.stop();
	return { flow: 'node-failure', subject: 'default/web', steps, initial, failed, clock: true };
}
