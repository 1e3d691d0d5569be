/**
 * `kubectl get deployments`, apart from kubectl.ts (which the Pod tab loads with every page): only
 * the Cluster tab shows it.
 */
import type { ClusterState } from './cluster';
import { getPrefix } from './etcd';
import { CLUSTER_CREATED, humanAge, simSeconds } from './time';

export const GET_DEPLOYMENTS_COLUMNS = ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'];

/**
 * Rows of `kubectl get deployments` in namespace default (printDeployment in
 * pkg/printers/internalversion/printers.go): READY is readyReplicas/spec.replicas, UP-TO-DATE
 * updatedReplicas, AVAILABLE availableReplicas, each 0 when the status leaves it out.
 */
export function getDeploymentsRows(state: ClusterState): string[][] {
	return getPrefix(state.etcd, '/registry/deployments/default/').map((kv) =>
		deploymentRow(JSON.parse(kv.value), state)
	);
}

/** One Deployment's row (also what the terminal's `kubectl get deployments` prints). */
export function deploymentRow(
	d: {
		metadata: { name: string; creationTimestamp?: string };
		spec?: { replicas?: number };
		status?: Record<string, number>;
	},
	state: ClusterState
): string[] {
	const s = d.status ?? {};
	const created = d.metadata.creationTimestamp
		? simSeconds(d.metadata.creationTimestamp)
		: CLUSTER_CREATED;
	return [
		d.metadata.name,
		`${s.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
		String(s.updatedReplicas ?? 0),
		String(s.availableReplicas ?? 0),
		humanAge(state.clock - created)
	];
}
