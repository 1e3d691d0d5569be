/**
 * What every pod-creation step shares: the draft it changes, actor ids, and the helpers that turn
 * a write and its watch fan-out into messages.
 */
import { podDeliveries, readPod, updatePod, type Delivery } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import type { EnsureImageResult } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { podKey } from '$lib/sim/podCodec';
import type { ScheduleResult } from '$lib/sim/scheduler';
import type { PodScenario } from './scenario';
import type { FlowMessage, Step } from '$lib/flows/types';

export const API = 'kube-apiserver';
export const ETCD = 'etcd';
export const SCHED = 'kube-scheduler';
export const KUBECTL = 'kubectl';
export const kubelet = (node: string) => `kubelet@${node}`;
export const runtime = (node: string) => `container-runtime@${node}`;

/** The flow's working state; each step gets a fresh copy of the cluster inside it. */
export interface PodFlowDraft {
	scenario: PodScenario;
	state: ClusterState;
	schedule?: ScheduleResult;
	image?: EnsureImageResult;
	/** the pod before and after the binding, for the fan-out that follows it */
	binding?: { before: PodObject; after: PodObject };
	/** when StartContainer ran: the container's startedAt */
	startedAt?: number;
}

export type StepDraft = Omit<Step, 'snapshot' | 'id'>;

export function msg(
	from: string,
	to: string,
	kind: FlowMessage['kind'],
	label: string,
	phase: number
): FlowMessage {
	return { from, to, kind, label, phase };
}

export function subjectKey(d: PodFlowDraft): string {
	return podKey('default', d.scenario.name);
}

export function subject(d: PodFlowDraft): PodObject {
	return readPod(d.state, subjectKey(d))!;
}

export function boundNode(d: PodFlowDraft) {
	const name = subject(d).spec.nodeName;
	return d.state.nodes.find((n) => n.name === name)!;
}

/** Watch events of one write, drawn from the apiserver to every watcher it concerns. */
export function watchMessages(deliveries: Delivery[], name: string, phase: number): FlowMessage[] {
	return deliveries.map((w) => msg(API, w.actor, 'watch', `watch ${w.type} pods/${name}`, phase));
}

/**
 * A status PATCH: the writer's request, the etcd write and its answer, then the watch events
 * to every pod watcher, in phases starting at `phase0`.
 */
export function patchStatus(
	d: PodFlowDraft,
	writer: string,
	change: (p: PodObject) => void,
	phase0: number
) {
	const { before, after, kv } = updatePod(d.state, subjectKey(d), change);
	const deliveries = podDeliveries(d.state, before, after);
	const name = d.scenario.name;
	return {
		kv,
		deliveries,
		watchers: deliveries.map((w) => w.actor),
		messages: [
			msg(writer, API, 'request', `PATCH pods/${name}/status`, phase0),
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, phase0 + 1),
			msg(ETCD, API, 'response', `OK revision ${kv.mod_revision}`, phase0 + 2),
			...watchMessages(deliveries, name, phase0 + 3)
		]
	};
}
