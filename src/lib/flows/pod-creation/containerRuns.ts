/**
 * Where the kubelet is among the pod's containers. SyncPod starts them one after another in the
 * spec's order (pkg/kubelet/kuberuntime/kuberuntime_manager.go, step 7): for each, the image, then
 * CreateContainer and StartContainer. A container whose image cannot be pulled is skipped and the
 * next one started; each container's fate is then its own.
 */
import { defaultCommandExit, parseImage } from '$lib/sim/registry';
import type { ContainerScenario } from './containers';
import { podContainers } from './playedContainers';
import type { ContainerRun, PodFlowDraft } from './draft';

export const runs = (d: PodFlowDraft): ContainerRun[] => d.runs ?? [];

/** the pod's containers as the spec lists them, each with the limits it keeps */
export const containersOf = (d: PodFlowDraft) => podContainers(d.scenario);

/** the container whose image the kubelet ensures next: the first it has not reached */
export const nextContainer = (d: PodFlowDraft) => containersOf(d)[runs(d).length];

/** the container being created and started: the last one reached */
export const currentRun = (d: PodFlowDraft) => runs(d).at(-1)!;

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

export const containerNamed = (d: PodFlowDraft, name: string) =>
	containersOf(d).find((c) => c.name === name)!;

/** the containers whose image the runtime could not pull */
export const failedRuns = (d: PodFlowDraft) => runs(d).filter(pullFailed);

/** the containers that started and whose command ends at once */
export const exitingRuns = (d: PodFlowDraft) =>
	runs(d).filter((r) => !pullFailed(r) && exitOf(containerNamed(d, r.name)) !== null);

/** the containers whose image was there: they started */
export const startedRuns = (d: PodFlowDraft) => runs(d).filter((r) => !pullFailed(r));

/** the containers that started and keep running */
export const runningRuns = (d: PodFlowDraft) =>
	runs(d).filter((r) => !pullFailed(r) && exitOf(containerNamed(d, r.name)) === null);

export const moreToStart = (d: PodFlowDraft) => runs(d).length < containersOf(d).length;
export const lastPullFailed = (d: PodFlowDraft) => runs(d).length > 0 && pullFailed(currentRun(d));
export const anyPullFailed = (d: PodFlowDraft) => failedRuns(d).length > 0;
export const anyExits = (d: PodFlowDraft) => exitingRuns(d).length > 0;

/** "log, shell": names as narration lists them */
export const joinNames = (rs: ContainerRun[]) => rs.map((r) => r.name).join(', ');
