/**
 * Scale-out scenario: Deployment `web` goes from `from` replicas to `to`, each pod requesting
 * `cpu`, on `nodes` workers; the pods that do not fit wait for a node to join, and the
 * Deployment is scaled back to `from` at the end.
 */
import { int, seed, type InputProblem, type ScenarioSpec } from '../kit/fields';
import { cpu } from '../kit/quantityFields';
import { makeNode } from '$lib/sim/workerNode';

export interface ScaleOutScenario {
	nodes: number;
	/** each web pod's CPU request in millicores, or none */
	cpu: number | null;
	from: number;
	to: number;
	seed: string;
}

/** the joining node is node-<nodes + 1>: the cluster stays within the simulated 50 */
export const SCALE_OUT_MAX_NODES = 49;
export const SCALE_OUT_MAX_REPLICAS = 50;

export const defaultScaleOutScenario: ScaleOutScenario = {
	nodes: 2,
	cpu: 1000,
	from: 2,
	to: 8,
	seed: 'kubestep'
};

export const scaleOutScenarioSpec: ScenarioSpec<ScaleOutScenario> = {
	fields: {
		nodes: int(1, SCALE_OUT_MAX_NODES),
		cpu: cpu(),
		from: int(0, SCALE_OUT_MAX_REPLICAS),
		to: int(1, SCALE_OUT_MAX_REPLICAS),
		seed: seed()
	},
	defaults: defaultScaleOutScenario
};

/**
 * The replicas the cluster starts with: `from`, unless they do not fit. The starting pods are
 * spread over the nodes in turn (pod i on node i mod N), so no more start than every node has
 * room for.
 */
export function startReplicas(s: ScaleOutScenario): number {
	if (s.cpu === null) return s.from;
	const room = Array.from({ length: s.nodes }, (_, i) => makeNode(i).allocatable.cpu);
	for (let n = 0; n < s.from; n++) {
		room[n % s.nodes] -= s.cpu;
		if (room[n % s.nodes] < 0) return n;
	}
	return s.from;
}

/** `to` must be more than the starting replicas: a scale-out. Otherwise the default (or one more). */
export function scaleTarget(s: ScaleOutScenario): number {
	const from = startReplicas(s);
	if (s.to > from) return s.to;
	return Math.min(SCALE_OUT_MAX_REPLICAS, Math.max(defaultScaleOutScenario.to, from + 1));
}

/** What the run does instead of what the link asks: fewer starting replicas, another `to`. */
export function scaleProblems(s: ScaleOutScenario): (InputProblem & { fallback: string })[] {
	const from = startReplicas(s);
	const to = scaleTarget(s);
	const out: (InputProblem & { fallback: string })[] = [];
	if (from !== s.from)
		out.push({
			field: 'from',
			value: String(s.from),
			reason: 'fromDoesNotFit',
			fallback: String(from)
		});
	if (to !== s.to)
		out.push({
			field: 'to',
			value: String(s.to),
			reason: 'notMore',
			min: from,
			fallback: String(to)
		});
	return out;
}
