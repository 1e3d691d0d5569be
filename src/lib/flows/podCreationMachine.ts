/**
 * The pod-creation flow as a state machine: one state per step, entered in the order Kubernetes
 * does the work, with branches where the simulation's outcome decides (no feasible node, an
 * image that cannot be pulled). Each state's entry applies the step to a fresh copy of the
 * cluster and records it, so the recorded steps are independent snapshots.
 */
import { assign, setup } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import * as steps from './podCreationSteps';
import type { PodFlowDraft, StepDraft } from './podCreationSteps';
import type { PodScenario } from './scenario';
import type { Step } from './types';

export interface PodFlowContext extends PodFlowDraft {
	steps: Step[];
}

type StepFn = (d: PodFlowDraft) => StepDraft;

/** Which sim function each state applies on entry. */
const stepFns = {
	kubectlRun: steps.kubectlRun,
	apiserverPipeline: steps.apiserverPipeline,
	persistPod: steps.persistPod,
	watchPodAdded: steps.watchPodAdded,
	scheduleCycle: steps.scheduleCycle,
	failedScheduling: steps.failedScheduling,
	bindPod: steps.bindPod,
	persistBinding: steps.persistBinding,
	scheduledEvent: steps.scheduledEvent,
	watchPodBound: steps.watchPodBound,
	kubeletAdmit: steps.kubeletAdmit,
	runSandbox: steps.runSandbox,
	ensureImage: steps.ensurePodImage,
	reportPullError: steps.reportPullError,
	imagePullBackOff: steps.imagePullBackOff,
	createContainer: steps.createContainer,
	startContainer: steps.startContainer,
	reportRunning: steps.reportRunning
} satisfies Record<string, StepFn>;

export type PodStepId = keyof typeof stepFns;

/** Snapshots drop etcd's change log: it only grows and a panel shows current keys. */
function snapshotOf(state: ClusterState): ClusterState {
	return structuredClone({ ...state, etcd: { ...state.etcd, log: [] } });
}

/** Applies step `id` to a fresh copy of the cluster and appends its record. */
function recordStep(context: PodFlowContext, id: PodStepId): Partial<PodFlowContext> {
	const draft: PodFlowDraft = {
		scenario: context.scenario,
		state: structuredClone(context.state),
		schedule: context.schedule,
		image: context.image
	};
	const step = stepFns[id](draft);
	return {
		...draft,
		steps: [...context.steps, { ...step, id, snapshot: snapshotOf(draft.state) }]
	};
}

const enter = (id: PodStepId) => ({ type: 'record' as const, params: { id } });

export const podCreationMachine = setup({
	types: {
		context: {} as PodFlowContext,
		input: {} as { scenario: PodScenario; state: ClusterState },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: PodStepId }) => recordStep(context, params.id))
	},
	guards: {
		noFeasibleNode: ({ context }) => context.schedule?.winner == null,
		imagePullFailed: ({ context }) => context.image?.outcome === 'failed'
	}
}).createMachine({
	id: 'podCreation',
	context: ({ input }) => ({ scenario: input.scenario, state: input.state, steps: [] }),
	initial: 'kubectlRun',
	states: {
		kubectlRun: { entry: enter('kubectlRun'), on: { 'flow.next': 'apiserverPipeline' } },
		apiserverPipeline: { entry: enter('apiserverPipeline'), on: { 'flow.next': 'persistPod' } },
		persistPod: { entry: enter('persistPod'), on: { 'flow.next': 'watchPodAdded' } },
		watchPodAdded: { entry: enter('watchPodAdded'), on: { 'flow.next': 'scheduleCycle' } },
		scheduleCycle: {
			entry: enter('scheduleCycle'),
			on: {
				'flow.next': [
					{ guard: 'noFeasibleNode', target: 'failedScheduling' },
					{ target: 'bindPod' }
				]
			}
		},
		failedScheduling: { entry: enter('failedScheduling'), type: 'final' },
		bindPod: { entry: enter('bindPod'), on: { 'flow.next': 'persistBinding' } },
		persistBinding: { entry: enter('persistBinding'), on: { 'flow.next': 'scheduledEvent' } },
		scheduledEvent: { entry: enter('scheduledEvent'), on: { 'flow.next': 'watchPodBound' } },
		watchPodBound: { entry: enter('watchPodBound'), on: { 'flow.next': 'kubeletAdmit' } },
		kubeletAdmit: { entry: enter('kubeletAdmit'), on: { 'flow.next': 'runSandbox' } },
		runSandbox: { entry: enter('runSandbox'), on: { 'flow.next': 'ensureImage' } },
		ensureImage: {
			entry: enter('ensureImage'),
			on: {
				'flow.next': [
					{ guard: 'imagePullFailed', target: 'reportPullError' },
					{ target: 'createContainer' }
				]
			}
		},
		reportPullError: { entry: enter('reportPullError'), on: { 'flow.next': 'imagePullBackOff' } },
		imagePullBackOff: { entry: enter('imagePullBackOff'), type: 'final' },
		createContainer: { entry: enter('createContainer'), on: { 'flow.next': 'startContainer' } },
		startContainer: { entry: enter('startContainer'), on: { 'flow.next': 'reportRunning' } },
		reportRunning: { entry: enter('reportRunning'), type: 'final' }
	}
});
