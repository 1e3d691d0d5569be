/**
 * The node-failure flow's starting cluster: the Service flow's (N workers, Deployment `web` spread
 * over them, a client pod, kube-proxy on every node), with Service `web` already exposed and its
 * EndpointSlice listing every replica, every node reporting all its conditions, and every pod
 * carrying the tolerations the API gave it: DefaultTolerationSeconds' 300 s for ordinary pods,
 * kubeadm's tolerate-everything one for kube-proxy. The twists (twists.ts) are applied here.
 */
import {
	allocateServiceIP,
	desiredSlice,
	endpointsForService,
	exposedService,
	storeEndpoints,
	storeService,
	storeSlice,
	storedService
} from '$lib/sim/services';
import { createServiceCluster } from '$lib/sim/serviceCluster';
import type { ClusterState } from '$lib/sim/cluster';
import { put } from '$lib/sim/etcd';
import { uid } from '$lib/sim/ids';
import { listPods, storePod } from '$lib/sim/podCodec';
import {
	healthyConditions,
	nodeKey,
	readNode,
	LEASE_RENEW_S,
	renewLease
} from '$lib/sim/nodeLifecycle';
import { CLUSTER_CREATED } from '$lib/sim/time';
import { failedNode, type NodeFailureScenario } from './scenario';
import { addStatefulSet, storeWebTemplateToleration, webTolerations } from './twists';

export const SERVICE_NAME = 'web';
export const TARGET_PORT = 8080;
/** when the kubelets last posted their (unchanged) status: within nodeStatusReportFrequency (5 min) */
const LAST_STATUS_POST = -120;

export function createNodeFailureCluster(s: NodeFailureScenario): ClusterState {
	const spec = {
		nodes: s.nodes,
		replicas: s.replicas,
		name: SERVICE_NAME,
		targetPort: TARGET_PORT,
		seed: s.seed
	};
	const state = createServiceCluster(spec);
	for (const pod of listPods(state)) {
		if (pod.metadata.labels?.app !== SERVICE_NAME) continue;
		pod.spec.tolerations = webTolerations(s);
		storePod(state.etcd, pod);
	}
	storeWebTemplateToleration(state, s);
	if (s.actions.some((a) => a.kind === 'statefulset'))
		storePod(state.etcd, addStatefulSet(state, failedNode(s)));
	for (const node of state.nodes) {
		const stored = readNode(state, node.name)!;
		stored.status.conditions = healthyConditions(LAST_STATUS_POST, CLUSTER_CREATED);
		put(state.etcd, nodeKey(node.name), JSON.stringify(stored));
		renewLease(state, node.name, -LEASE_RENEW_S);
	}
	const requested = exposedService(
		SERVICE_NAME,
		{ app: SERVICE_NAME },
		{ app: SERVICE_NAME },
		80,
		TARGET_PORT
	);
	// allocated as the Service flow allocates: its IPAddress is created before the Service is stored
	const { ip } = allocateServiceIP(state, `default/${SERVICE_NAME}`, CLUSTER_CREATED);
	const svc = storedService(requested, ip, s.seed, CLUSTER_CREATED);
	storeService(state.etcd, svc, CLUSTER_CREATED);
	const slice = desiredSlice(s.seed, svc, listPods(state));
	slice.metadata.uid = uid(s.seed, `slice/${slice.metadata.name}`);
	storeSlice(state.etcd, slice, CLUSTER_CREATED);
	storeEndpoints(state.etcd, svc, endpointsForService(listPods(state), svc), CLUSTER_CREATED);
	return state;
}
