/**
 * Node heartbeats and what kube-controller-manager does when they stop: each kubelet renews its
 * Lease, the node lifecycle controller checks every node on its monitor period, and a node whose
 * Lease has not moved for the grace period gets its conditions set to Unknown and the
 * unreachable taints; the taint-eviction controller deletes its pods once their toleration runs out.
 * Every number and string here is the Kubernetes source's (v1.34); the files are named beside them.
 */
import { get, put, type KeyValue } from './etcd';
import { uid } from './ids';
import type { PodObject, Taint } from './model';
import { timestamp } from './time';
import {
	TAINT_UNREACHABLE,
	nodeKey,
	readNode,
	type ClusterState,
	type NodeCondition,
	type StoredNode
} from './nodeBasics';

// what the diagram and kubectl read of a node lives in nodeBasics.ts, in every page's first load
export * from './nodeBasics';

/** pkg/kubelet/apis/config/v1beta1/defaults.go: NodeLeaseDurationSeconds */
export const LEASE_DURATION_S = 40;
/** pkg/kubelet/kubelet.go: renewInterval = leaseDuration × nodeLeaseRenewIntervalFraction (0.25) */
export const LEASE_RENEW_S = LEASE_DURATION_S * 0.25;
/** staging/src/k8s.io/cloud-provider/config/v1alpha1/defaults.go: NodeMonitorPeriod */
export const NODE_MONITOR_PERIOD_S = 5;
/**
 * pkg/controller/nodelifecycle/config/v1alpha1/defaults.go (--node-monitor-grace-period): 50s
 * since v1.32 (kubernetes PR #126287); it was 40s, the number older course notes give.
 */
export const NODE_MONITOR_GRACE_S = 50;
/** pkg/apis/core/v1/defaults.go: a pod's terminationGracePeriodSeconds when it sets none */
export const TERMINATION_GRACE_S = 30;

/** node_lifecycle_controller.go tryUpdateNodeHealth: what it writes on every condition of a silent node */
export const UNKNOWN_REASON = 'NodeStatusUnknown';
export const UNKNOWN_MESSAGE = 'Kubelet stopped posting node status.';
/** the conditions tryUpdateNodeHealth sets to Unknown (NetworkUnavailable is the control plane's) */
const REPORTED = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

export const leaseKey = (name: string) => `/registry/leases/kube-node-lease/${name}`;

/**
 * The conditions a healthy kubelet posts (pkg/kubelet/nodestatus/setters.go): last posted at
 * `heartbeat`, unchanged since `since`.
 */
