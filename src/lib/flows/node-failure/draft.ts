/**
 * What every node-failure step shares: the draft it changes, the part of the story it belongs to,
 * and the watch fan-outs that leave out the stopped node (its kubelet and kube-proxy hear nothing).
 */
import { podDeliveries } from '$lib/sim/apiserver';
import { nodeUid, type ClusterState } from '$lib/sim/cluster';
import type { PodObject } from '$lib/sim/model';
import { serviceWatchers, sliceKey, storedLabels } from '$lib/sim/services';
import { watchFanOut } from '$lib/flows/kit/messages';
import type { FlowDraft } from '$lib/flows/kit/record';
import type { FlowMessage, StepDraft, TextParams } from '$lib/flows/types';
import type { NodeFailureScenario } from './scenario';

export * from '$lib/flows/kit/actors';
export { msg, persist, write } from '$lib/flows/kit/messages';
export { clockText } from '$lib/sim/time';

export type NodeFailureStage =
	'heartbeats' | 'detection' | 'eviction' | 'replacement' | 'aftermath' | 'recovery' | 'cleanup';

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
	/** the what-if the step being recorded plays (index into scenario.actions), or -1 */
	action: number;
	/** the failed node's kubelet runs again (the node came back): its watches are served */
	recovered: boolean;
	/** steps told once: why the StatefulSet waits, that evicted pods stay Terminating, the ending */
	told: { statefulHold: boolean; stuck: boolean; ending: boolean };
}

/** What a node-failure step adds to every step. */
export interface NodeFailureMeta {
	stage: NodeFailureStage;
	/** simulated seconds the step skips over before it happens (the narration says how many) */
	skipped?: number;
	/** index of the what-if this step plays (absent when it is the story without them) */
	action?: number;
}

export type NodeFailureStepDraft<P extends TextParams> = StepDraft<P, NodeFailureMeta>;

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const nfStep = <P extends TextParams>(s: NodeFailureStepDraft<P>) => s;

/** The kubelet and kube-proxy of the node that failed, while it is down, hear no watch event. */
const down = (d: NodeFailureDraft, actor: string) =>
	!d.recovered && (actor === `kubelet@${d.failed}` || actor === `kube-proxy@${d.failed}`);

/** The watch events of a pod write, to every watcher but the stopped node's kubelet. */
export function podWatch(
	d: NodeFailureDraft,
	before: PodObject | null,
	after: PodObject | null,
	phase: number
): FlowMessage[] {
	const deliveries = podDeliveries(d.state, before, after).filter((w) => !down(d, w.actor));
	const name = (after ?? before)!.metadata.name;
	return watchFanOut(deliveries, `pods/${name}`, phase);
}

/** An EndpointSlice change, to kube-controller-manager and every kube-proxy that still runs. */
export function sliceWatch(d: NodeFailureDraft, name: string, phase: number): FlowMessage[] {
	const labels = storedLabels(d.state, sliceKey('default', name));
	const deliveries = serviceWatchers(d.state, 'MODIFIED', labels).filter((w) => !down(d, w.actor));
	return watchFanOut(deliveries, `endpointslices/${name}`, phase);
}

/** The actors a step's watch events reach, once each. */
export const watchedBy = (messages: FlowMessage[]) => [
	...new Set(messages.filter((m) => m.kind === 'watch').map((m) => m.to))
];

/**
 * The failed Node as a controller's event names it (its uid; node events go in namespace
 * default). The kubelet's own events name it by kubeletNodeRef, whose uid is the node's name.
 */
export const failedNodeRef = (d: NodeFailureDraft) => ({
	apiVersion: 'v1',
	kind: 'Node',
	name: d.failed,
	uid: nodeUid(d.failed)
});

/** The nodes whose kubelet runs. */
export const liveNodes = (d: NodeFailureDraft) =>
	d.state.nodes.map((n) => n.name).filter((n) => d.recovered || n !== d.failed);
