/**
 * The pod-creation flow as a state machine: one state per step, entered in the order Kubernetes
 * does the work, with branches where the simulation's outcome decides (no feasible node, an
 * image that cannot be pulled). Each state's entry applies the step to a fresh copy of the
 * cluster and records it, so the recorded steps are independent snapshots.
 */
import { assign, setup } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { recordStep } from '$lib/flows/kit/record';
import type { StepsOf } from '$lib/flows/types';
import * as api from './apiserverSteps';
import {
	admission,
	pinned,
	pinnedToMissingNode,
	type PodFlowDraft,
	type PodStepMeta
} from './draft';
import * as kubelet from './kubeletSteps';
import * as init from './initSteps';
import * as reports from './kubeletReports';
import * as orphan from './orphanSteps';
import * as runs from './containerRuns';
import * as sched from './schedulerSteps';
import type { PodScenario } from './scenario';

/** Which sim function each state applies on entry. */
const stepFns = {
	kubectlRun: api.kubectlRun,
	apiserverPipeline: api.apiserverPipeline,
	persistPod: api.persistPod,
	alreadyExists: api.alreadyExists,
	watchPodAdded: api.watchPodAdded,
	scheduleCycle: sched.scheduleCycle,
	failedScheduling: sched.failedScheduling,
	bindPod: sched.bindPod,
	persistBinding: sched.persistBinding,
	scheduledEvent: sched.scheduledEvent,
	watchPodBound: sched.watchPodBound,
	awaitingNode: orphan.awaitingNode,
	podGcOrphan: orphan.podGcOrphan,
	kubeletAdmit: kubelet.kubeletAdmit,
	kubeletRejects: kubelet.kubeletRejects,
	runSandbox: kubelet.runSandbox,
	ensureImage: kubelet.ensurePodImage,
	reportPullError: reports.reportPullError,
	imagePullBackOff: reports.imagePullBackOff,
	createContainer: kubelet.createContainer,
	startContainer: kubelet.startContainer,
	initContainerDone: init.initContainerDone,
	initRunning: init.initRunning,
	reportRunning: reports.reportRunning,
	containerExit: reports.containerExit,
	restartBackOff: reports.restartBackOff
};

export type PodStepId = keyof typeof stepFns;
/** A recorded pod-creation step: its id narrows its params to what that step's function records. */
export type PodStep = StepsOf<typeof stepFns, PodStepMeta>;

export interface PodFlowContext extends PodFlowDraft {
	steps: PodStep[];
}

const enter = (id: PodStepId) => ({ type: 'record' as const, params: { id } });

