/** The what-if bar's choices and checks, from the cluster as it stands where a new action plays. */
import { parseIntInRange } from '$lib/flows/kit/fields';
import {
	MAX_REPLICAS,
	type ServiceAction,
	type ServiceScenario
} from '$lib/flows/service/scenario';
import type { ClusterState } from '$lib/sim/cluster';
import { desiredReplicas, workloadOf } from '$lib/sim/workload';

/** The Deployment's spec.replicas where the next action plays (0 before it exists). */
export function currentReplicas(state: ClusterState, scenario: ServiceScenario): number {
	return desiredReplicas(state, workloadOf(scenario));
}

/** What "Scale to" offers first: one more, or one fewer when already at the most. */
export function suggestedScale(current: number): number {
	return current < MAX_REPLICAS ? current + 1 : current - 1;
}

export type ScaleCheck =
	{ ok: true; action: ServiceAction } | { ok: false; reason: 'badScale' | 'sameScale' };

export function scaleAction(text: string, current: number): ScaleCheck {
	const n = parseIntInRange(text, 0, MAX_REPLICAS);
	if (n === null) return { ok: false, reason: 'badScale' };
	if (n === current) return { ok: false, reason: 'sameScale' };
	return { ok: true, action: { kind: 'scale', replicas: n } };
}
