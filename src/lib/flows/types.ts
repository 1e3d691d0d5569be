/**
 * What a flow produces: a list of steps, each with the messages it sends, the actors it
 * involves, its narration (as i18n keys + parameters) and the full cluster snapshot after it.
 */
import type { PipelineStage } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import type { ScheduleResult } from '$lib/sim/scheduler';
import type { MessageKind } from '$lib/player/frameTypes';
import type { TraceOutcome } from '$lib/sim/iptables/trace';
import type { TableName } from '$lib/sim/iptables/types';

export interface FlowMessage {
	from: string;
	to: string;
	kind: MessageKind;
	/** wire-level label, the same in every language: "POST pods/nginx/binding" */
	label: string;
	/** messages of one step travel in phases: phase 1 leaves when phase 0 has arrived */
	phase: number;
}

export type ServiceStage = 'control-plane' | 'kube-proxy' | 'packet' | 'what-if';

/** What the iptables panel highlights while a packet passes one node's rules. */
export interface PacketStep {
	node: string;
	/** the rules the packet was tested against, in order (see sim/iptables/trace.ts) */
	hops: {
		table: TableName;
		chain: string;
		/** rule id (see sim/iptables) */
		rule: string;
		matched: boolean;
		/** where the rule jumps: a chain, DNAT, REJECT … */
		target?: string;
		/** a statistic rule's --probability as written (0.3333333333), and the draw it met */
		probability?: string;
		draw?: number;
	}[];
	/** how the walk ended */
	outcome: TraceOutcome['kind'];
	/** the DNAT target the packet got, or null */
	to: { ip: string; port: number } | null;
}

export type TextParams = Record<string, string | number>;

export interface Step {
	/** the flow machine's state this step was recorded in */
	id: string;
	/** pod-creation flow: which of the course's nine steps this belongs to (1–9) */
	nine?: number;
	/** Service flow: index of the what-if action this step plays (absent before the first) */
	action?: number;
	/** Service flow: which part of the story the step belongs to (its badge) */
	stage?: ServiceStage;
	/** Service flow: the node whose iptables the step is about (the panel opens on it) */
	focusNode?: string;
	/** Service flow: a packet's walk through the rules of `focusNode` */
	trace?: PacketStep;
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
	/** index of the first step of each what-if action appended to the flow, in order */
	actionStarts?: number[];
	/** the pod the flow is about: namespace/name */
	subject: string;
	steps: Step[];
	/** the cluster before the first step */
	initial: ClusterState;
}
