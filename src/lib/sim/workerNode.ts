/**
 * A worker node as the scenario starts it: one of a few sizes, cycled, so that the scheduler's
 * scores differ between nodes. Kept apart from cluster.ts so that a scenario form can check what
 * fits without loading the simulation.
 */
import type { NodeModel } from './model';
import { Gi } from './quantity';

const nodeSizes = [
	{ cpu: 4000, memory: 8 * Gi },
	{ cpu: 2000, memory: 4 * Gi },
	{ cpu: 4000, memory: 16 * Gi }
];

export function makeNode(index: number): NodeModel {
	const size = nodeSizes[index % nodeSizes.length];
	const name = `node-${index + 1}`;
	return {
		name,
		labels: {
			'kubernetes.io/hostname': name,
			'kubernetes.io/os': 'linux',
			'kubernetes.io/arch': 'amd64'
		},
		allocatable: { ...size, pods: 110 },
		podCIDR: `10.244.${index + 1}.0/24`,
		address: `192.168.56.${11 + index}`,
		unschedulable: false,
		taints: [],
		images: {}
	};
}
