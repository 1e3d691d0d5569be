/** Kubelet heartbeats as every flow plays them: a Lease renewal per node, heard by the node lifecycle controller. */
import type { ClusterState } from '$lib/sim/cluster';
import { renewLease } from '$lib/sim/nodeLifecycle';
import { API, KCM, kubelet } from './actors';
import { msg, write } from './messages';

/** Each of `nodes` renews its Lease at `at`: the writes, and the watch events to kube-controller-manager. */
export function leaseRenewals(state: ClusterState, nodes: string[], at: number) {
	const kvs = nodes.map((n) => renewLease(state, n, at));
	const messages = kvs.flatMap((kv, i) => [
		...write(kubelet(nodes[i]), `PUT leases/${nodes[i]}`, kv.key, kv.mod_revision, 0),
		msg(API, KCM, 'watch', `watch MODIFIED leases/${nodes[i]}`, 3)
	]);
	return { kvs, messages };
}
