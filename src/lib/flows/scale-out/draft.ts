/** What every scale-out step shares: the draft it changes and the part of the story it is in. */
import type { ClusterState } from '$lib/sim/cluster';
import type { FlowDraft } from '$lib/flows/kit/record';
import type { StepDraft, TextParams } from '$lib/flows/types';
import type { ScaleOutScenario } from './scenario';

export * from '$lib/flows/kit/actors';
export { msg, persist, write, watchFanOut } from '$lib/flows/kit/messages';

export type ScaleOutStage = 'scale-up' | 'scheduling' | 'node-join' | 'scale-down';

export interface ScaleOutDraft extends FlowDraft {
	scenario: ScaleOutScenario;
	state: ClusterState;
	/** the replicas the Deployment is scaled to now */
	replicas: number;
	/** pods created and not yet through a scheduling cycle, by name */
	created: string[];
	/** pods bound and not yet started, by name */
	starting: string[];
	/** pods no node could take, waiting in the scheduler's unschedulable queue */
	pending: string[];
	/** pods being deleted by the scale-down, by name */
	deleting: string[];
	/** pods the ReplicaSet controller has made so far: names each new one */
	podsMade: number;
	/** the node that joined, once it has */
	joined: string | null;
}

/** What a scale-out step adds to every step. */
export interface ScaleOutMeta {
	stage: ScaleOutStage;
	/** simulated seconds the step skips over before it happens */
	skipped?: number;
}

export type ScaleOutStepDraft<P extends TextParams> = StepDraft<P, ScaleOutMeta>;

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const soStep = <P extends TextParams>(s: ScaleOutStepDraft<P>) => s;
