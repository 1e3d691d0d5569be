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

export interface PodScenario {
	nodes: number;
	name: string;
	image: string;
	/** millicores, null = no request */
	cpu: number | null;
	/** bytes, null = no request */
	memory: number | null;
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
