/**
 * The pod-creation scenario: the cluster's size, the pod kubectl creates, the seed. Each field is
 * a URL parameter and an input of the scenario form (kit/fields.ts reads, writes and checks them).
 */
import { catalogImages } from '$lib/sim/registry';
import {
	dns1123,
	image,
	int,
	labelMap,
	list,
	optionalSubdomain,
	seed,
	selectorMap,
	type ScenarioSpec,
	type InputProblem
} from '../kit/fields';
import { cpu, memory } from '../kit/quantityFields';
import { formatCpu, formatMemory } from '$lib/sim/quantity';
import type { Toleration } from '$lib/sim/model';
import {
	formatNodeTaint,
	formatToleration,
	parseNodeTaint,
	parseToleration,
	type NodeTaint
} from './taints';

export interface PodScenario {
	nodes: number;
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
	/** the pod's labels; null: `run=<name>`, as kubectl run labels it */
	labels: Record<string, string> | null;
	/** spec.nodeSelector: labels a node must have for the scheduler to place the pod there */
	nodeSelector: Record<string, string>;
	/** spec.nodeName set by the manifest: the scheduler leaves the pod alone; null = unset */
	nodeName: string | null;
	/** spec.tolerations the pod is created with (admission adds its two NoExecute ones) */
	tolerations: Toleration[];
	/** taints put on the nodes before the pod is created (`kubectl taint nodes …`) */
	taints: NodeTaint[];
	seed: string;
}

export const MAX_NODES = 50;
/** the most taints, and the most tolerations, one link sets */
export const MAX_TAINTS = 10;

export const defaultPodScenario: PodScenario = {
	nodes: 3,
	name: 'nginx',
	image: 'nginx:1.27',
	cpu: null,
	memory: null,
	cpuLimit: null,
	memoryLimit: null,
	labels: null,
	nodeSelector: {},
	nodeName: null,
	tolerations: [],
	taints: [],
	seed: 'kubestep'
};

export const podScenarioSpec: ScenarioSpec<PodScenario> = {
	fields: {
		nodes: int(1, MAX_NODES),
		name: dns1123(),
		image: image(catalogImages),
		cpu: cpu(),
		memory: memory(),
		cpuLimit: { ...cpu(), linkOnly: true },
		memoryLimit: { ...memory(), linkOnly: true },
		labels: labelMap(),
		nodeSelector: selectorMap(),
		nodeName: optionalSubdomain(),
		tolerations: list(
			{ read: parseToleration, write: formatToleration, invalid: { reason: 'toleration' } },
			MAX_TAINTS
		),
		taints: list(
			{ read: parseNodeTaint, write: formatNodeTaint, invalid: { reason: 'taint' } },
			MAX_TAINTS
		),
		seed: seed()
	},
	defaults: defaultPodScenario
};

/**
 * The limits a run plays: one below its request would make the API server refuse the pod
 * ("must be less than or equal to cpu limit"), so the run leaves it out and says so.
 */
export function playedLimits(s: PodScenario) {
	const fits = (request: number | null, limit: number | null) =>
		limit !== null && (request === null || request <= limit);
	return {
		cpu: fits(s.cpu, s.cpuLimit) ? s.cpuLimit : null,
		memory: fits(s.memory, s.memoryLimit) ? s.memoryLimit : null
	};
}

/** The limits the run leaves out, as the list of bad values says it. */
export function limitProblems(s: PodScenario): InputProblem[] {
	const played = playedLimits(s);
	return [
		...(s.cpuLimit !== null && played.cpu === null
			? [{ field: 'cpuLimit', value: formatCpu(s.cpuLimit), reason: 'limitBelowRequest' as const }]
			: []),
		...(s.memoryLimit !== null && played.memory === null
			? [
					{
						field: 'memoryLimit',
						value: formatMemory(s.memoryLimit),
						reason: 'limitBelowRequest' as const
					}
				]
			: [])
	];
}
