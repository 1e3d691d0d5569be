/**
 * Nodes and pods for the scheduler's and the kubelet's unit tests: a 4-CPU, 8 Gi node with its
 * hostname label, a pod with the containers and spec it is given. Test support only.
 */
import type { ContainerSpec, NodeModel, PodObject } from '../model';
import type { NodeInfo } from '../scheduler';

export const Mi = 1024 * 1024;
export const Gi = 1024 * Mi;

export function node(name: string, overrides: Partial<NodeModel> = {}): NodeModel {
	return {
		name,
		labels: { 'kubernetes.io/hostname': name },
		allocatable: { cpu: 4000, memory: 8 * Gi, pods: 110 },
		podCIDR: '10.244.1.0/24',
		address: '192.168.56.11',
		unschedulable: false,
		taints: [],
		images: {},
		...overrides
	};
}

export function pod(
	name: string,
	containers: Partial<ContainerSpec>[] = [{}],
	spec: Partial<PodObject['spec']> = {}
): PodObject {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: '' },
		spec: {
			containers: containers.map((c, i) => ({ name: `c${i}`, image: 'nginx', ...c })),
			schedulerName: 'default-scheduler',
			restartPolicy: 'Always',
			...spec
		},
		status: { phase: 'Pending' }
	};
}

export function withRequests(name: string, cpu?: number, memory?: number): PodObject {
	const requests: { cpu?: number; memory?: number } = {};
	if (cpu !== undefined) requests.cpu = cpu;
	if (memory !== undefined) requests.memory = memory;
	return pod(name, [{ requests }]);
}

export function info(n: NodeModel, pods: PodObject[] = []): NodeInfo {
	return { node: n, pods };
}
