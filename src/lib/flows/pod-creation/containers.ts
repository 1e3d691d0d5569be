/**
 * The pod's containers. The first is the scenario's own (named as the pod, as `kubectl run` names
 * it, unless `containerName=` names it); the others come from a manifest or a link: `moreContainers=log=busybox:1.36;cpu=100m` is a
 * container named log running busybox:1.36 with a 100m CPU request. Each entry is `name=image`,
 * then any of `;cpu=`, `;memory=`, `;cpuLimit=`, `;memoryLimit=`, and `;command=` and `;args=`
 * (words as commandWords.ts writes them); entries are comma-separated.
 */
import { formatCpu, formatMemory, parseCpu, parseMemory } from '$lib/sim/quantity';
import { parseImage } from '$lib/sim/registry';
import type { InputProblem } from '../kit/fields';
import { isDns1123Label } from '$lib/sim/manifest/names';
import { formatWords, parseWords } from './commandWords';

/** one container's part of the scenario */
export interface ContainerScenario {
	name: string;
	image: string;
	/** millicores, null = no request */
	cpu: number | null;
	/** bytes, null = no request */
	memory: number | null;
	/** millicores, null = no limit (a limit with no request is the request too) */
	cpuLimit: number | null;
	/** bytes, null = no limit */
	memoryLimit: number | null;
	/** spec.containers[].command: the image's entrypoint replaced; null = the image's own */
	command: string[] | null;
	/** spec.containers[].args: the image's command replaced; null = the image's own */
	args: string[] | null;
}

/** A container with nothing requested or limited, unless `amounts` says so. */
export const containerScenario = (
	name: string,
	image: string,
	over: Partial<Omit<ContainerScenario, 'name' | 'image'>> = {}
): ContainerScenario => ({
	name,
	image,
	cpu: null,
	memory: null,
	cpuLimit: null,
	memoryLimit: null,
	command: null,
	args: null,
	...over
});

/** the most containers a link adds after the first */
export const MAX_MORE_CONTAINERS = 4;
/** the most containers a pod of this flow has */
export const MAX_CONTAINERS = 1 + MAX_MORE_CONTAINERS;
/** the most init containers a pod of this flow has */
export const MAX_INIT_CONTAINERS = 3;

const AMOUNTS = {
	cpu: [parseCpu, formatCpu],
	memory: [parseMemory, formatMemory],
	cpuLimit: [parseCpu, formatCpu],
	memoryLimit: [parseMemory, formatMemory]
} as const;
type Amount = keyof typeof AMOUNTS;
const isAmount = (k: string): k is Amount => k in AMOUNTS;

export function parseContainer(text: string): ContainerScenario | null {
	const [head, ...rest] = text.split(';');
	const eq = head.indexOf('=');
	if (eq < 0) return null;
	const name = head.slice(0, eq);
	const image = head.slice(eq + 1);
	if (!isDns1123Label(name) || parseImage(image) === null) return null;
	const c = containerScenario(name, image);
	for (const part of rest) {
		const eqAt = part.indexOf('=');
		const [key, words] = [part.slice(0, eqAt), part.slice(eqAt + 1)];
		if (eqAt > 0 && (key === 'command' || key === 'args')) {
			const parsed = c[key] === null ? parseWords(words) : null;
			if (!parsed) return null;
			c[key] = parsed;
			continue;
		}
		const [, value, ...extra] = part.split('=');
		if (!isAmount(key) || value === undefined || extra.length || c[key] !== null) return null;
		const n = AMOUNTS[key][0](value);
		if (n === null) return null;
		c[key] = n;
	}
	return c;
}

export function formatContainer(c: ContainerScenario): string {
	const amounts = (Object.keys(AMOUNTS) as Amount[])
		.filter((k) => c[k] !== null)
		.map((k) => `;${k}=${AMOUNTS[k][1](c[k]!)}`);
	const words = (['command', 'args'] as const)
		.filter((k) => c[k] !== null)
		.map((k) => `;${k}=${formatWords(c[k]!)}`);
	return `${c.name}=${c.image}${amounts.join('')}${words.join('')}`;
}

/**
 * The limits a container plays: one below its request would make the API server refuse the pod
 * ("must be less than or equal to cpu limit"), so the run leaves it out and says so.
 */
export function playedLimits(
	c: Pick<ContainerScenario, 'cpu' | 'memory' | 'cpuLimit' | 'memoryLimit'>
) {
	const fits = (request: number | null, limit: number | null) =>
		limit !== null && (request === null || request <= limit);
	return {
		cpu: fits(c.cpu, c.cpuLimit) ? c.cpuLimit : null,
		memory: fits(c.memory, c.memoryLimit) ? c.memoryLimit : null
	};
}

/** the list parameters that hold containers after the first */
export type ContainerList = 'moreContainers' | 'initContainers';

/**
 * A container's limits the run leaves out, as the list of bad values says it: the first
 * container's as `cpuLimit=…`, another's within its entry of `entry.list`.
 */
export function limitProblems(
	c: Pick<ContainerScenario, 'name' | 'cpu' | 'memory' | 'cpuLimit' | 'memoryLimit'>,
	list?: ContainerList
): InputProblem[] {
	const played = playedLimits(c);
	const left = (r: 'cpuLimit' | 'memoryLimit', limit: number | null, kept: number | null) => {
		if (limit === null || kept !== null) return [];
		const amount = r === 'cpuLimit' ? formatCpu(limit) : formatMemory(limit);
		const [field, value] = list === undefined ? [r, amount] : [list, `${c.name};${r}=${amount}`];
		return [{ field, value, reason: 'limitBelowRequest' as const }];
	};
	return [
		...left('cpuLimit', c.cpuLimit, played.cpu),
		...left('memoryLimit', c.memoryLimit, played.memory)
	];
}

/**
 * the pod's name, its first container's own name (null: the pod's), the containers after it, and
 * the init containers that run before them all
 */
export type PodContainerNames = Pick<ContainerScenario, 'name'> & {
	containerName: string | null;
	moreContainers: ContainerScenario[];
	initContainers: ContainerScenario[];
};

/** the first container's name: its own, or the pod's, as `kubectl run` names it */
export const firstContainerName = (s: PodContainerNames) => s.containerName ?? s.name;

/** What the run leaves out of the lists: a name taken twice, a limit below its request. */
export function containerProblems(s: PodContainerNames): InputProblem[] {
	const split = splitNames(s);
	return (['moreContainers', 'initContainers'] as const).flatMap((list) => [
		...split[list].twice.map((c) => ({
			field: list,
			value: formatContainer(c),
			reason: 'duplicateContainer' as const
		})),
		...split[list].kept.flatMap((c) => limitProblems(c, list))
	]);
}

/**
 * The lists split by name: the containers kept, and the ones whose name the pod already has,
 * which the API server would refuse as a duplicate. Containers come first (the first one's name,
 * then each in turn), then init containers, whose names must differ from every container's too
 * (validation.go validateInitContainers).
 */
export function splitNames(s: PodContainerNames) {
	const names = new Set([firstContainerName(s)]);
	const split = (list: ContainerScenario[]) => {
		const kept: ContainerScenario[] = [];
		const twice: ContainerScenario[] = [];
		for (const c of list) {
			if (names.has(c.name)) twice.push(c);
			else {
				names.add(c.name);
				kept.push(c);
			}
		}
		return { kept, twice };
	};
	const moreContainers = split(s.moreContainers);
	return { moreContainers, initContainers: split(s.initContainers) };
}
