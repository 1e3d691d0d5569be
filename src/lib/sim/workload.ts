/**
 * A Deployment's names and keys, and how many replicas it asks for: apart from workloads.ts so
 * that a page can read them without loading the controllers that make the objects.
 */
import type { ClusterState } from './cluster';
import { readObject } from './etcd';
import { nameSuffix } from './ids';

export interface Workload {
	name: string;
	/** the ReplicaSet's pod-template-hash */
	hash: string;
	targetPort: number;
}

export const replicaSetName = (w: Workload) => `${w.name}-${w.hash}`;
export const deploymentKey = (name: string) => `/registry/deployments/default/${name}`;
export const replicaSetKey = (w: Workload) => `/registry/replicasets/default/${replicaSetName(w)}`;

function podTemplateHash(seed: string, name: string): string {
	return nameSuffix(seed, `pod-template-hash/${name}`, 10);
}

/** The Service flow's Deployment, from its scenario (a ServiceClusterSpec will do). */
export function workloadOf(spec: { name: string; targetPort: number; seed: string }): Workload {
	return {
		name: spec.name,
		hash: podTemplateHash(spec.seed, spec.name),
		targetPort: spec.targetPort
	};
}

export function desiredReplicas(state: ClusterState, w: Workload): number {
	const kv = state.etcd.kvs[deploymentKey(w.name)];
	return kv ? readObject<{ metadata: object; spec: { replicas: number } }>(kv).spec.replicas : 0;
}
