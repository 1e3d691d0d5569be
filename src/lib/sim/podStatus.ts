/**
 * Pod status as each actor leaves it (reference §1 table and §6): the apiserver on create, the
 * scheduler on bind or failure, the kubelet before and after the containers start.
 */
import type { ContainerSpec, ContainerStatus, PodCondition, PodObject } from './model';
import { parseImage } from './registry';
import { timestamp } from './time';

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

function condition(
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

function unreadyMessage(containers: ContainerSpec[]): string {
	return `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`;
}

/** PrepareForCreate: the apiserver overwrites status with phase Pending and the QoS class. */
export function createdStatus(pod: PodObject): PodObject['status'] {
	return { phase: 'Pending', qosClass: qosClass(pod.spec.containers) };
}

/** BindingREST → assignPod: spec.nodeName and PodScheduled=True. */
export function bind(pod: PodObject, nodeName: string, at: number): void {
	pod.spec.nodeName = nodeName;
	pod.status.conditions = [condition('PodScheduled', true, at)];
}

/** handleSchedulingFailure: PodScheduled=False, reason Unschedulable, the FitError message. */
export function markUnschedulable(pod: PodObject, fitError: string, at: number): void {
	pod.status.conditions = [condition('PodScheduled', false, at, 'Unschedulable', fitError)];
}

function waiting(c: ContainerSpec, reason: string, message?: string): ContainerStatus {
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

/** The kubelet's first status write: sandbox not ready yet, containers creating. */
export function kubeletAdmitted(pod: PodObject, hostIP: string, at: number): void {
	const scheduled = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
	const msg = unreadyMessage(pod.spec.containers);
	pod.status = {
		...pod.status,
		phase: 'Pending',
		conditions: [
			condition('PodReadyToStartContainers', false, at),
			condition('Initialized', true, at),
			condition('Ready', false, at, 'ContainersNotReady', msg),
			condition('ContainersReady', false, at, 'ContainersNotReady', msg),
			scheduled ?? condition('PodScheduled', true, at)
		],
		hostIP,
		hostIPs: [{ ip: hostIP }],
		startTime: timestamp(at),
		containerStatuses: pod.spec.containers.map((c) => waiting(c, 'ContainerCreating'))
	};
}

export function setCondition(pod: PodObject, type: PodCondition['type'], ok: boolean, at: number) {
	const conditions = pod.status.conditions ?? [];
	const i = conditions.findIndex((c) => c.type === type);
	const next = condition(type, ok, at);
	if (i >= 0) {
		if (conditions[i].status !== next.status) conditions[i] = next;
	} else conditions.push(next);
	pod.status.conditions = conditions;
}

/** Sandbox is up and has an IP: PodReadyToStartContainers=True. */
export function sandboxReady(pod: PodObject, podIP: string, at: number): void {
	setCondition(pod, 'PodReadyToStartContainers', true, at);
	pod.status.podIP = podIP;
	pod.status.podIPs = [{ ip: podIP }];
}

/** An image pull failed: the container waits with ErrImagePull, later ImagePullBackOff. */
export function imagePullFailed(
	pod: PodObject,
	reason: 'ErrImagePull' | 'ImagePullBackOff',
	message: string
): void {
	pod.status.containerStatuses = pod.spec.containers.map((c) => waiting(c, reason, message));
}

/** PLEG saw the container running; no readiness probe, so it is ready at once. */
export function containersRunning(
	pod: PodObject,
	containerIDs: string[],
	imageIDs: string[],
	startedAt: number,
	at: number
): void {
	pod.status.phase = 'Running';
	for (const type of [
		'PodReadyToStartContainers',
		'Initialized',
		'Ready',
		'ContainersReady'
	] as const) {
		setCondition(pod, type, true, at);
	}
	// The image as the runtime names it.
	pod.status.containerStatuses = pod.spec.containers.map((c, i) => ({
		name: c.name,
		image: parseImage(c.image)?.canonical ?? c.image,
		imageID: imageIDs[i],
		containerID: containerIDs[i],
		ready: true,
		started: true,
		restartCount: 0,
		state: { running: { startedAt: timestamp(startedAt) } },
		lastState: {},
		...reportedMounts(c)
	}));
}

/** Status of a pod that was already running before the scenario began. */
export function runningStatus(
	c: ContainerSpec,
	addresses: { podIP: string; hostIP: string },
	ids: { containerID: string; imageID: string },
	at: number
): PodObject['status'] {
	const pod: PodObject = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: '', namespace: '', uid: '', creationTimestamp: '' },
		spec: { containers: [c], schedulerName: 'default-scheduler', restartPolicy: 'Always' },
		status: { phase: 'Pending', qosClass: qosClass([c]) }
	};
	bind(pod, 'x', at);
	kubeletAdmitted(pod, addresses.hostIP, at);
	sandboxReady(pod, addresses.podIP, at);
	containersRunning(pod, [ids.containerID], [ids.imageID], at, at);
	return pod.status;
}

