/**
 * Node-failure scenario: the cluster's size, the Deployment `web`'s replicas, which node stops
 * (`fail=node-2`), the seed, and the what-ifs (`then=statefulset,recover`). A node that is not in
 * the cluster is reported by the timeline (it falls back to the default, or to node-1 on a
 * one-node cluster).
 */
import {
	int,
	list,
	parseIntInRange,
	seed,
	type Field,
	type InputProblem,
	type ScenarioSpec
} from '../kit/fields';

/**
 * What-ifs. Endings play once the pods are stuck Terminating: the node comes back, the Node is
 * deleted, or the out-of-service taint is added; one run has at most one. Twists change the
 * cluster the story starts with: web's pods tolerate the unreachable taint for `seconds`, or a
 * StatefulSet pod `db-0` runs on the failed node.
 */
export type NodeFailureAction =
	| { kind: 'recover' }
	| { kind: 'delete-node' }
	| { kind: 'out-of-service' }
	| { kind: 'toleration'; seconds: number }
	| { kind: 'statefulset' };

export const ENDINGS = ['recover', 'delete-node', 'out-of-service'] as const;
export type NodeFailureEnding = (typeof ENDINGS)[number];
export const isEnding = (a: NodeFailureAction): a is { kind: NodeFailureEnding } =>
	(ENDINGS as readonly string[]).includes(a.kind);

export interface NodeFailureScenario {
	nodes: number;
	replicas: number;
	/** the node whose kubelet stops: node-1 … node-N */
	fail: string;
	seed: string;
	actions: NodeFailureAction[];
}

/** two twists and an ending: every what-if once */
export const NODE_FAILURE_MAX_ACTIONS = 3;
/** a web toleration from 0 s (evicted at once) to an hour */
export const MAX_TOLERATION_S = 3600;

export const NODE_FAILURE_MAX_NODES = 50;
export const NODE_FAILURE_MAX_REPLICAS = 50;

export const defaultNodeFailureScenario: NodeFailureScenario = {
	nodes: 3,
	replicas: 3,
	fail: 'node-2',
	seed: 'kubestep',
	actions: []
};

export function formatNodeFailureAction(a: NodeFailureAction): string {
	return a.kind === 'toleration' ? `toleration:${a.seconds}` : a.kind;
}

/** One what-if as written in the URL, or null when it is not one. */
export function parseNodeFailureAction(text: string): NodeFailureAction | null {
	const t = text.trim();
	if (t === 'recover' || t === 'delete-node' || t === 'out-of-service' || t === 'statefulset')
		return { kind: t };
	const m = /^toleration:(.+)$/.exec(t);
	const seconds = m ? parseIntInRange(m[1], 0, MAX_TOLERATION_S) : null;
	return seconds === null ? null : { kind: 'toleration', seconds };
}

/** Why a what-if of the link is not played: its kind is there already, or an ending is. */
export type NodeFailureSkip = 'repeatedWhatIf' | 'oneEnding';

/**
 * The what-ifs a run plays, and the ones it skips: each kind once, and one ending (the first).
 * `played[i]` is true when action i plays.
 */
export function playedActions(s: NodeFailureScenario) {
	const seen = new Set<string>();
	let ending = false;
	const skipped: { index: number; reason: NodeFailureSkip }[] = [];
	s.actions.forEach((a, index) => {
		if (seen.has(a.kind)) skipped.push({ index, reason: 'repeatedWhatIf' });
		else if (isEnding(a) && ending) skipped.push({ index, reason: 'oneEnding' });
		else {
			seen.add(a.kind);
			ending ||= isEnding(a);
		}
	});
	const off = new Set(skipped.map((x) => x.index));
	return { played: s.actions.map((_, i) => !off.has(i)), skipped };
}

/** The index of the first played what-if of `kind`, or -1. */
export function actionIndex(s: NodeFailureScenario, kind: NodeFailureAction['kind']): number {
	const { played } = playedActions(s);
	return s.actions.findIndex((a, i) => played[i] && a.kind === kind);
}

/** The ending the run plays, with its index, or null. */
export function endingOf(s: NodeFailureScenario) {
	const { played } = playedActions(s);
	const index = s.actions.findIndex((a, i) => played[i] && isEnding(a));
	return index < 0 ? null : { kind: s.actions[index].kind as NodeFailureEnding, index };
}

/** The node number of `node-<n>`, or null when the text is not such a name. */
export function nodeNumber(name: string): number | null {
	const m = /^node-([1-9]\d{0,2})$/.exec(name);
	return m ? Number(m[1]) : null;
}

/** A node's name as the cluster names its workers: node-1 … node-50. */
function nodeName(): Field<string> {
	return {
		read: (v) => {
			const n = nodeNumber(v);
			return n !== null && n <= NODE_FAILURE_MAX_NODES
				? { value: v }
				: { problems: [{ reason: 'nodeName', max: NODE_FAILURE_MAX_NODES }] };
		},
		write: (v) => v,
		input: { type: 'text' }
	};
}

/** The node that fails in this scenario: `fail` if the cluster has it, else the fallback. */
export function failedNode(s: NodeFailureScenario): string {
	const n = nodeNumber(s.fail);
	if (n !== null && n <= s.nodes) return s.fail;
	return s.nodes >= 2 ? defaultNodeFailureScenario.fail : 'node-1';
}

export const nodeFailureScenarioSpec: ScenarioSpec<NodeFailureScenario> = {
	fields: {
		nodes: int(1, NODE_FAILURE_MAX_NODES),
		replicas: int(0, NODE_FAILURE_MAX_REPLICAS),
		fail: nodeName(),
		seed: seed(),
		actions: list(
			{
				read: parseNodeFailureAction,
				write: formatNodeFailureAction,
				invalid: { reason: 'nodeAction', max: MAX_TOLERATION_S }
			},
			NODE_FAILURE_MAX_ACTIONS,
			'then'
		)
	},
	defaults: defaultNodeFailureScenario
};

/**
 * What the run does not do as the link asks, as the list of bad values shows it: a `fail` the
 * cluster does not have (which node fails instead), and what-ifs it skips.
 */
export function failProblems(s: NodeFailureScenario): (InputProblem & { fallback?: string })[] {
	const failed = failedNode(s);
	const skipped = playedActions(s).skipped.map((x) => ({
		field: 'then',
		value: formatNodeFailureAction(s.actions[x.index]),
		reason: x.reason
	}));
	if (failed === s.fail) return skipped;
	return [
		{ field: 'fail', value: s.fail, reason: 'noSuchNode', max: s.nodes, fallback: failed },
		...skipped
	];
}
