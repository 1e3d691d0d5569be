/**
 * The scale-out flow as a state machine: scale up, schedule, start; a node joins when pods are
 * left Pending (retried on the node's events when they could fit it); then scale back down.
 * One state per step, recorded on entry; a step id can be recorded by two states (the retries).
 */
import { assign, setup } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { recordStep } from '$lib/flows/kit/record';
import { withWorkloadStatus } from '$lib/flows/kit/workloadStatus';
import { workload } from './cluster';
import type { StepsOf } from '$lib/flows/types';
import type { ScaleOutDraft, ScaleOutMeta } from './draft';
import * as join from './joinSteps';
import * as scale from './scaleSteps';
import * as sched from './scheduleSteps';
import { startReplicas, type ScaleOutScenario } from './scenario';

const stepFns = {
	scaleCommand: scale.scaleCommand,
	deploymentScales: scale.deploymentScales,
	replicaSetCreates: scale.replicaSetCreates,
	schedulePods: sched.schedulePods,
	kubeletsStart: sched.kubeletsStart,
	nodeRegisters: join.nodeRegisters,
	pendingRetried: sched.pendingRetried,
	podCidrAssigned: join.podCidrAssigned,
	daemonSetPod: join.daemonSetPod,
	notReadyTainted: join.notReadyTainted,
	nodeReady: join.nodeReady,
	replicaSetDeletes: scale.replicaSetDeletes,
	kubeletsStop: scale.kubeletsStop
};

export type ScaleOutStepId = keyof typeof stepFns;
export type ScaleOutStep = StepsOf<typeof stepFns, ScaleOutMeta>;
export const SCALE_OUT_STEP_IDS = Object.keys(stepFns) as ScaleOutStepId[];

export interface ScaleOutContext extends ScaleOutDraft {
	steps: ScaleOutStep[];
}

type Guard = 'anyBound' | 'anyPending' | 'fits' | 'anyDeleting';
type Next = string | { guard?: Guard; target: string }[];
const step = (id: ScaleOutStepId, next: Next) => ({
	entry: { type: 'record' as const, params: { id } },
	on: { 'flow.next': next }
});

export const scaleOutMachine = setup({
	types: {
		context: {} as ScaleOutContext,
		input: {} as { scenario: ScaleOutScenario; state: ClusterState },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: ScaleOutStepId }) =>
			recordStep(context, params.id, (draft) =>
				withWorkloadStatus(stepFns[params.id](draft), draft.state, workload(draft.scenario))
			)
		)
	},
	guards: {
		anyBound: ({ context }) => context.starting.length > 0,
		anyPending: ({ context }) => context.pending.length > 0,
		fits: ({ context }) => context.pending.length > 0 && join.fitsJoined(context),
		anyDeleting: ({ context }) => context.deleting.length > 0
	}
}).createMachine({
	id: 'scale-out',
	context: ({ input }) => ({
		scenario: input.scenario,
		state: input.state,
		replicas: startReplicas(input.scenario),
		created: [],
		starting: [],
		pending: [],
		deleting: [],
		podsMade: startReplicas(input.scenario),
		joined: null,
		steps: []
	}),
	initial: 'scaleUp',
	states: {
		scaleUp: step('scaleCommand', 'resizeUp'),
		resizeUp: step('deploymentScales', 'create'),
		create: step('replicaSetCreates', 'schedule'),
		schedule: step('schedulePods', [
			{ guard: 'anyBound', target: 'start' },
			{ guard: 'anyPending', target: 'join' },
			{ target: 'scaleDown' }
		]),
		start: step('kubeletsStart', [
			{ guard: 'anyPending', target: 'join' },
			{ target: 'scaleDown' }
		]),
		join: step('nodeRegisters', [{ guard: 'fits', target: 'retryOnAdd' }, { target: 'cidr' }]),
		retryOnAdd: step('pendingRetried', 'cidr'),
		cidr: step('podCidrAssigned', 'daemonSet'),
		daemonSet: step('daemonSetPod', 'tainted'),
		tainted: step('notReadyTainted', 'ready'),
		ready: step('nodeReady', [{ guard: 'fits', target: 'retryOnReady' }, { target: 'scaleDown' }]),
		retryOnReady: step('pendingRetried', [
			{ guard: 'anyBound', target: 'startJoined' },
			{ target: 'scaleDown' }
		]),
		startJoined: step('kubeletsStart', 'scaleDown'),
		scaleDown: step('scaleCommand', 'resizeDown'),
		resizeDown: step('deploymentScales', 'remove'),
		remove: step('replicaSetDeletes', [
			{ guard: 'anyDeleting', target: 'stop' },
			{ target: 'done' }
		]),
		stop: step('kubeletsStop', 'done'),
		done: { type: 'final' }
	}
});