export function healthyConditions(heartbeat: number, since: number): NodeCondition[] {
	const ok = (type: string, reason: string, message: string): NodeCondition => ({
		type,
		status: type === 'Ready' ? 'True' : 'False',
		reason,
		message,
		lastHeartbeatTime: timestamp(heartbeat),
		lastTransitionTime: timestamp(since)
	});
	return [
		ok('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
		ok('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
		ok('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
		ok('Ready', 'KubeletReady', 'kubelet is posting ready status')
	];
}

export function writeNode(state: ClusterState, node: StoredNode): KeyValue {
	return put(state.etcd, nodeKey(node.metadata.name), JSON.stringify(node));
}

const microTime = (at: number) => timestamp(at).replace('Z', '.000000Z');

/**
 * A node's heartbeat Lease as its kubelet creates it at `at` (component-helpers
 * apimachinery/lease/controller.go newLease), owned by the Node (pkg/kubelet/util/nodelease.go).
 */
export function leaseObject(node: { name: string; uid?: string }, at: number) {
	return {
		apiVersion: 'coordination.k8s.io/v1',
		kind: 'Lease',
		metadata: {
			name: node.name,
			namespace: 'kube-node-lease',
			uid: uid(node.uid ?? node.name, 'lease'),
			creationTimestamp: timestamp(at),
			// set once the kubelet has read its Node (setNodeOwnerFunc); none before that
			...(node.uid
				? { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.name, uid: node.uid }] }
				: {})
		},
		spec: {
			holderIdentity: node.name,
			leaseDurationSeconds: LEASE_DURATION_S,
			renewTime: microTime(at)
		}
	};
}

/** A kubelet's Lease renewal: renewTime (a MicroTime) at `at`; the Lease is created if absent. */
export function renewLease(state: ClusterState, node: string, at: number): KeyValue {
	const kv = get(state.etcd, leaseKey(node));
	const lease: ReturnType<typeof leaseObject> = kv
		? JSON.parse(kv.value)
		: leaseObject({ name: node, uid: readNode(state, node)?.metadata.uid }, at);
	lease.spec.renewTime = microTime(at);
	return put(state.etcd, leaseKey(node), JSON.stringify(lease));
}

/**
 * When the node lifecycle controller sees a node silent: at the first monitor tick strictly after
 * its last renewal plus the grace period (`now.After(probeTimestamp + gracePeriod)`), ticks
 * falling every monitor period from 0.
 */
export function unknownAt(lastRenewal: number): number {
	return nextPass(lastRenewal + NODE_MONITOR_GRACE_S, NODE_MONITOR_PERIOD_S);
}

/** The last renewal of a kubelet that renews every LEASE_RENEW_S from 0 and stops at `stoppedAt`. */
export function lastRenewalBefore(stoppedAt: number): number {
	return Math.floor(stoppedAt / LEASE_RENEW_S) * LEASE_RENEW_S;
}

/**
 * tryUpdateNodeHealth on a silent node: every condition the kubelet reports becomes Unknown with
 * the same reason and message; lastHeartbeatTime stays the kubelet's last one.
 */
export function markNodeUnknown(state: ClusterState, name: string, at: number): KeyValue {
	const node = readNode(state, name)!;
	node.status.conditions = node.status.conditions.map((c) =>
		(REPORTED as readonly string[]).includes(c.type)
			? {
					...c,
					status: 'Unknown',
					reason: UNKNOWN_REASON,
					message: UNKNOWN_MESSAGE,
					lastTransitionTime: timestamp(at)
				}
			: c
	);
	return writeNode(state, node);
}

/**
 * Adds a taint to the Node object and to the scheduler's view of the node, with timeAdded when
 * `at` is given: the node lifecycle controller adds both of its taints through
 * SwapNodeControllerTaint (pkg/controller/util/node/controller_utils.go), which stamps every taint
 * it adds; `kubectl taint` sends the taint as written, without one.
 */
export function addTaint(
	state: ClusterState,
	name: string,
	taint: Taint,
	at: number | null
): KeyValue {
	const node = readNode(state, name)!;
	const stamp = at === null ? {} : { timeAdded: timestamp(at) };
	node.spec.taints = [...(node.spec.taints ?? []), { ...taint, ...stamp }];
	const model = state.nodes.find((n) => n.name === name)!;
	model.taints = [...model.taints, taint];
	return writeNode(state, node);
}

/** The first pass of a periodic loop (every `period` s from 0) strictly after `after`. */
export const nextPass = (after: number, period: number) =>
	(Math.floor(after / period) + 1) * period;

export const unreachable = (effect: Taint['effect']): Taint => ({
	key: TAINT_UNREACHABLE,
	effect
});

/**
 * How long a pod may stay on a node with this NoExecute taint (the taint-eviction controller's
 * processPodOnNode, pkg/controller/tainteviction/taint_eviction.go): GetMatchingTolerations keeps
 * the first toleration that tolerates the taint; none means at once (0), one without
 * tolerationSeconds means never (null, as DaemonSet pods' tolerations), else its seconds.
 */
export function tolerationSecondsFor(pod: PodObject, taint: Taint): number | null {
	const first = (pod.spec.tolerations ?? []).find(
		(t) =>
			(!t.effect || t.effect === taint.effect) &&
			(!t.key || t.key === taint.key) &&
			(t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? ''))
	);
	if (!first) return 0;
	if (first.tolerationSeconds === undefined) return null;
	return Math.max(0, first.tolerationSeconds);
}
