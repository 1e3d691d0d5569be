/**
 * The kubectl-get flow's starting cluster: the Service flow's (N workers, Deployment `web` with
 * its pods, a client pod, kube-proxy on every node), up for days, so every kubelet has renewed its
 * Lease since the last pod changed: etcd's revision is past the newest pod's.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { renewLease } from '$lib/sim/nodeLifecycle';
import { createServiceCluster, workloadOf } from '$lib/sim/serviceCluster';
import type { KubectlGetScenario } from './scenario';

export const APP = 'web';
const TARGET_PORT = 8080;

/** when the kubelets last renewed their Leases, in the flow's seconds */
export const LAST_RENEWAL = -1;

export const workload = (s: KubectlGetScenario) =>
	workloadOf({ name: APP, targetPort: TARGET_PORT, seed: s.seed });

export function createKubectlGetCluster(s: KubectlGetScenario): ClusterState {
	const state = createServiceCluster({
		nodes: s.nodes,
		replicas: s.replicas,
		name: APP,
		targetPort: TARGET_PORT,
		seed: s.seed
	});
	// every kubelet renewed its Lease a second ago; the next round is due LEASE_RENEW_S after it
	for (const node of state.nodes) renewLease(state, node.name, LAST_RENEWAL);
	return state;
}
