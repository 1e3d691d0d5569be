/**
 * kubectl-get scenario: the Service flow's cluster (`nodes` workers, Deployment `web` with
 * `replicas` pods, a client pod), read with `kubectl get pods`, then watched while `web` is scaled
 * by one; and the what-ifs played after the story (`then=watch-only,rv0,pages:2`).
 */
import {
	int,
	list,
	parseIntInRange,
	seed,
	type InputProblem,
	type ScenarioSpec
} from '../kit/fields';

/**
 * What-ifs, played after the story in the order given, each kind once: `kubectl get pods
 * --watch-only`, the same list with `resourceVersion=0`, and the list in pages
 * (`--chunk-size=N`: limit and continue).
 */
export type KubectlGetAction =
	{ kind: 'watch-only' } | { kind: 'rv0' } | { kind: 'pages'; size: number };

export interface KubectlGetScenario {
	nodes: number;
	replicas: number;
	seed: string;
	actions: KubectlGetAction[];
}

/** the story scales web by one: the cluster stays within the simulated 50 pods of a Deployment */
export const KUBECTL_GET_MAX_REPLICAS = 49;
export const KUBECTL_GET_MAX_NODES = 50;
/** kubectl's --chunk-size default (cmd/util/helpers.go DefaultChunkSize): the what-if pages by at most that */
export const KUBECTL_CHUNK = 500;
export const KUBECTL_GET_MAX_ACTIONS = 3;

export const defaultKubectlGetScenario: KubectlGetScenario = {
	nodes: 2,
	replicas: 3,
	seed: 'kubestep',
	actions: []
};

export function formatKubectlGetAction(a: KubectlGetAction): string {
	return a.kind === 'pages' ? `pages:${a.size}` : a.kind;
}

/** One what-if as written in the URL, or null when it is not one. */
export function parseKubectlGetAction(text: string): KubectlGetAction | null {
	const t = text.trim();
	if (t === 'watch-only' || t === 'rv0') return { kind: t };
	const m = /^pages:(.+)$/.exec(t);
	const size = m ? parseIntInRange(m[1], 1, KUBECTL_CHUNK) : null;
	return size === null ? null : { kind: 'pages', size };
}

/** The what-ifs a run plays: each kind once, the first of each; `played[i]` for action i. */
export function playedReads(s: KubectlGetScenario) {
	const seen = new Set<string>();
	const played = s.actions.map((a) => {
		if (seen.has(a.kind)) return false;
		seen.add(a.kind);
		return true;
	});
	return { played, next: (from: number) => played.indexOf(true, from) };
}

/** A what-if the link repeats is not played: the list of bad values says so. */
export function readProblems(s: KubectlGetScenario): InputProblem[] {
	const { played } = playedReads(s);
	return s.actions.flatMap((a, i) =>
		played[i]
			? []
			: [{ field: 'then', value: formatKubectlGetAction(a), reason: 'repeatedWhatIf' as const }]
	);
}

export const kubectlGetScenarioSpec: ScenarioSpec<KubectlGetScenario> = {
	fields: {
		nodes: int(1, KUBECTL_GET_MAX_NODES),
		replicas: int(0, KUBECTL_GET_MAX_REPLICAS),
		seed: seed(),
		actions: list(
			{
				read: parseKubectlGetAction,
				write: formatKubectlGetAction,
				invalid: { reason: 'readAction', max: KUBECTL_CHUNK }
			},
			KUBECTL_GET_MAX_ACTIONS,
			'then'
		)
	},
	defaults: defaultKubectlGetScenario
};
