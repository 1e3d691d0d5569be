/**
 * The scale-out flow's starting cluster: the Service flow's (N workers, Deployment `web` with
 * `from` replicas spread over them, a client pod, kube-proxy on every node), with every web pod
 * and the pod template requesting `cpu`, and kube-proxy carrying kubeadm's tolerations.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { get, put } from '$lib/sim/etcd';
import type { ContainerSpec } from '$lib/sim/model';
import { encodeContainer, listPods, storePod } from '$lib/sim/podCodec';
import { qosClass } from '$lib/sim/podStatus';
import { createServiceCluster, workloadOf } from '$lib/sim/serviceCluster';
import { backendContainer, deploymentKey, replicaSetKey } from '$lib/sim/workloads';

import { startReplicas, type ScaleOutScenario } from './scenario';

export const APP = 'web';
const TARGET_PORT = 8080;

export const workload = (s: ScaleOutScenario) =>
	workloadOf({ name: APP, targetPort: TARGET_PORT, seed: s.seed });

/** The web container with the scenario's CPU request (none: a BestEffort pod). */
export function withRequest(c: ContainerSpec, cpu: number | null): ContainerSpec {
	const rest = { ...c };
	delete rest.requests;
	return cpu === null ? rest : { ...rest, requests: { cpu } };
}

export function createScaleOutCluster(s: ScaleOutScenario): ClusterState {
	const state = createServiceCluster({
		nodes: s.nodes,
		replicas: startReplicas(s),
		name: APP,
		targetPort: TARGET_PORT,
		seed: s.seed
	});
	for (const pod of listPods(state)) {
		if (pod.metadata.labels?.app === APP) {
			pod.spec.containers = pod.spec.containers.map((c) => withRequest(c, s.cpu));
			pod.status.qosClass = qosClass(pod.spec.containers);
			storePod(state.etcd, pod);
		}
	}
	const w = workload(s);
	const container = encodeContainer(withRequest(backendContainer(w), s.cpu));
	for (const key of [deploymentKey(APP), replicaSetKey(w)]) {
		const obj = JSON.parse(get(state.etcd, key)!.value);
		obj.spec.template.spec.containers = [container];
		put(state.etcd, key, JSON.stringify(obj));
	}
	return state;
}
