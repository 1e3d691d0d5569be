/**
 * What every node-failure step shares: the draft it changes, the part of the story it belongs to,
 * and the watch fan-outs that leave out the stopped node (its kubelet and kube-proxy hear nothing).
 */
import { podDeliveries } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import type { PodObject } from '$lib/sim/model';
import { serviceWatchers } from '$lib/sim/services';
import { watchFanOut } from '$lib/flows/kit/messages';
import type { FlowDraft } from '$lib/flows/kit/record';
import type { FlowMessage, StepDraft, TextParams } from '$lib/flows/types';
import type { NodeFailureScenario } from './scenario';

export * from '$lib/flows/kit/actors';
export { msg, persist, write } from '$lib/flows/kit/messages';
export { clockText } from '$lib/sim/time';

export type NodeFailureStage =
	'heartbeats' | 'detection' | 'eviction' | 'replacement' | 'aftermath';

export interface NodeFailureDraft extends FlowDraft {
	scenario: NodeFailureScenario;
	state: ClusterState;
	/** the node whose kubelet stops */
	failed: string;
	/** when the failed node's kubelet last renewed its Lease */
	lastRenewal: number;
	/** when the node lifecycle controller tainted the node */
	taintedAt: number;
	/** pods the taint-eviction controller deleted, by name, and when */
	evicted: string[];
	evictedAt: number;
	/** replacements created and not yet scheduled, by name */
	created: string[];
	/** replacements bound and not yet started, by name */
	starting: string[];
	/** pods the ReplicaSet controller has made so far: names each new one */
	podsMade: number;
}

/** What a node-failure step adds to every step. */
export interface NodeFailureMeta {
	stage: NodeFailureStage;
	/** simulated seconds the step skips over before it happens (the narration says how many) */
	skipped?: number;
}

export type NodeFailureStepDraft<P extends TextParams> = StepDraft<P, NodeFailureMeta>;

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const nfStep = <P extends TextParams>(s: NodeFailureStepDraft<P>) => s;

/** The watch events of a pod write, to every watcher but the stopped node's kubelet. */
export function podWatch(
	d: NodeFailureDraft,
	before: PodObject | null,
	after: PodObject | null,
	phase: number
): FlowMessage[] {
	const deliveries = podDeliveries(d.state, before, after).filter(
		(w) => w.actor !== `kubelet@${d.failed}`
	);
	const name = (after ?? before)!.metadata.name;
	return watchFanOut(deliveries, `pods/${name}`, phase);
}

/** An EndpointSlice change, to kube-controller-manager and every kube-proxy that still runs. */
export function sliceWatch(d: NodeFailureDraft, name: string, phase: number): FlowMessage[] {
	const deliveries = serviceWatchers(d.state, 'MODIFIED').filter(
		(w) => w.actor !== `kube-proxy@${d.failed}`
	);
	return watchFanOut(deliveries, `endpointslices/${name}`, phase);
}

/** The actors a step's watch events reach, once each. */
export const watchedBy = (messages: FlowMessage[]) => [
	...new Set(messages.filter((m) => m.kind === 'watch').map((m) => m.to))
];

/** The nodes whose kubelet still runs. */
export const liveNodes = (d: NodeFailureDraft) =>
	d.state.nodes.map((n) => n.name).filter((n) => n !== d.failed);