/**
 * A container's mounts as its status reports them (VolumeMountStatus): since v1.31 the
 * RecursiveReadOnlyMounts gate is on, and the kubelet fills them from the first status it builds,
 * a waiting container's too (pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses).
 */
function reportedMounts(c: ContainerSpec): Pick<ContainerStatus, 'volumeMounts'> {
	if (!c.volumeMounts) return {};
	return {
		volumeMounts: c.volumeMounts.map(({ name, mountPath, readOnly }) =>
			readOnly
				? { name, mountPath, readOnly, recursiveReadOnly: 'Disabled' as const }
				: { name, mountPath }
		)
	};
}

/** What `kubectl get pods` shows in STATUS: a waiting reason wins over the phase. */
export function displayStatus(pod: Pick<PodObject, 'metadata' | 'status'>): string {
	// kubectl prints Terminating for any pod with a deletionTimestamp (printers.go)
	if (pod.metadata.deletionTimestamp) return 'Terminating';
	for (const cs of pod.status.containerStatuses ?? []) {
		if ('waiting' in cs.state) return cs.state.waiting.reason;
		if ('terminated' in cs.state) return cs.state.terminated.reason;
	}
	// the pod's reason, when it has one (a kubelet's OutOfcpu), stands in for its phase
	return pod.status.reason || pod.status.phase;
}

/** PLEG saw the container exit. restartPolicy Always keeps the phase Running; readiness goes. */
export function containerExited(
	pod: PodObject,
	exit: { exitCode: number; reason: string },
	startedAt: number,
	at: number
): void {
	setCondition(pod, 'Ready', false, at);
	setCondition(pod, 'ContainersReady', false, at);
	const msg = unreadyMessage(pod.spec.containers);
	for (const c of pod.status.conditions ?? []) {
		if ((c.type === 'Ready' || c.type === 'ContainersReady') && c.status === 'False') {
			c.reason = 'ContainersNotReady';
			c.message = msg;
		}
	}
	pod.status.containerStatuses = (pod.status.containerStatuses ?? []).map((cs) => ({
		...cs,
		ready: false,
		started: false,
		state: {
			terminated: {
				...exit,
				startedAt: timestamp(startedAt),
				finishedAt: timestamp(at),
				containerID: cs.containerID
			}
		}
	}));
}

/** The kubelet waits before the next restart: CrashLoopBackOff, the last run kept in lastState. */
export function crashLoopBackOff(pod: PodObject, message: string): void {
	pod.status.containerStatuses = (pod.status.containerStatuses ?? []).map((cs) => ({
		...cs,
		restartCount: cs.restartCount + 1,
		lastState: cs.state,
		state: { waiting: { reason: 'CrashLoopBackOff', message } }
	}));
}

export function readyCount(pod: PodObject): string {
	const statuses = pod.status.containerStatuses ?? [];
	return `${statuses.filter((s) => s.ready).length}/${pod.spec.containers.length}`;
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
		{ type: 'DisruptionTarget', status: 'True', ...condition, lastTransitionTime: since }
	];
}
