/** What every kubectl-get step shares: the draft it changes and the part of the story it is in. */
import type { ClusterState } from '$lib/sim/cluster';
import type { FlowDraft } from '$lib/flows/kit/record';
import type { FlowMessage, StepDraft, TextParams } from '$lib/flows/types';
import type { KubectlGetScenario } from './scenario';

export * from '$lib/flows/kit/actors';
export { msg, write } from '$lib/flows/kit/messages';

export type KubectlGetStage = 'list' | 'watch' | 'informer' | 'what-if';

export interface KubectlGetDraft extends FlowDraft {
	scenario: KubectlGetScenario;
	state: ClusterState;
	/** the revision kube-apiserver's watch cache of pods has reached (its resourceVersion) */
	cacheRv: number;
	/** the resourceVersion of the list kubectl got last: a watch starts there */
	listRv: number;
	/**
	 * the revisions of the snapshots the watch cache holds: one after each pod write it heard
	 * during the flow (the cluster's older pod writes were compacted away in etcd long ago, and
	 * their snapshots with them: cacher/compactor.go)
	 */
	snapshots: number[];
	/** pods the ReplicaSet controller has made so far: names each new one */
	podsMade: number;
	/** pods created and not yet scheduled, by name */
	created: string[];
	/** pods bound and not yet started, by name */
	starting: string[];
	/** the pod the scale in another terminal made, once it exists */
	newPod: string;
	/** the what-if the step being recorded plays (index into scenario.actions), or -1 */
	action: number;
	/** the what-if to play next (index into scenario.actions), or -1 when none is left */
	next: number;
}

/** What a kubectl-get step adds to every step. */
export interface KubectlGetMeta {
	stage: KubectlGetStage;
	/** index of the what-if this step plays (absent in the story without them) */
	action?: number;
}

export type KubectlGetStepDraft<P extends TextParams> = StepDraft<P, KubectlGetMeta>;

/** Every actor that sends or gets one of `messages`: a watch's recipients are part of the step. */
export const actorsOf = (messages: FlowMessage[]) => [
	...new Set(messages.flatMap((m) => [m.from, m.to]))
];

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const kgStep = <P extends TextParams>(s: KubectlGetStepDraft<P>) => s;
