/**
 * The node-failure flow as a state machine: one state per step, recorded on entry; guards skip
 * what the scenario does not need (no web pod on the failed node, nothing to evict or replace,
 * no node with room for a replacement). After each round of evictions, and after an ending's
 * steps, one ordered list of guards (`next`) picks what the cluster does next.
 */
import { setup, assign } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { recordStep } from '$lib/flows/kit/record';
import { withWorkloadStatus } from '$lib/flows/kit/workloadStatus';
import type { StepsOf } from '$lib/flows/types';
import * as det from './detectionSteps';
import type { NodeFailureDraft, NodeFailureMeta } from './draft';
import * as ev from './evictionSteps';
import { webWorkload } from './evictionSteps';
import * as hb from './heartbeatSteps';
import * as cleanup from './cleanupSteps';
import { endingNext } from './endings';
import * as recovery from './recoverySteps';
import type { NodeFailureScenario } from './scenario';
import * as sts from './statefulSteps';

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
	statefulSetHolds: sts.statefulSetHolds,
	stuckTerminating: ev.stuckTerminating,
	nodeReturns: recovery.nodeReturns,
	taintsLifted: recovery.taintsLifted,
	kubeletResumes: recovery.kubeletResumes,
	nodeDeleted: cleanup.nodeDeleted,
	podGcOrphans: cleanup.podGcOrphans,
	outOfService: cleanup.outOfService,
	podGcTerminating: cleanup.podGcTerminating,
	statefulSetRecreates: sts.statefulSetRecreates
};

export type NodeFailureStepId = keyof typeof stepFns;
/** A recorded node-failure step: its id narrows its params to what that step's function records. */
export type NodeFailureStep = StepsOf<typeof stepFns, NodeFailureMeta>;
/** every step the flow can record (the narration must cover each) */
export const NODE_FAILURE_STEP_IDS = Object.keys(stepFns) as NodeFailureStepId[];

export interface NodeFailureContext extends NodeFailureDraft {
	steps: NodeFailureStep[];
}

type Guard =
	| 'endpointsChange'
	| 'anyToEvict'
	| 'missing'
	| 'statefulMissing'
	| 'anyCreated'
	| 'anyBound'
	| 'statefulHold'
	| 'stuck'
	| 'recover'
	| 'deleteNode'
	| 'outOfService';
type Next = string | { guard?: Guard; target: string }[];
const step = (id: NodeFailureStepId, next: Next) => ({
	entry: { type: 'record' as const, params: { id } },
	on: { 'flow.next': next }
});

/** What the cluster does once a step has played out, first match wins. */
const next: { guard?: Guard; target: string }[] = [
	{ guard: 'missing', target: 'replicaSetReplaces' },
	{ guard: 'statefulMissing', target: 'statefulSetRecreates' },
	{ guard: 'anyCreated', target: 'scheduleReplacements' },
	{ guard: 'anyBound', target: 'kubeletsStart' },
	{ guard: 'statefulHold', target: 'statefulSetHolds' },
	{ guard: 'anyToEvict', target: 'tolerationRuns' },
	{ guard: 'stuck', target: 'stuckTerminating' },
	{ guard: 'recover', target: 'nodeReturns' },
	{ guard: 'deleteNode', target: 'nodeDeleted' },
	{ guard: 'outOfService', target: 'outOfService' },
	{ target: 'done' }
];

export const nodeFailureMachine = setup({
	types: {
		context: {} as NodeFailureContext,
		input: {} as { scenario: NodeFailureScenario; state: ClusterState; failed: string },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: NodeFailureStepId }) =>
			recordStep(
				context,
				params.id,
				(draft) => withWorkloadStatus(stepFns[params.id](draft), draft.state, webWorkload(draft)),
				(draft) => (draft.action >= 0 ? { action: draft.action } : {})
			)
		)
	},
	guards: {
		endpointsChange: ({ context }) => det.endpointsWouldChange(context),
		anyToEvict: ({ context }) => ev.nextEvictions(context) !== null,
		missing: ({ context }) => ev.missingReplicas(context) > 0,
		statefulMissing: ({ context }) => sts.statefulMissing(context),
		anyCreated: ({ context }) => context.created.length > 0,
		anyBound: ({ context }) => context.starting.length > 0,
		statefulHold: ({ context }) => sts.statefulHoldPending(context),
		stuck: ({ context }) => ev.stuckPending(context),
		recover: ({ context }) => endingNext(context, 'recover'),
		deleteNode: ({ context }) => endingNext(context, 'delete-node'),
		outOfService: ({ context }) => endingNext(context, 'out-of-service')
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
		action: -1,
		recovered: false,
		told: { statefulHold: false, stuck: false, ending: false },
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
		tolerationRuns: step('tolerationRuns', [{ guard: 'anyToEvict', target: 'evictPods' }, ...next]),
		evictPods: step('evictPods', next),
		replicaSetReplaces: step('replicaSetReplaces', next),
		scheduleReplacements: step('scheduleReplacements', next),
		kubeletsStart: step('kubeletsStart', next),
		statefulSetHolds: step('statefulSetHolds', next),
		stuckTerminating: step('stuckTerminating', next),
		nodeReturns: step('nodeReturns', 'taintsLifted'),
		taintsLifted: step('taintsLifted', 'kubeletResumes'),
		kubeletResumes: step('kubeletResumes', next),
		nodeDeleted: step('nodeDeleted', 'podGcOrphans'),
		podGcOrphans: step('podGcOrphans', next),
		outOfService: step('outOfService', 'podGcTerminating'),
		podGcTerminating: step('podGcTerminating', next),
		statefulSetRecreates: step('statefulSetRecreates', next),
		done: { type: 'final' }
	}
});
