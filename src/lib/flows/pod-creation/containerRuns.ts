/**
 * Where the kubelet is among the pod's containers. SyncPod starts the init containers first, one
 * per sync, each only once the one before it has exited with success (kuberuntime_container.go
 * findNextInitContainerToRun); then the containers one after another in the spec's order
 * (pkg/kubelet/kuberuntime/kuberuntime_manager.go, step 7): for each, the image, then
 * CreateContainer and StartContainer. A container whose image cannot be pulled is skipped and the
 * next one started; each container's fate is then its own. An init container that cannot be
 * pulled, fails or keeps running stops the pod there.
 */
import { defaultCommandExit, parseImage } from '$lib/sim/registry';
import type { ContainerScenario } from './containers';
import { podContainers, podInitContainers } from './playedContainers';
import type { ContainerRun, PodFlowDraft } from './draft';

export const runs = (d: PodFlowDraft): ContainerRun[] => d.runs ?? [];
export const initRuns = (d: PodFlowDraft): ContainerRun[] => d.initRuns ?? [];

/** the pod's containers as the spec lists them, each with the limits it keeps */
export const containersOf = (d: PodFlowDraft) => podContainers(d.scenario);
export const initContainersOf = (d: PodFlowDraft) => podInitContainers(d.scenario);

/** Whether the kubelet is still at the init containers: one has not yet exited with success. */
export const inInit = (d: PodFlowDraft) =>
	initRuns(d).filter((r) => r.finishedAt !== undefined).length < initContainersOf(d).length;

/** the list the kubelet works through now: the init containers', then the containers' */
const working = (d: PodFlowDraft) =>
	inInit(d)
		? { specs: initContainersOf(d), done: initRuns(d), key: 'initRuns' as const }
		: { specs: containersOf(d), done: runs(d), key: 'runs' as const };

/** the container whose image the kubelet ensures next: the first it has not reached */
export const nextContainer = (d: PodFlowDraft) => {
	const w = working(d);
	return w.specs[w.done.length];
};

/** the container being created and started: the last one reached */
export const currentRun = (d: PodFlowDraft) => working(d).done.at(-1)!;

/** Adds a run to the list the kubelet works through, or replaces its last one. */
export function setRun(d: PodFlowDraft, run: ContainerRun, replaceLast = false): void {
	const w = working(d);
	d[w.key] = [...(replaceLast ? w.done.slice(0, -1) : w.done), run];
}

/** which container of how many the kubelet is at, and whether it is an init container */
export const position = (d: PodFlowDraft) => {
	const w = working(d);
	return {
		index: w.done.length,
		count: w.specs.length,
		more: w.done.length < w.specs.length ? 1 : 0,
		init: w.key === 'initRuns' ? 1 : 0
	};
};

export const pullFailed = (r: ContainerRun) => r.image.outcome === 'failed';

/**
 * How a container's process ends at once, or null when it keeps running: the image's default
 * command may end (busybox's sh reads EOF: see registry). A command or args of its own the flow
 * does not run: it plays such a container as a process that keeps running (a sleep, a loop).
 */
export function exitOf(c: ContainerScenario) {
	if (c.command !== null || c.args !== null) return null;
	const ref = parseImage(c.image);
	return ref === null ? null : defaultCommandExit(ref);
}

/**
 * How an init container's process ends, or null when it keeps running. Its own command the flow
 * plays as one that does its work and exits with success, as an init container's is meant to.
 */
export const initExitOf = (c: ContainerScenario) =>
	c.command !== null || c.args !== null ? { exitCode: 0, reason: 'Completed' as const } : exitOf(c);

/** a container of either list by name (names are unique across both) */
export const containerNamed = (d: PodFlowDraft, name: string) =>
	[...containersOf(d), ...initContainersOf(d)].find((c) => c.name === name)!;

/** how a container's process ends: an init container's as initExitOf plays it */
export const exitOfNamed = (d: PodFlowDraft, name: string) =>
	initContainersOf(d).some((c) => c.name === name)
		? initExitOf(containerNamed(d, name))
		: exitOf(containerNamed(d, name));

/** the init container the kubelet started last, and how it ends (null: it keeps running) */
export const initEnd = (d: PodFlowDraft) => exitOfNamed(d, currentRun(d).name);

/** every run so far, the init containers' first */
const allRuns = (d: PodFlowDraft) => [...initRuns(d), ...runs(d)];

/** the containers, init containers first, whose image the runtime could not pull */
export const failedRuns = (d: PodFlowDraft) => allRuns(d).filter(pullFailed);

/**
 * the containers that started and whose process ends at once, and will be restarted: the
 * containers', or an init container's that failed
 */
export function exitingRuns(d: PodFlowDraft) {
	const inits = unfinishedInits(d);
	return [...inits, ...runs(d)].filter((r) => {
		const end = !pullFailed(r) && exitOfNamed(d, r.name);
		return end && (end.exitCode !== 0 || !inits.includes(r));
	});
}

/** init containers started that have not (yet) exited with success */
const unfinishedInits = (d: PodFlowDraft) =>
	initRuns(d).filter((r) => r.finishedAt === undefined && r.startedAt !== undefined);

/** the containers whose image was there: they started */
export const startedRuns = (d: PodFlowDraft) => runs(d).filter((r) => !pullFailed(r));

/** a run of either list by its container's name */
export const runNamed = (d: PodFlowDraft, name: string) => allRuns(d).find((r) => r.name === name)!;

/** the containers that started and keep running */
export const runningRuns = (d: PodFlowDraft) =>
	runs(d).filter((r) => !pullFailed(r) && exitOf(containerNamed(d, r.name)) === null);

export const moreToStart = (d: PodFlowDraft) => position(d).more === 1;
export const lastPullFailed = (d: PodFlowDraft) => {
	const last = working(d).done.at(-1);
	return last !== undefined && pullFailed(last);
};
export const anyPullFailed = (d: PodFlowDraft) => failedRuns(d).length > 0;
export const anyExits = (d: PodFlowDraft) => exitingRuns(d).length > 0;

/** "log, shell": names as narration lists them */
export const joinNames = (rs: ContainerRun[]) => rs.map((r) => r.name).join(', ');
