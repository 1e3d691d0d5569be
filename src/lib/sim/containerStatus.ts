/**
 * The kubelet's status writes for a pod's containers one by one, after its first: each container's
 * state replaced, then Ready, ContainersReady and the phase settled as the kubelet settles them.
 * Apart from podStatus.ts so that the page's first load, which only reads statuses, does not carry
 * these (nor podCodec, which a running container's reported resources need).
 */
import type { ContainerSpec, ContainerStatus, PodCondition, PodObject } from './model';
import { encodeContainer } from './podCodec';
import {
	byName,
	condition,
	observedByKubelet,
	qosClass,
	reportedMounts,
	setCondition,
	unreadyMessage,
	waiting
} from './podStatus';
import { parseImage } from './registry';
import { timestamp } from './time';

/** GeneratePodInitializedCondition's message (pkg/kubelet/status/generate.go) */
const incompleteMessage = (containers: ContainerSpec[]) =>
	`containers with incomplete status: [${containers.map((c) => c.name).join(' ')}]`;

/**
 * The kubelet's first status write: sandbox not ready yet, containers creating, or, with init
 * containers, every container waiting with PodInitializing (convertToAPIContainerStatuses) and
 * Initialized False until the init containers have run.
 */
export function kubeletAdmitted(pod: PodObject, hostIP: string, at: number): void {
	const scheduled = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
	const msg = unreadyMessage(pod.spec.containers);
	const inits = pod.spec.initContainers ?? [];
	const creating = inits.length ? 'PodInitializing' : 'ContainerCreating';
	pod.status = {
		...pod.status,
		phase: 'Pending',
		conditions: [
			condition('PodReadyToStartContainers', false, at),
			inits.length
				? condition('Initialized', false, at, 'ContainersNotInitialized', incompleteMessage(inits))
				: condition('Initialized', true, at),
			condition('Ready', false, at, 'ContainersNotReady', msg),
			condition('ContainersReady', false, at, 'ContainersNotReady', msg),
			scheduled ?? condition('PodScheduled', true, at)
		],
		hostIP,
		hostIPs: [{ ip: hostIP }],
		startTime: timestamp(at),
		// init containers' statuses keep the spec's order (SortStatusesOfInitContainers)
		...(inits.length ? { initContainerStatuses: inits.map((c) => waiting(c, creating)) } : {}),
		containerStatuses: byName(pod.spec.containers.map((c) => waiting(c, creating)))
	};
	observedByKubelet(pod);
}

/**
 * Replaces the named containers' statuses with `next`'s, init containers' too (names are unique
 * across both), then settles initialization, readiness and phase.
 */
function updateContainers(
	pod: PodObject,
	names: string[],
	next: (cs: ContainerStatus, c: ContainerSpec) => ContainerStatus,
	at: number
): void {
	const update = (statuses: ContainerStatus[], specs: ContainerSpec[]) =>
		statuses.map((cs) =>
			names.includes(cs.name)
				? next(
						cs,
						specs.find((x) => x.name === cs.name)!
					)
				: cs
		);
	pod.status.containerStatuses = byName(
		update(pod.status.containerStatuses ?? [], pod.spec.containers)
	);
	const inits = pod.status.initContainerStatuses;
	if (inits) pod.status.initContainerStatuses = update(inits, pod.spec.initContainers ?? []);
	settle(pod, at);
}

/** an init container that has run to success: its status is then ready (prober_manager.go) */
const succeeded = (cs: ContainerStatus) =>
	'terminated' in cs.state && cs.state.terminated.exitCode === 0;

/** The specs whose container is not ready in `statuses`, in the spec's order. */
const unreadyOf = (specs: ContainerSpec[], statuses: ContainerStatus[] = []) =>
	specs.filter((c) => !statuses.find((cs) => cs.name === c.name)?.ready);

/** A condition True when no container is left, else False with `reason` and the message naming them. */
function containersCondition(
	pod: PodObject,
	type: 'Initialized' | 'Ready' | 'ContainersReady',
	left: ContainerSpec[],
	[reason, message]: [string, (cs: ContainerSpec[]) => string],
	at: number
): void {
	setCondition(pod, type, left.length === 0, at);
	if (!left.length) return;
	const cond = pod.status.conditions!.find((x) => x.type === type)!;
	cond.reason = reason;
	cond.message = message(left);
}

/**
 * Initialized from the init containers that ran to success (ready: prober_manager.go), Ready and
 * ContainersReady from the containers' readiness, each naming the ones left in the spec's order
 * (pkg/kubelet/status/generate.go), and the phase as getPhase (pkg/kubelet/kubelet_pods.go) finds
 * it for restartPolicy Always: an init container not yet run to success, or a container still
 * waiting to start, keeps the pod Pending; one running, or all stopped and to be restarted, is
 * Running.
 */
function settle(pod: PodObject, at: number): void {
	const inits = pod.status.initContainerStatuses;
	if (inits) {
		const left = unreadyOf(pod.spec.initContainers ?? [], inits);
		containersCondition(pod, 'Initialized', left, NOT_INITIALIZED, at);
	}
	const statuses = pod.status.containerStatuses ?? [];
	const unready = unreadyOf(pod.spec.containers, statuses);
	for (const type of ['Ready', 'ContainersReady'] as const)
		containersCondition(pod, type, unready, NOT_READY, at);
	const waitingToStart = statuses.some(
		(cs) => 'waiting' in cs.state && !(cs.lastState && 'terminated' in cs.lastState)
	);
	const initPending = !(inits ?? []).every(succeeded);
	pod.status.phase = waitingToStart || initPending ? 'Pending' : 'Running';
}

