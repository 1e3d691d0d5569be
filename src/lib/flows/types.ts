/**
 * What a flow produces: a list of steps, each with the messages it sends, the actors it
 * involves, its narration (as i18n keys + parameters) and the full cluster snapshot after it.
 */
import type { PipelineStage } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import type { ScheduleResult } from '$lib/sim/scheduler';
import type { MessageKind } from '$lib/player/frameTypes';

export interface FlowMessage {
	from: string;
	to: string;
	kind: MessageKind;
	/** wire-level label, the same in every language: "POST pods/nginx/binding" */
	label: string;
	/** messages of one step travel in phases: phase 1 leaves when phase 0 has arrived */
	phase: number;
}

export type TextParams = Record<string, string | number>;

export interface Step {
	/** the flow machine's state this step was recorded in */
	id: string;
	/** which of the course's nine pod-creation steps this belongs to (1–9) */
	nine: number;
	/** i18n key + params for the short title and the narration paragraph */
	params: TextParams;
	messages: FlowMessage[];
	active: string[];
	/** etcd keys written by this step, in write order */
	wrote: string[];
	pipeline?: PipelineStage[];
	schedule?: ScheduleResult;
	/** the command the user typed, on the first step */
	command?: { line: string; manifest?: string };
	/** cluster state after the step (etcd log dropped: snapshots hold current keys only) */
	snapshot: ClusterState;
}

export interface Timeline {
	flow: string;
	/** the pod the flow is about: namespace/name */
	subject: string;
	steps: Step[];
	/** the cluster before the first step */
	initial: ClusterState;
}
