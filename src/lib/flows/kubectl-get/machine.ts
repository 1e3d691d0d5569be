/**
 * The kubectl-get flow as a state machine: `kubectl get pods` request by request (the catch-up
 * only when the cache is behind etcd), `kubectl get pods -w` while another terminal scales web,
 * an informer's list and watch, then each what-if of the scenario in its order. One state per
 * step, recorded on entry.
 */
import { assign, setup } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { readPod } from '$lib/sim/apiserver';
import { podKey } from '$lib/sim/podCodec';
import { recordStep } from '$lib/flows/kit/record';
import { withWorkloadStatus } from '$lib/flows/kit/workloadStatus';
import { workload } from './cluster';
import type { StepsOf } from '$lib/flows/types';
import type { KubectlGetDraft, KubectlGetMeta } from './draft';
import * as inf from './informerSteps';
import * as list from './listSteps';
import { namespacePods, newestPodRevision, podWrites } from './watchCache';
import * as watch from './watchSteps';
import * as whatIf from './whatIfSteps';
import { nextPages } from './nextPages';
import { NAMESPACE } from './reads';
import { playedReads, type KubectlGetAction, type KubectlGetScenario } from './scenario';

const stepFns = {
	discovery: list.discovery,
	listRequest: list.listRequest,
	currentRevision: list.currentRevision,
	progressNotify: list.progressNotify,
	cacheAnswers: list.cacheAnswers,
	tablePrinted: list.tablePrinted,
	watchStarts: watch.watchStarts,
	scaledElsewhere: watch.scaledElsewhere,
	podAdded: watch.podAdded,
	podBound: watch.podBound,
	podCreating: watch.podCreating,
	podRunning: watch.podRunning,
	informerList: inf.informerList,
	informerWatch: inf.informerWatch,
	watchOnlyOpens: whatIf.watchOnlyOpens,
	labelledElsewhere: whatIf.labelledElsewhere,
	leasesRenewed: whatIf.leasesRenewed,
	rv0List: whatIf.rv0List,
	firstPage: whatIf.firstPage,
	nextPages
};

export type KubectlGetStepId = keyof typeof stepFns;
export type KubectlGetStep = StepsOf<typeof stepFns, KubectlGetMeta>;
export const KUBECTL_GET_STEP_IDS = Object.keys(stepFns) as KubectlGetStepId[];

export interface KubectlGetContext extends KubectlGetDraft {
	steps: KubectlGetStep[];
}

type Guard = 'newPodBound' | 'morePages' | 'watchOnlyNext' | 'rv0Next' | 'pagesNext';
type Next = string | { guard?: Guard; target: string }[];
const step = (id: KubectlGetStepId, next: Next) => ({
	entry: { type: 'record' as const, params: { id } },
	on: { 'flow.next': next }
});

const nextKind = (c: KubectlGetContext, kind: KubectlGetAction['kind']) =>
	c.next >= 0 && c.scenario.actions[c.next].kind === kind;

/** after a what-if's steps: the next one the scenario plays, or the end */
const WHAT_IF = 'whatIf';

export const kubectlGetMachine = setup({
	types: {
		context: {} as KubectlGetContext,
		input: {} as { scenario: KubectlGetScenario; state: ClusterState },
		events: {} as { type: 'flow.next' }
	},
	actions: {
		record: assign(({ context }, params: { id: KubectlGetStepId }) =>
			recordStep(
				context,
				params.id,
				(draft) => {
					const recorded = withWorkloadStatus(
						stepFns[params.id](draft),
						draft.state,
						workload(draft.scenario)
					);
					// the cache hears every pod write on its own etcd watch, and keeps a snapshot after it
					draft.cacheRv = Math.max(draft.cacheRv, newestPodRevision(draft.state));
					draft.snapshots.push(...podWrites(draft.state));
					return recorded;
				},
				(draft) => (draft.action >= 0 ? { action: draft.action } : {})
			)
		),
		beginWhatIf: assign(({ context }) => ({
			action: context.next,
			next: playedReads(context.scenario).next(context.next + 1)
		}))
	},
	guards: {
		newPodBound: ({ context }) =>
			Boolean(readPod(context.state, podKey(NAMESPACE, context.newPod))?.spec.nodeName),
		morePages: ({ context }) => {
			const a = context.scenario.actions[context.action];
			return a?.kind === 'pages' && namespacePods(context.state, NAMESPACE).length > a.size;
		},
		watchOnlyNext: ({ context }) => nextKind(context, 'watch-only'),
		rv0Next: ({ context }) => nextKind(context, 'rv0'),
		pagesNext: ({ context }) => nextKind(context, 'pages')
	}
}).createMachine({
	id: 'kubectl-get',
	context: ({ input }) => ({
		scenario: input.scenario,
		state: input.state,
		cacheRv: newestPodRevision(input.state),
		listRv: 0,
		snapshots: [],
		podsMade: input.scenario.replicas,
		created: [],
		starting: [],
		newPod: '',
		action: -1,
		next: playedReads(input.scenario).next(0),
		steps: []
	}),
	initial: 'discovery',
	states: {
		discovery: step('discovery', 'request'),
		request: step('listRequest', 'revision'),
		// the kubelets' Leases moved etcd past the newest pod: the cache is always behind here
		revision: step('currentRevision', 'progress'),
		progress: step('progressNotify', 'answer'),
		answer: step('cacheAnswers', 'print'),
		print: step('tablePrinted', 'watch'),
		watch: step('watchStarts', 'scale'),
		scale: step('scaledElsewhere', 'added'),
		added: step('podAdded', 'bound'),
		bound: step('podBound', [
			{ guard: 'newPodBound', target: 'creating' },
			{ target: 'informerList' }
		]),
		creating: step('podCreating', 'running'),
		running: step('podRunning', 'informerList'),
		informerList: step('informerList', 'informerWatch'),
		informerWatch: step('informerWatch', WHAT_IF),
		[WHAT_IF]: {
			always: [
				{ guard: 'watchOnlyNext', target: 'watchOnly', actions: 'beginWhatIf' },
				{ guard: 'rv0Next', target: 'leases', actions: 'beginWhatIf' },
				{ guard: 'pagesNext', target: 'firstPage', actions: 'beginWhatIf' },
				{ target: 'done' }
			]
		},
		watchOnly: step('watchOnlyOpens', 'labelled'),
		labelled: step('labelledElsewhere', WHAT_IF),
		leases: step('leasesRenewed', 'rv0'),
		rv0: step('rv0List', WHAT_IF),
		firstPage: step('firstPage', [
			{ guard: 'morePages', target: 'nextPages' },
			{ target: WHAT_IF }
		]),
		nextPages: step('nextPages', WHAT_IF),
		done: { type: 'final' }
	}
});
