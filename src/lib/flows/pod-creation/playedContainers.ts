/**
 * The containers a run plays, apart from containers.ts (which the page reads links with) so that
 * the page's first load does not carry what only the flow's steps and the YAML tab use.
 */
import {
	containerScenario,
	firstContainerName,
	playedLimits,
	splitNames,
	type ContainerScenario,
	type PodContainerNames
} from './containers';

/** a container with the limits it keeps */
const withPlayedLimits = (c: ContainerScenario) => {
	const limits = playedLimits(c);
	return { ...c, cpuLimit: limits.cpu, memoryLimit: limits.memory };
};

/**
 * Every container the run plays, the first one first, each with the limits it keeps. A container
 * whose name another already has is left out: the API server refuses the pod
 * (`spec.containers[1].name: Duplicate value`).
 */
export function podContainers(s: ContainerScenario & PodContainerNames) {
	const first = containerScenario(firstContainerName(s), s.image, {
		cpu: s.cpu,
		memory: s.memory,
		cpuLimit: s.cpuLimit,
		memoryLimit: s.memoryLimit,
		command: s.command,
		args: s.args
	});
	return [first, ...splitNames(s).moreContainers.kept].map(withPlayedLimits);
}

/** The init containers the run plays, in the spec's order, each with the limits it keeps. */
export const podInitContainers = (s: PodContainerNames) =>
	splitNames(s).initContainers.kept.map(withPlayedLimits);
