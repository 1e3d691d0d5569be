/**
 * Pod status as each actor leaves it (reference §1 table and §6): the apiserver on create, the
 * scheduler on bind or failure, the kubelet before and after the containers start.
 */
import type { ContainerSpec, ContainerStatus, PodCondition, PodObject } from './model';
import { timestamp } from './time';
import { compareStrings } from './compare';

/**
 * GetPodQOS (pkg/apis/core/helper/qos/qos.go) over CPU and memory: nothing requested or limited is
 * BestEffort; every container limiting both, with requests (defaulted from the limits) equal to
 * them, is Guaranteed; anything else is Burstable. Zero amounts count as none.
 */
export function qosClass(containers: ContainerSpec[]): 'Guaranteed' | 'Burstable' | 'BestEffort' {
	const requests: Partial<Record<'cpu' | 'memory', number>> = {};
	const limits: Partial<Record<'cpu' | 'memory', number>> = {};
	let guaranteed = true;
	for (const c of containers) {
		for (const r of ['cpu', 'memory'] as const) {
			const asked = c.requests?.[r] ?? c.limits?.[r];
			if (asked) requests[r] = (requests[r] ?? 0) + asked;
			if (c.limits?.[r]) limits[r] = (limits[r] ?? 0) + c.limits[r];
		}
		if (!c.limits?.cpu || !c.limits?.memory) guaranteed = false;
	}
	const named = (m: object) => Object.keys(m).length;
	if (!named(requests) && !named(limits)) return 'BestEffort';
	const same = (Object.keys(requests) as ('cpu' | 'memory')[]).every(
		(r) => limits[r] === requests[r]
	);
	return guaranteed && same && named(requests) === named(limits) ? 'Guaranteed' : 'Burstable';
}

export function condition(
	type: PodCondition['type'],
	ok: boolean,
	at: number,
	reason?: string,
	message?: string
): PodCondition {
	// lastProbeTime: no probe sets it, and the zero time prints as null
	const c: PodCondition = {
		type,
		status: ok ? 'True' : 'False',
		lastProbeTime: null,
		lastTransitionTime: timestamp(at)
	};
	if (reason) c.reason = reason;
	if (message) c.message = message;
	return c;
}

export function unreadyMessage(containers: ContainerSpec[]): string {
	return `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`;
}

/** the pod's init containers and containers: GetPodQOS counts them all */
export const allContainers = (pod: Pick<PodObject, 'spec'>) => [
	...(pod.spec.initContainers ?? []),
	...pod.spec.containers
];

/**
 * PrepareForCreate (pkg/registry/core/pod/strategy.go): since v1.33 every new pod starts at
 * generation 1 (bumped by updatePodGeneration when its spec changes), and the apiserver
 * overwrites its status with the phase Pending and the QoS class.
 */
export function prepareForCreate(pod: PodObject): void {
	pod.metadata.generation = 1;
	pod.status = { phase: 'Pending', qosClass: qosClass(allContainers(pod)) };
}

/**
 * kubetypes.PodConditionsByKubelet: the conditions the kubelet generates itself
 * (generateAPIPodStatus, pkg/kubelet/kubelet_pods.go) and a kubelet status write replaces.
 */
export const KUBELET_CONDITIONS: ReadonlySet<string> = new Set([
	'PodScheduled',
	'Ready',
	'Initialized',
	'ContainersReady',
	'PodReadyToStartContainers'
]);

/**
 * PodObservedGenerationTracking, beta and on by default in v1.34 (pkg/features/kube_features.go):
 * each status the kubelet writes carries the pod's generation as status.observedGeneration (status
 * manager SetPodStatus, pkg/kubelet/status/status_manager.go) and on every condition it generates
 * (pkg/api/v1/pod/util.go CalculatePodStatusObservedGeneration and
 * CalculatePodConditionObservedGeneration). A pod without a generation gets none.
 */
export function observedByKubelet(pod: PodObject): void {
	const { metadata, status } = pod;
	if (!metadata.generation) return;
	status.observedGeneration = metadata.generation;
	for (const c of status.conditions ?? [])
		if (KUBELET_CONDITIONS.has(c.type)) c.observedGeneration = metadata.generation;
}

/** A condition another controller writes, stamped with the generation it saw (CalculatePodConditionObservedGeneration). */
export function observed<T extends PodCondition>(pod: PodObject, c: T): T {
	const generation = pod.metadata.generation;
	return generation ? { ...c, observedGeneration: generation } : c;
}

/**
 * BindingREST → setPodNodeAndMetadata (pkg/registry/core/pod/storage/storage.go): spec.nodeName
 * and PodScheduled=True, with no observedGeneration (the binding does not set one).
 */
export function bind(pod: PodObject, nodeName: string, at: number): void {
	pod.spec.nodeName = nodeName;
	pod.status.conditions = [condition('PodScheduled', true, at)];
}

/**
 * handleSchedulingFailure (pkg/scheduler/schedule_one.go): PodScheduled=False, reason
 * Unschedulable, the FitError message, and the generation the scheduler saw.
 */
export function markUnschedulable(pod: PodObject, fitError: string, at: number): void {
	const failed = condition('PodScheduled', false, at, 'Unschedulable', fitError);
	pod.status.conditions = [observed(pod, failed)];
}

export function waiting(c: ContainerSpec, reason: string, message?: string): ContainerStatus {
	return {
		name: c.name,
		image: c.image,
		imageID: '',
		ready: false,
		started: false,
		restartCount: 0,
		state: { waiting: message ? { reason, message } : { reason } },
		lastState: {},
		...reportedMounts(c)
	};
}

