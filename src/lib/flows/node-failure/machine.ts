/**
 * The node-failure flow as a state machine: one state per step, recorded on entry; guards skip
 * what the scenario does not need (no web pod on the failed node, nothing to evict or replace,
 * no node with room for a replacement).
 */
import { setup, assign } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { recordStep } from '$lib/flows/kit/record';
import type { StepsOf } from '$lib/flows/types';
import * as det from './detectionSteps';
import type { NodeFailureDraft, NodeFailureMeta } from './draft';
import * as ev from './evictionSteps';
import * as hb from './heartbeatSteps';
import type { NodeFailureScenario } from './scenario';

const stepFns = {
	renewLeases: hb.renewLeases,
	monitorNodes: hb.monitorNodes,
	nodeStops: hb.nodeStops,
	othersRenew: hb.othersRenew,
	graceRuns: hb.graceRuns,
	nodeUnknown: det.nodeUnknown,
	podsNotReady: det.podsNotReady,
	endpointsUpdate: det.endpointsUpdate,
	taintNode: det.taintNode,
	tolerationRuns: ev.tolerationRuns,
	evictPods: ev.evictPods,
	replicaSetReplaces: ev.replicaSetReplaces,
	scheduleReplacements: ev.scheduleReplacements,
	kubeletsStart: ev.kubeletsStart,
	stuckTerminating: ev.stuckTerminating
};

export type NodeFailureStepId = keyof typeof stepFns;
/** A recorded node-failure step: its id narrows its params to what that step's function records. */
export type NodeFailureStep = StepsOf<typeof stepFns, NodeFailureMeta>;
/** every step the flow can record (the narration must cover each) */
export const NODE_FAILURE_STEP_IDS = Object.keys(stepFns) as NodeFailureStepId[];

export interface NodeFailureContext extends NodeFailureDraft {
	steps: NodeFailureStep[];
}

type Guard = 'endpointsChange' | 'anyToEvict' | 'missing' | 'anyBound';
const step = (id: NodeFailureStepId, next: string | { guard?: Guard; target: string }[]) => ({
	entry: { type: 'record' as const, params: { id } },
	on: { 'flow.next': next }
});

export const nodeFailureMachine = setup({
	types: {
		context: {} as NodeFailureContext,
		input: {} as { scenario: NodeFailureScenario; state: ClusterState; failed: string },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: NodeFailureStepId }) =>
			recordStep(context, params.id, (draft) => stepFns[params.id](draft))
		)
	},
	guards: {
		endpointsChange: ({ context }) => det.endpointsWouldChange(context),
		anyToEvict: ({ context }) => ev.nextEvictions(context) !== null,
		missing: ({ context }) => ev.missingReplicas(context) > 0,
		anyBound: ({ context }) => context.starting.length > 0
	}
}).createMachine({
	id: 'node-failure',
	context: ({ input }) => ({
		scenario: input.scenario,
		state: input.state,
		failed: input.failed,
		lastRenewal: 0,
		taintedAt: 0,
		evicted: [],
		evictedAt: 0,
		created: [],
		starting: [],
		podsMade: input.scenario.replicas,
		steps: []
	}),
	initial: 'renewLeases',
	states: {
		renewLeases: step('renewLeases', 'monitorNodes'),
		monitorNodes: step('monitorNodes', 'nodeStops'),
		nodeStops: step('nodeStops', 'othersRenew'),
		othersRenew: step('othersRenew', 'graceRuns'),
		graceRuns: step('graceRuns', 'nodeUnknown'),
		nodeUnknown: step('nodeUnknown', 'podsNotReady'),
		podsNotReady: step('podsNotReady', [
			{ guard: 'endpointsChange', target: 'endpointsUpdate' },
			{ target: 'taintNode' }
		]),
		endpointsUpdate: step('endpointsUpdate', 'taintNode'),
		taintNode: step('taintNode', 'tolerationRuns'),
		tolerationRuns: step('tolerationRuns', [
			{ guard: 'anyToEvict', target: 'evictPods' },
			{ target: 'done' }
		]),
		evictPods: step('evictPods', [
			{ guard: 'missing', target: 'replicaSetReplaces' },
			{ target: 'stuckTerminating' }
		]),
		replicaSetReplaces: step('replicaSetReplaces', 'scheduleReplacements'),
		scheduleReplacements: step('scheduleReplacements', [
			{ guard: 'anyBound', target: 'kubeletsStart' },
			{ target: 'stuckTerminating' }
		]),
		kubeletsStart: step('kubeletsStart', 'stuckTerminating'),
		stuckTerminating: step('stuckTerminating', 'done'),
		done: { type: 'final' }
	}
});
