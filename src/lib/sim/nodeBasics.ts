/**
 * What every page reads of a node (the diagram's Ready frame, kubectl get nodes, admission's
 * default tolerations): the stored Node's shape, its key, its Ready condition, and the taints and
 * tolerations every pod meets. nodeLifecycle.ts has the rest, which only the flows' steps use.
 */
import { get, type EtcdStore } from './etcd';
import type { NodeModel, Taint, Toleration } from './model';

/** plugin/pkg/admission/defaulttolerationseconds/admission.go: both NoExecute tolerations */
export const DEFAULT_TOLERATION_S = 300;
/** staging/src/k8s.io/api/core/v1/well_known_taints.go */
export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';

export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** What these read and write of the cluster: its store and the scheduler's view of its nodes. */
export interface ClusterState {
	etcd: EtcdStore;
	nodes: NodeModel[];
}

export interface NodeCondition {
	type: string;
	status: ConditionStatus;
	reason: string;
	message: string;
	lastHeartbeatTime: string;
	lastTransitionTime: string;
}

/** The Node object as stored (the fields this module reads and writes). */
export interface StoredNode {
	metadata: {
		name: string;
		uid?: string;
		creationTimestamp?: string;
		labels?: Record<string, string>;
	};
	spec: {
		taints?: (Taint & { timeAdded?: string })[];
		podCIDR?: string;
		podCIDRs?: string[];
		unschedulable?: boolean;
	};
	status: { conditions: NodeCondition[] };
}

export const nodeKey = (name: string) => `/registry/minions/${name}`;
export function readNode(state: ClusterState, name: string): StoredNode | null {
	const kv = get(state.etcd, nodeKey(name));
	return kv ? (JSON.parse(kv.value) as StoredNode) : null;
}

/** A stored node's Ready condition: Unknown when it has none. */
export function readiness(node: StoredNode): ConditionStatus {
	return node.status.conditions?.find((c) => c.type === 'Ready')?.status ?? 'Unknown';
}

/** What the diagram and the tests read: a node's Ready condition as stored. */
export function nodeReady(state: ClusterState, name: string): ConditionStatus {
	const node = readNode(state, name);
	return node ? readiness(node) : 'Unknown';
}

/** What the DefaultTolerationSeconds admission plugin adds to a pod that has none of its own. */
export function defaultTolerations(): Toleration[] {
	return [TAINT_NOT_READY, TAINT_UNREACHABLE].map((key) => ({
		key,
		operator: 'Exists',
		effect: 'NoExecute',
		tolerationSeconds: DEFAULT_TOLERATION_S
	}));
}
