/**
 * What every pod-creation step shares: the draft it changes, its step type, and the status write
 * (PATCH, etcd, watch fan-out) the kubelet and the scheduler both make.
 */
import { podDeliveries, readPod, updatePod } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import type { EnsureImageResult } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { kubeletAdmission } from '$lib/sim/kubeletAdmission';
import { listPods, podKey } from '$lib/sim/podCodec';
import type { ScheduleResult } from '$lib/sim/scheduler';

import { write, watchFanOut } from '../kit/messages';
import type { StepDraft, TextParams } from '../types';
import type { PodScenario } from './scenario';

/** The flow's working state; each step gets a fresh copy of the cluster inside it. */
export interface PodFlowDraft {
	scenario: PodScenario;
	state: ClusterState;
	schedule?: ScheduleResult;
	/** what the kubelet did with each container so far, in the spec's order */
	runs?: ContainerRun[];
	/** the same for the init containers, which run before the containers */
	initRuns?: ContainerRun[];
	/** the pod before and after the binding, for the fan-out that follows it */
	binding?: { before: PodObject; after: PodObject };
}

/** One container on its way to running: the image the runtime has for it, when it started. */
export interface ContainerRun {
	name: string;
	image: EnsureImageResult;
	/** when StartContainer ran: the container's startedAt */
	startedAt?: number;
	/** the image failed for an earlier container of the pod: no pull, the pod's back-off */
	backedOff?: boolean;
	/** an init container's successful exit, seen by PLEG */
	finishedAt?: number;
}

/** What a pod-creation step adds to every step: the course step (1–9), and a scheduling result. */
export interface PodStepMeta {
	/** which of the course's nine steps this belongs to */
	nine: number;
	schedule?: ScheduleResult;
}

/** A pod-creation step before it is recorded; `P` is inferred from the step function's params. */
export type PodStepDraft<P extends TextParams> = StepDraft<P, PodStepMeta>;

/** Infers a step's params from the object it is given (so the narration is typed by them). */
export const podStep = <P extends TextParams>(s: PodStepDraft<P>) => s;

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

/** The pods other than the subject, still running or about to (not ended): decoded once. */
export function otherPods(d: PodFlowDraft): PodObject[] {
	const uid = subject(d).metadata.uid;
	return listPods(d.state).filter(
		(p) => p.metadata.uid !== uid && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'
	);
}

export const podsOn = (pods: PodObject[], node: string) =>
	pods.filter((p) => p.spec.nodeName === node);

/** spec.nodeName came with the pod (the manifest set it): no scheduler, no binding. */
export const pinned = (d: PodFlowDraft) => d.scenario.nodeName !== null;

/** A pinned pod's node is not in the cluster: no kubelet will ever take the pod. */
export const pinnedToMissingNode = (d: PodFlowDraft) =>
	pinned(d) && !d.state.nodes.some((n) => n.name === d.scenario.nodeName);

/** What the bound node's kubelet says of the pod: null when it admits it. */
export function admission(d: PodFlowDraft) {
	const node = boundNode(d);
	return kubeletAdmission(subject(d), { node, pods: podsOn(otherPods(d), node.name) });
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
			...write(writer, `PATCH pods/${name}/status`, kv.key, kv.mod_revision, phase0),
			...watchFanOut(deliveries, `pods/${name}`, phase0 + 3)
		]
	};
}
