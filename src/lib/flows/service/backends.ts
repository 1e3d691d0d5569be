/** The Service's backend pods as the cluster stores them: what the what-if bar and the checkpoints list. */
import type { ClusterState } from '$lib/sim/cluster';
import { listStoredPods } from '$lib/sim/storedPods';

/** The Service's backend pods a person can still delete: `app=<name>` in default, not terminating. */
export function backendPods(state: ClusterState, name: string): { name: string; node?: string }[] {
	return listStoredPods(state)
		.filter(
			(p) =>
				p.metadata.namespace === 'default' &&
				p.metadata.labels?.app === name &&
				!p.metadata.deletionTimestamp
		)
		.map((p) => ({ name: p.metadata.name, node: p.spec.nodeName }))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
}
