/**
 * What every Service-flow step shares: the draft it changes, the commands it sends to the
 * per-node kube-proxy actors, and helpers for writes and watch fan-outs.
 */
import type { ClusterState } from '$lib/sim/cluster';
import type { EndpointSliceObject, PodObject, ServiceObject } from '$lib/sim/model';
import {
	readService,
	serviceKey,
	serviceWatchers,
	sliceKey,
	slicesOf,
	storedLabels
} from '$lib/sim/services';
import { CLIENT_POD, workloadOf } from '$lib/sim/serviceCluster';
import type { Workload } from '$lib/sim/workloads';
import { watchFanOut } from '$lib/flows/kit/messages';
import type { FlowMessage, StepDraft, TextParams } from '$lib/flows/types';
import type { ServiceScenario } from './scenario';
import type { ProxyEvent } from './kubeProxyMachine';
import type { PacketStep } from './packet';
import { listPods } from '$lib/sim/podCodec';

export * from '$lib/flows/kit/actors';
export { msg, write } from '$lib/flows/kit/messages';

/** The packet the flow last sent, for the steps that follow it through the cluster. */
export interface PacketInFlight {
	trace: PacketStep;
	clientNode: string;
	clientIP: string;
	backend?: { pod: string; node: string; ip: string; port: number };
	clusterIP: string;
	port: number;
}

export interface ServiceFlowDraft {
	scenario: ServiceScenario;
	state: ClusterState;
	/** index into scenario.actions of the action being played, -1 before the first */
	action: number;
	/** pods the ReplicaSet controller has made so far: names each new one */
	podsMade: number;
	packet?: PacketInFlight;
	/** pods created by the current action and not yet scheduled */
	created: string[];
	/** pods scheduled by the current action and not yet started */
	starting: string[];
	/** pods being deleted by the current action */
	deleting: string[];
	/** kube-proxy actors that take part in the current propagation */
	syncing: string[];
	/** actions the flow could not play, with why (shown to the person) */
	skipped: { index: number; reason: SkipReason }[];
	/** the ClusterIP BeginCreate allocated: the Service stored next carries it */
	clusterIP?: string;
}

/** Why a what-if was skipped: no such pod, no node left to add, no node with room for its pods. */
export type SkipReason = 'noSuchPod' | 'tooManyNodes' | 'noRoom';

/** A command to one node's kube-proxy actor: spawn it (a new node) or send it an event. */
export type ProxyCommand = { node: string; spawn?: true; event?: ProxyEvent };

export type ServiceStage = 'control-plane' | 'kube-proxy' | 'packet' | 'what-if';

/** What a Service-flow step adds to every step. */
export interface ServiceStepMeta {
	/** which part of the story the step belongs to (its badge) */
	stage: ServiceStage;
	/** index of the what-if action this step plays (absent before the first) */
	action?: number;
	/** the node whose iptables the step is about (the panel opens on it) */
	focusNode?: string;
	/** a packet's walk through the rules of `focusNode` */
	trace?: PacketStep;
}

/** A step function's result: the step, and the commands it sends to the kube-proxy actors. */
export interface StepResult<P extends TextParams = TextParams> {
	step: StepDraft<P, ServiceStepMeta>;
	proxies?: ProxyCommand[];
}

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const serviceStep = <P extends TextParams>(r: StepResult<P>) => r;

export const workload = (d: ServiceFlowDraft): Workload => workloadOf(d.scenario);

export function service(d: ServiceFlowDraft): ServiceObject | null {
	return readService(d.state, 'default', d.scenario.name);
}

export function slice(d: ServiceFlowDraft): EndpointSliceObject | undefined {
	const svc = service(d);
	return svc ? slicesOf(d.state, svc)[0] : undefined;
}

export function clientPod(d: ServiceFlowDraft): PodObject {
	return listPods(d.state).find(
		(p) => p.metadata.namespace === 'default' && p.metadata.name === CLIENT_POD
	)!;
}

export function nodeNames(state: ClusterState): string[] {
	return state.nodes.map((n) => n.name);
}

/** Watch events for a Service or EndpointSlice write: controller-manager and every kube-proxy whose selector matches its labels. */
export function serviceWatch(
	d: ServiceFlowDraft,
	kind: 'services' | 'endpointslices',
	type: 'ADDED' | 'MODIFIED' | 'DELETED',
	name: string,
	phase: number
): FlowMessage[] {
	const key = kind === 'services' ? serviceKey('default', name) : sliceKey('default', name);
	const labels = storedLabels(d.state, key);
	return watchFanOut(serviceWatchers(d.state, type, labels), `${kind}/${name}`, phase);
}

/** Every current node's kube-proxy gets `event`. */
export function toAllProxies(d: ServiceFlowDraft, event: ProxyEvent): ProxyCommand[] {
	return nodeNames(d.state).map((node) => ({ node, event }));
}
