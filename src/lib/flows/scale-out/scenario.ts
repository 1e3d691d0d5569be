/**
 * Scale-out scenario: Deployment `web` goes from `from` replicas to `to`, each pod requesting
 * `cpu`, on `nodes` workers; the pods that do not fit wait for a node to join, and the
 * Deployment is scaled back to `from` at the end.
 */
import { int, seed, type InputProblem, type ScenarioSpec } from '../kit/fields';
import { cpu } from '../kit/quantityFields';

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

/** `to` must be more than `from`: a scale-out. Otherwise the default `to` (or one more) is used. */
export function scaleTarget(s: ScaleOutScenario): number {
	if (s.to > s.from) return s.to;
	return Math.min(SCALE_OUT_MAX_REPLICAS, Math.max(defaultScaleOutScenario.to, s.from + 1));
}

export function scaleProblems(s: ScaleOutScenario): (InputProblem & { fallback: string })[] {
	const to = scaleTarget(s);
	if (to === s.to) return [];
	return [
		{ field: 'to', value: String(s.to), reason: 'notMore', min: s.from, fallback: String(to) }
	];
}
