/**
 * The ReplicaSet and Deployment controllers writing their status after the pods changed, as
 * messages: a PUT of each status subresource that changed, the ReplicaSet's first (three phases
 * each from `phase0`).
 */
import type { ClusterState } from '$lib/sim/cluster';
import { syncWorkloadStatus } from '$lib/sim/workloadStatus';
import { replicaSetName, type Workload } from '$lib/sim/workloads';
import type { FlowMessage, StepDraft, TextParams } from '../types';
import { API, ETCD, KCM } from './actors';
import { write } from './messages';

export function workloadStatusWrites(state: ClusterState, w: Workload, phase0: number) {
	const { rs, deployment } = syncWorkloadStatus(state, w);
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	if (rs) {
		messages.push(
			...write(KCM, `PUT replicasets/${replicaSetName(w)}/status`, rs.key, rs.mod_revision, phase0)
		);
		wrote.push(rs.key);
	}
	if (deployment) {
		const phase = phase0 + (rs ? 3 : 0);
		messages.push(
			...write(
				KCM,
				`PUT deployments/${w.name}/status`,
				deployment.key,
				deployment.mod_revision,
				phase
			)
		);
		wrote.push(deployment.key);
	}
	return { messages, wrote };
}

/**
 * A step with the controllers' status writes after it, when its pod changes moved the counts:
 * every flow's machine records its steps through this, so a stored status never lags its pods.
 */
export function withWorkloadStatus<S extends StepDraft<TextParams, object>>(
	step: S,
	state: ClusterState,
	w: Workload
): S {
	const phase0 = step.messages.length ? Math.max(...step.messages.map((m) => m.phase)) + 1 : 0;
	const extra = workloadStatusWrites(state, w, phase0);
	if (!extra.wrote.length) return step;
	return {
		...step,
		messages: [...step.messages, ...extra.messages],
		active: [...new Set([...step.active, KCM, API, ETCD])],
		wrote: [...step.wrote, ...extra.wrote]
	};
}
