/**
 * What every Service-flow step shares: the draft it changes, the commands it sends to the
 * per-node kube-proxy actors, and helpers for writes and watch fan-outs.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { listPods, podDeliveries } from '$lib/sim/apiserver';
import type { EndpointSliceObject, PodObject, ServiceObject } from '$lib/sim/model';
import { readService, serviceWatchers, slicesOf } from '$lib/sim/services';
import { CLIENT_POD, workloadOf } from '$lib/sim/serviceCluster';
import type { Workload } from '$lib/sim/workloads';
import { msg } from '$lib/flows/pod-creation/draft';
import type { FlowMessage, PacketStep, Step } from '$lib/flows/types';
import type { ServiceScenario } from './scenario';
import type { ProxyEvent } from './kubeProxyMachine';

export const API = 'kube-apiserver';
export const ETCD = 'etcd';
export const SCHED = 'kube-scheduler';
export const KCM = 'kube-controller-manager';
export const KUBECTL = 'kubectl';
export const proxy = (node: string) => `kube-proxy@${node}`;
export const kubelet = (node: string) => `kubelet@${node}`;
export const runtime = (node: string) => `container-runtime@${node}`;
export const podEnd = (ns: string, name: string) => `pod:${ns}/${name}`;
export const nodeEnd = (node: string) => `node:${node}`;

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
}

export type StepDraft = Omit<Step, 'snapshot' | 'id'>;

/** Why a what-if was skipped: no such pod, no node left to add, no node with room for its pods. */
export type SkipReason = 'noSuchPod' | 'tooManyNodes' | 'noRoom';

/** One message of a step: the same helper as the pod-creation flow's. */
export { msg };

/** A command to one node's kube-proxy actor: spawn it (a new node) or send it an event. */
export type ProxyCommand = { node: string; spawn?: true; event?: ProxyEvent };

export interface StepResult {
	step: StepDraft;
	proxies?: ProxyCommand[];
}

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

/** Watch events for a Service or EndpointSlice write: controller-manager and every kube-proxy. */
export function serviceWatch(
	d: ServiceFlowDraft,
	kind: 'services' | 'endpointslices',
	type: 'ADDED' | 'MODIFIED' | 'DELETED',
	name: string,
	phase: number
): FlowMessage[] {
	return serviceWatchers(d.state, type).map((w) =>
		msg(API, w.actor, 'watch', `watch ${type} ${kind}/${name}`, phase)
	);
}

/** Watch events of one pod write, to every pod watcher it concerns. */
export function podWatch(
	d: ServiceFlowDraft,
	before: PodObject | null,
	after: PodObject | null,
	phase: number
): FlowMessage[] {
	const name = (after ?? before)!.metadata.name;
	return podDeliveries(d.state, before, after).map((w) =>
		msg(API, w.actor, 'watch', `watch ${w.type} pods/${name}`, phase)
	);
}

/** The three messages of one write through the apiserver: request, etcd put, OK. */
export function write(
	from: string,
	request: string,
	key: string,
	revision: number,
	phase: number,
	op = 'PUT'
): FlowMessage[] {
	return [
		msg(from, API, 'request', request, phase),
		msg(API, ETCD, 'request', `txn ${op} ${key}`, phase + 1),
		msg(ETCD, API, 'response', `OK revision ${revision}`, phase + 2)
	];
}

/** Every current node's kube-proxy gets `event`. */
export function toAllProxies(d: ServiceFlowDraft, event: ProxyEvent): ProxyCommand[] {
	return nodeNames(d.state).map((node) => ({ node, event }));
}
