/**
 * The pod-creation scenario: the cluster's size, the pod kubectl creates, the seed. Each field is
 * a URL parameter and an input of the scenario form (kit/fields.ts reads, writes and checks them).
 */
import { catalogImages } from '$lib/sim/registry';
import { dns1123, image, int, seed, type ScenarioSpec } from '../kit/fields';
import { cpu, memory } from '../kit/quantityFields';

export interface PodScenario {
	nodes: number;
	name: string;
	image: string;
	/** millicores, null = no request */
	cpu: number | null;
	/** bytes, null = no request */
	memory: number | null;
	seed: string;
}

export const MAX_NODES = 50;

export const defaultPodScenario: PodScenario = {
	nodes: 3,
	name: 'nginx',
	image: 'nginx:1.27',
	cpu: null,
	memory: null,
	seed: 'kubestep'
};

export const podScenarioSpec: ScenarioSpec<PodScenario> = {
	fields: {
		nodes: int(1, MAX_NODES),
		name: dns1123(),
		image: image(catalogImages),
		cpu: cpu(),
		memory: memory(),
		seed: seed()
	},
	defaults: defaultPodScenario
};
