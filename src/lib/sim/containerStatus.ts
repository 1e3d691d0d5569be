/**
 * The kubelet's status writes for a pod's containers one by one, after its first: each container's
 * state replaced, then Ready, ContainersReady and the phase settled as the kubelet settles them.
 * Apart from podStatus.ts so that the page's first load, which only reads statuses, does not carry
 * these.
 */
import type { ContainerSpec, ContainerStatus, PodObject } from './model';
import { byName, runningContainer, setCondition, unreadyMessage, waiting } from './podStatus';
import { timestamp } from './time';

/** Replaces the named containers' statuses with `next`'s, then settles readiness and phase. */
function updateContainers(
	pod: PodObject,
	names: string[],
	next: (cs: ContainerStatus, c: ContainerSpec) => ContainerStatus,
	at: number
): void {
	pod.status.containerStatuses = byName(
		(pod.status.containerStatuses ?? []).map((cs) => {
			const c = pod.spec.containers.find((x) => x.name === cs.name)!;
			return names.includes(cs.name) ? next(cs, c) : cs;
		})
	);
	settle(pod, at);
}

/**
 * Ready and ContainersReady from the containers' readiness, naming the unready ones in the spec's
 * order (pkg/kubelet/status/generate.go GenerateContainersReadyCondition), and the phase as
 * getPhase (pkg/kubelet/kubelet_pods.go) finds it for restartPolicy Always: a container still
 * waiting to start keeps the pod Pending; one running, or all stopped and to be restarted, is Running.
 */
function settle(pod: PodObject, at: number): void {
	const statuses = pod.status.containerStatuses ?? [];
	const unready = pod.spec.containers.filter(
		(c) => !statuses.find((cs) => cs.name === c.name)?.ready
	);
	for (const type of ['Ready', 'ContainersReady'] as const) {
		setCondition(pod, type, unready.length === 0, at);
		const cond = pod.status.conditions!.find((x) => x.type === type)!;
		if (unready.length) {
			cond.reason = 'ContainersNotReady';
			cond.message = unreadyMessage(unready);
		}
	}
	const waitingToStart = statuses.some(
		(cs) => 'waiting' in cs.state && !(cs.lastState && 'terminated' in cs.lastState)
	);
	pod.status.phase = waitingToStart ? 'Pending' : 'Running';
}

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
export function containersRunning(
	pod: PodObject,
	runs: { name: string; containerID: string; imageID: string; startedAt: number }[],
	at: number
): void {
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