const NOT_INITIALIZED: [string, typeof incompleteMessage] = [
	'ContainersNotInitialized',
	incompleteMessage
];
const NOT_READY: [string, typeof unreadyMessage] = ['ContainersNotReady', unreadyMessage];

/** Image pulls failed: those containers wait with ErrImagePull, later ImagePullBackOff. */
export function imagePullFailed(
	pod: PodObject,
	names: string[],
	reason: 'ErrImagePull' | 'ImagePullBackOff',
	message: string,
	at: number
): void {
	updateContainers(pod, names, (cs, c) => ({ ...waiting(c, reason, message), ...keptRun(cs) }), at);
}

/** what a waiting container keeps of its past: its restarts and its last run */
const keptRun = (cs: ContainerStatus) => ({
	restartCount: cs.restartCount,
	lastState: cs.lastState
});

/** PLEG saw these containers running: no readiness probe, so each is ready at once. */
export function containersRunning(pod: PodObject, runs: SeenRun[], at: number): void {
	updateContainers(
		pod,
		runs.map((r) => r.name),
		(_, c) =>
			runningContainer(
				c,
				runs.find((r) => r.name === c.name)!
			),
		at
	);
}

/** the run PLEG reports of a container: its ids and when it started */
type SeenRun = { name: string; containerID: string; imageID: string; startedAt: number };

/** PLEG saw an init container running: started, but not ready until it has succeeded. */
export function initContainerRunning(pod: PodObject, run: SeenRun, at: number): void {
	updateContainers(pod, [run.name], (_, c) => ({ ...runningContainer(c, run), ready: false }), at);
}

/**
 * PLEG saw an init container exit with success: terminated with the runtime's reason Completed,
 * and ready (prober_manager.go marks a successful init container so), no longer started.
 */
export function initContainerSucceeded(pod: PodObject, run: SeenRun, at: number): void {
	updateContainers(
		pod,
		[run.name],
		(_, c) => ({
			...runningContainer(c, run),
			started: false,
			state: {
				terminated: {
					exitCode: 0,
					reason: 'Completed',
					startedAt: timestamp(run.startedAt),
					finishedAt: timestamp(at),
					containerID: run.containerID
				}
			}
		}),
		at
	);
}

/** PLEG saw these containers exit. restartPolicy Always keeps the phase Running; readiness goes. */
export function containerExited(
	pod: PodObject,
	names: string[],
	exit: (name: string) => { exitCode: number; reason: string; startedAt: number },
	at: number
): void {
	updateContainers(
		pod,
		names,
		(cs) => {
			const { startedAt, ...code } = exit(cs.name);
			return {
				...cs,
				ready: false,
				started: false,
				state: {
					terminated: {
						...code,
						startedAt: timestamp(startedAt),
						finishedAt: timestamp(at),
						containerID: cs.containerID
					}
				}
			};
		},
		at
	);
}

/** The kubelet waits before the next restart: CrashLoopBackOff, the last run kept in lastState. */
export function crashLoopBackOff(
	pod: PodObject,
	names: string[],
	message: (name: string) => string,
	at: number
): void {
	updateContainers(
		pod,
		names,
		(cs) => ({
			...cs,
			restartCount: cs.restartCount + 1,
			lastState: cs.state,
			state: { waiting: { reason: 'CrashLoopBackOff', message: message(cs.name) } }
		}),
		at
	);
}

/**
 * A container PLEG saw running: the image as the runtime names it, ready at once (no probe). With
 * InPlacePodVerticalScaling (beta, on since v1.33) a container the runtime knows reports its
 * resources: the allocated ones, which the runtime's own report (CPU shares and quota, memory
 * limit) gives back unchanged, `{}` when the spec has none (convertContainerStatusResources in
 * pkg/kubelet/kubelet_pods.go). allocatedResources stays unset: it needs the
 * InPlacePodVerticalScalingAllocatedStatus gate, off (deprecated) in v1.34.
 */
export function runningContainer(
	c: ContainerSpec,
	run: { containerID: string; imageID: string; startedAt: number }
): ContainerStatus {
	const status: ContainerStatus = {
		name: c.name,
		image: parseImage(c.image)?.canonical ?? c.image,
		imageID: run.imageID,
		containerID: run.containerID,
		ready: true,
		started: true,
		restartCount: 0,
		state: { running: { startedAt: timestamp(run.startedAt) } },
		lastState: {},
		resources: encodeContainer(c).resources,
		...reportedMounts(c)
	};
	return status;
}

/**
 * Status of a pod that was already running before the scenario began: what the kubelet's writes
 * leave a pod of one container that runs, every condition True since `at`.
 */
export function runningStatus(
	c: ContainerSpec,
	addresses: { podIP: string; hostIP: string },
	ids: { containerID: string; imageID: string },
	at: number
): PodObject['status'] {
	const { podIP, hostIP } = addresses;
	const ok = (type: PodCondition['type']) => condition(type, true, at);
	return {
		phase: 'Running',
		qosClass: qosClass([c]),
		conditions: [
			ok('PodReadyToStartContainers'),
			ok('Initialized'),
			ok('Ready'),
			ok('ContainersReady'),
			ok('PodScheduled')
		],
		hostIP,
		hostIPs: [{ ip: hostIP }],
		startTime: timestamp(at),
		containerStatuses: [runningContainer(c, { ...ids, startedAt: at })],
		podIP,
		podIPs: [{ ip: podIP }]
	};
}
