/**
 * Node-failure scenario: the cluster's size, the Deployment `web`'s replicas, which node stops
 * (`fail=node-2`), and the seed. A node that is not in the cluster is reported by the timeline
 * (it falls back to the default, or to node-1 on a one-node cluster).
 */
import { int, seed, type Field, type InputProblem, type ScenarioSpec } from '../kit/fields';

export interface NodeFailureScenario {
	nodes: number;
	replicas: number;
	/** the node whose kubelet stops: node-1 … node-N */
	fail: string;
	seed: string;
}

/** when the nodes joined, in simulated seconds: the cluster has run for three days */
export const CLUSTER_CREATED = -86400 * 3;

export const NODE_FAILURE_MAX_NODES = 50;
export const NODE_FAILURE_MAX_REPLICAS = 50;

export const defaultNodeFailureScenario: NodeFailureScenario = {
	nodes: 3,
	replicas: 3,
	fail: 'node-2',
	seed: 'kubestep'
};

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
		seed: seed()
	},
	defaults: defaultNodeFailureScenario
};

/** A `fail` the cluster does not have, as the list of bad values shows it: which node fails instead. */
export function failProblems(s: NodeFailureScenario): (InputProblem & { fallback: string })[] {
	const failed = failedNode(s);
	if (failed === s.fail) return [];
	return [{ field: 'fail', value: s.fail, reason: 'noSuchNode', max: s.nodes, fallback: failed }];
}
