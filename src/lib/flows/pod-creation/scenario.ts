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
	optionalLabel,
	optionalSubdomain,
	seed,
	selectorMap,
	type ScenarioSpec
} from '../kit/fields';
import { cpu, memory } from '../kit/quantityFields';
import type { Toleration } from '$lib/sim/model';
import {
	formatNodeTaint,
	formatToleration,
	parseNodeTaint,
	parseToleration,
	type NodeTaint
} from './taints';
import {
	containerProblems,
	containerScenario,
	formatContainer,
	limitProblems,
	MAX_INIT_CONTAINERS,
	MAX_MORE_CONTAINERS,
	parseContainer,
	type ContainerScenario
} from './containers';
import { wordsField } from './commandWords';

/** The pod and its cluster; its image, amounts, command and args are its first container's. */
export interface PodScenario extends ContainerScenario {
	nodes: number;
	/** the first container's own name; null: the pod's, as kubectl run names it */
	containerName: string | null;
	/** the pod's labels; null: `run=<name>`, as kubectl run labels it */
	labels: Record<string, string> | null;
	/** spec.nodeSelector: labels a node must have for the scheduler to place the pod there */
	nodeSelector: Record<string, string>;
	/** spec.nodeName set by the manifest: the scheduler leaves the pod alone; null = unset */
	nodeName: string | null;
	/** spec.tolerations the pod is created with (admission adds its two NoExecute ones) */
	tolerations: Toleration[];
	/** the containers after the first, which runs `image` */
	moreContainers: ContainerScenario[];
	/** spec.initContainers: each runs to success, one after another, before the containers start */
	initContainers: ContainerScenario[];
	/** taints put on the nodes before the pod is created (`kubectl taint nodes …`) */
	taints: NodeTaint[];
	seed: string;
}

export const MAX_NODES = 50;
/** the most taints, and the most tolerations, one link sets */
export const MAX_TAINTS = 10;

export const defaultPodScenario: PodScenario = {
	nodes: 3,
	...containerScenario('nginx', 'nginx:1.27'),
	containerName: null,
	labels: null,
	nodeSelector: {},
	nodeName: null,
	tolerations: [],
	moreContainers: [],
	initContainers: [],
	taints: [],
	seed: 'kubestep'
};

export const podScenarioSpec: ScenarioSpec<PodScenario> = {
	fields: {
		nodes: int(1, MAX_NODES),
		name: dns1123(),
		containerName: optionalLabel('containerName'),
		image: image(catalogImages),
		cpu: cpu(),
		memory: memory(),
		cpuLimit: { ...cpu(), linkOnly: true },
		memoryLimit: { ...memory(), linkOnly: true },
		command: wordsField(),
		args: wordsField(),
		labels: labelMap(),
		nodeSelector: selectorMap(),
		nodeName: optionalSubdomain(),
		tolerations: list(
			{ read: parseToleration, write: formatToleration, invalid: { reason: 'toleration' } },
			MAX_TAINTS
		),
		moreContainers: list(
			{ read: parseContainer, write: formatContainer, invalid: { reason: 'container' } },
			MAX_MORE_CONTAINERS
		),
		initContainers: list(
			{ read: parseContainer, write: formatContainer, invalid: { reason: 'container' } },
			MAX_INIT_CONTAINERS
		),
		taints: list(
			{ read: parseNodeTaint, write: formatNodeTaint, invalid: { reason: 'taint' } },
			MAX_TAINTS
		),
		seed: seed()
	},
	defaults: defaultPodScenario
};

/** What the run leaves out of the pod: a limit below its request, a container name taken twice. */
export const podProblems = (s: PodScenario) => [...limitProblems(s), ...containerProblems(s)];
