/**
 * What a flow produces: a list of steps, each with the messages it sends, the actors it
 * involves, its narration's parameters and the full cluster snapshot after it. A flow adds its
 * own fields to its steps (the course step, the story's stage …) through `Step<M>`.
 */
import type { PipelineStage } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';

/** request: a call; response: its answer; error: an answer that refuses or fails; watch: an event pushed to a watcher; cri: kubelet ↔ runtime gRPC; event: an Event object posted; packet: a data-plane packet between pods and nodes (not an API call) */
export type MessageKind = 'request' | 'response' | 'error' | 'watch' | 'cri' | 'event' | 'packet';

export interface FlowMessage {
	from: string;
	to: string;
	kind: MessageKind;
	/** wire-level label, the same in every language: "POST pods/nginx/binding" */
	label: string;
	/** messages of one step travel in phases: phase 1 leaves when phase 0 has arrived */
	phase: number;
}

/**
 * What a step says about one node on the node's own box, in symbols and numbers (the same in
 * every language): the scheduler's verdict, with its score when scoring ran.
 */
export interface NodeMark {
	verdict: 'fit' | 'unfit' | 'chosen';
	score?: number;
}

/** A narration's parameters: what the step's text says, computed by the step. */
export type TextParams = Record<string, string | number>;

/** What every step of every flow records. */
export interface StepCore<Id extends string = string, P extends TextParams = TextParams> {
	/** the flow machine's state this step was recorded in */
	id: Id;
	/** what the step's narration needs, typed per step (see kit/narration.ts) */
	params: P;
	messages: FlowMessage[];
	active: string[];
	/** etcd keys written by this step, in write order */
	wrote: string[];
	pipeline?: PipelineStage[];
	/**
	 * the command the user typed, on the step that sends it (and on the steps of a watch it keeps
	 * printing on), with the manifest it sends and what it has printed so far
	 */
	command?: { line: string; manifest?: string; output?: string };
	/** cluster state after the step; its etcd log holds this step's own writes (etcd's history) */
	snapshot: ClusterState;
	/** marks drawn on node boxes during the step (the scheduler's filters and scores), by node */
	marks?: Record<string, NodeMark>;
	/** ms to read the step's narration at 1× in the slower language (kit/reading.ts): the step lasts at least this long */
	readMs?: number;
}

/** A step with the fields its flow adds (`M`). */
export type Step<M extends object = object> = StepCore & M;

/** What a step function returns: the step before its id and snapshot are added. */
export type StepDraft<P extends TextParams = TextParams, M extends object = object> = Omit<
	StepCore<string, P>,
	'id' | 'snapshot'
> &
	M;

/**
 * The steps of a flow whose step functions are `Fns`, with each step's params typed by the
 * function that records it: `step.id === 'bindPod'` narrows `step.params` to bindPod's.
 */
export type StepsOf<Fns extends Record<string, (...args: never[]) => unknown>, M extends object> = {
	[K in keyof Fns & string]: StepCore<K, ParamsOf<Fns[K]>> & M;
}[keyof Fns & string];

/** The narration params a step function returns (directly or in `{ step }`). */
export type ParamsOf<F> = F extends (...args: never[]) => infer R
	? R extends { params: infer P }
		? P
		: R extends { step: { params: infer P } }
			? P
			: never
	: never;

export interface Timeline<S extends Step = Step> {
	flow: string;
	/** index of the first step of each what-if action appended to the flow, in order */
	actionStarts?: number[];
	/** the object the flow is about: namespace/name */
	subject: string;
	steps: S[];
	/** the cluster before the first step */
	initial: ClusterState;
	/** the flow's time matters: its clock (each snapshot's `clock`) is on screen */
	clock?: boolean;
}

/** The first step with id `id`, typed as that step (its params narrowed). */
export function findStep<S extends StepCore, K extends S['id']>(
	steps: readonly S[],
	id: K
): Extract<S, { id: K }> | undefined {
	return steps.find((s): s is Extract<S, { id: K }> => s.id === id);
}