/** The kubelet sets one of its conditions (a change of status moves lastTransitionTime). */
export function setCondition(pod: PodObject, type: PodCondition['type'], ok: boolean, at: number) {
	const conditions = pod.status.conditions ?? [];
	const i = conditions.findIndex((c) => c.type === type);
	const next = condition(type, ok, at);
	if (i >= 0) {
		if (conditions[i].status !== next.status) conditions[i] = next;
	} else conditions.push(next);
	pod.status.conditions = conditions;
	observedByKubelet(pod);
}

/** Sandbox is up and has an IP: PodReadyToStartContainers=True (a kubelet status write). */
export function sandboxReady(pod: PodObject, podIP: string, at: number): void {
	setCondition(pod, 'PodReadyToStartContainers', true, at);
	pod.status.podIP = podIP;
	pod.status.podIPs = [{ ip: podIP }];
}

/**
 * The kubelet's statuses are sorted by container name (pkg/kubelet/kubelet_pods.go
 * convertToAPIContainerStatuses, kubetypes.SortedContainerStatuses), not in the spec's order.
 */
export const byName = (statuses: ContainerStatus[]) =>
	[...statuses].sort((a, b) => compareStrings(a.name, b.name));

/**
 * A container's mounts as its status reports them (VolumeMountStatus): since v1.31 the
 * RecursiveReadOnlyMounts gate is on, and the kubelet fills them from the first status it builds,
 * a waiting container's too (pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses).
 */
export function reportedMounts(c: ContainerSpec): Pick<ContainerStatus, 'volumeMounts'> {
	if (!c.volumeMounts) return {};
	return {
		volumeMounts: c.volumeMounts.map(({ name, mountPath, readOnly }) =>
			readOnly
				? { name, mountPath, readOnly, recursiveReadOnly: 'Disabled' as const }
				: { name, mountPath }
		)
	};
}

/**
 * What `kubectl get pods` shows in STATUS (pkg/printers/internalversion/printers.go printPod):
 * the pod's reason or phase, then each container's waiting or terminated reason, the first status
 * (by name, as the kubelet sorts them) winning; a Completed container beside a running one reads Running, or NotReady
 * while the pod is not Ready; a pod being deleted reads Terminating until its phase is terminal.
 */
export function displayStatus(pod: Pick<PodObject, 'metadata' | 'status'>): string {
	let reason: string = initStatus(pod) ?? (pod.status.reason || pod.status.phase);
	let hasRunning = false;
	const statuses = initializing(pod) ? [] : (pod.status.containerStatuses ?? []);
	for (const cs of [...statuses].reverse()) {
		if ('waiting' in cs.state && cs.state.waiting.reason) reason = cs.state.waiting.reason;
		else if ('terminated' in cs.state)
			reason = cs.state.terminated.reason || `ExitCode:${cs.state.terminated.exitCode}`;
		else if (cs.ready && 'running' in cs.state) hasRunning = true;
	}
	if (reason === 'Completed' && hasRunning) {
		const ready = pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
		reason = ready ? 'Running' : 'NotReady';
	}
	const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
	if (pod.metadata.deletionTimestamp && pod.status.reason === 'NodeLost') reason = 'Unknown';
	else if (pod.metadata.deletionTimestamp && !terminal) reason = 'Terminating';
	return reason;
}

/**
 * printPod's reading of the init containers: "Init:1/2" for the first that has not succeeded
 * (running, or waiting with no reason of its own), "Init:" and its reason when it waits or
 * failed; null once every one has succeeded.
 */
function initStatus(pod: Pick<PodObject, 'status'>): string | null {
	// one status per init container: their count is the spec's
	const statuses = pod.status.initContainerStatuses ?? [];
	for (const [i, cs] of statuses.entries()) {
		const s = cs.state;
		if ('terminated' in s && s.terminated.exitCode === 0) continue;
		if ('terminated' in s)
			return `Init:${s.terminated.reason || `ExitCode:${s.terminated.exitCode}`}`;
		if ('waiting' in s && s.waiting.reason && s.waiting.reason !== 'PodInitializing')
			return `Init:${s.waiting.reason}`;
		return `Init:${i}/${statuses.length}`;
	}
	return null;
}

/** Whether printPod reads the init containers' restarts and no container's reason: not initialized. */
export const initializing = (pod: Pick<PodObject, 'status'>) =>
	initStatus(pod) !== null &&
	!pod.status.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True');

/** READY: the containers both ready and running (printPod), of the pod's app containers. */
export function readyCount(pod: PodObject): string {
	const statuses = pod.status.containerStatuses ?? [];
	return `${statuses.filter((s) => s.ready && 'running' in s.state).length}/${pod.spec.containers.length}`;
}

/**
 * The pod garbage collector's status patch before it deletes (markFailedAndDeletePodWithCondition):
 * phase Failed and, if given, the DisruptionTarget condition (kept as it was when already True).
 */
export function markFailedByPodGc(
	pod: PodObject,
	condition: { reason: string; message: string } | null,
	at: number
): void {
	pod.status.phase = 'Failed';
	if (!condition) return;
	// UpdatePodCondition: a DisruptionTarget already True keeps its lastTransitionTime
	const had = pod.status.conditions?.find((c) => c.type === 'DisruptionTarget');
	const others = (pod.status.conditions ?? []).filter((c) => c !== had);
	const since = had?.status === 'True' ? had.lastTransitionTime : timestamp(at);
	pod.status.conditions = [
		...others,
		observed(pod, {
			type: 'DisruptionTarget',
			status: 'True',
			...condition,
			lastTransitionTime: since
		})
	];
}