export const podCreationMachine = setup({
	types: {
		context: {} as PodFlowContext,
		input: {} as { scenario: PodScenario; state: ClusterState },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: PodStepId }) =>
			recordStep(context, params.id, stepFns[params.id])
		)
	},
	guards: {
		noFeasibleNode: ({ context }) => context.schedule?.winner == null,
		lastPullFailed: ({ context }) => runs.lastPullFailed(context),
		moreToStart: ({ context }) => runs.moreToStart(context),
		anyPullFailed: ({ context }) => runs.anyPullFailed(context),
		anyExits: ({ context }) => runs.anyExits(context),
		// a failed pull skips to the next container; an init container's stops the pod there
		lastFailedAndMore: ({ context }) =>
			!runs.inInit(context) && runs.lastPullFailed(context) && runs.moreToStart(context),
		initSucceeds: ({ context }) => runs.inInit(context) && runs.initEnd(context)?.exitCode === 0,
		initKeepsRunning: ({ context }) => runs.inInit(context) && runs.initEnd(context) === null,
		// an init container that fails is restarted as a container is (restartPolicy Always)
		initFails: ({ context }) =>
			runs.inInit(context) && (runs.initEnd(context)?.exitCode ?? 0) !== 0,
		nameTaken: ({ context }) => api.nameTaken(context),
		pinned: ({ context }) => pinned(context),
		pinnedToMissingNode: ({ context }) => pinnedToMissingNode(context),
		// only a pinned pod can be refused: the scheduler checked a bound one against its node
		kubeletRefuses: ({ context }) =>
			pinned(context) && !pinnedToMissingNode(context) && admission(context) !== null
	}
}).createMachine({
	id: 'podCreation',
	context: ({ input }) => ({ scenario: input.scenario, state: input.state, steps: [] }),
	initial: 'kubectlRun',
	states: {
		kubectlRun: { entry: enter('kubectlRun'), on: { 'flow.next': 'apiserverPipeline' } },
		apiserverPipeline: {
			entry: enter('apiserverPipeline'),
			on: {
				'flow.next': [{ guard: 'nameTaken', target: 'alreadyExists' }, { target: 'persistPod' }]
			}
		},
		alreadyExists: { entry: enter('alreadyExists'), type: 'final' },
		persistPod: { entry: enter('persistPod'), on: { 'flow.next': 'watchPodAdded' } },
		watchPodAdded: {
			entry: enter('watchPodAdded'),
			on: {
				// a pod that names its node skips the scheduler: its kubelet heard the create
				'flow.next': [
					{ guard: 'pinnedToMissingNode', target: 'awaitingNode' },
					{ guard: 'kubeletRefuses', target: 'kubeletRejects' },
					{ guard: 'pinned', target: 'kubeletAdmit' },
					{ target: 'scheduleCycle' }
				]
			}
		},
		awaitingNode: { entry: enter('awaitingNode'), on: { 'flow.next': 'podGcOrphan' } },
		podGcOrphan: { entry: enter('podGcOrphan'), type: 'final' },
		kubeletRejects: { entry: enter('kubeletRejects'), type: 'final' },
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
		// the scheduler checked what the kubelet's admission checks: a bound pod always fits
		watchPodBound: { entry: enter('watchPodBound'), on: { 'flow.next': 'kubeletAdmit' } },
		kubeletAdmit: { entry: enter('kubeletAdmit'), on: { 'flow.next': 'runSandbox' } },
		runSandbox: { entry: enter('runSandbox'), on: { 'flow.next': 'ensureImage' } },
		// the containers one after another: a failed pull skips to the next container
		ensureImage: {
			entry: enter('ensureImage'),
			on: {
				'flow.next': [
					{ guard: 'lastFailedAndMore', target: 'ensureImage', reenter: true },
					{ guard: 'lastPullFailed', target: 'reportPullError' },
					{ target: 'createContainer' }
				]
			}
		},
		createContainer: { entry: enter('createContainer'), on: { 'flow.next': 'startContainer' } },
		startContainer: {
			entry: enter('startContainer'),
			on: {
				'flow.next': [
					{ guard: 'initSucceeds', target: 'initContainerDone' },
					{ guard: 'initKeepsRunning', target: 'initRunning' },
					{ guard: 'initFails', target: 'containerExit' },
					{ guard: 'moreToStart', target: 'ensureImage' },
					{ guard: 'anyPullFailed', target: 'reportPullError' },
					{ guard: 'anyExits', target: 'containerExit' },
					{ target: 'reportRunning' }
				]
			}
		},
		// the next init container, or the containers, in the sync that saw it succeed
		initContainerDone: { entry: enter('initContainerDone'), on: { 'flow.next': 'ensureImage' } },
		initRunning: { entry: enter('initRunning'), type: 'final' },
		reportPullError: {
			entry: enter('reportPullError'),
			on: {
				'flow.next': [
					{ guard: 'anyExits', target: 'containerExit' },
					{ target: 'imagePullBackOff' }
				]
			}
		},
		imagePullBackOff: { entry: enter('imagePullBackOff'), type: 'final' },
		containerExit: { entry: enter('containerExit'), on: { 'flow.next': 'restartBackOff' } },
		// the sync that restarts the exited containers also backs off a failed pull
		restartBackOff: { entry: enter('restartBackOff'), type: 'final' },
		reportRunning: { entry: enter('reportRunning'), type: 'final' }
	}
});
