/**
 * What changes a node and its pods after the failure, for the flows' steps alone (kept apart from
 * nodeLifecycle.ts, which the diagram reads on every page): the pod garbage collector's timings,
 * the out-of-service taint, lifting a taint, a kubelet's Ready status on its return, deleting the
 * Node, and a rebooted pod's restarted containers.
 */
import { del } from './etcd';
import type { KeyValue } from './etcd';
import type { PodObject, Taint } from './model';
import {
	healthyConditions,
	nodeKey,
	readNode,
	writeNode,
	type ClusterState
} from './nodeLifecycle';
import { setCondition } from './podStatus';
import { timestamp } from './time';

/** pkg/controller/podgc/gc_controller.go: gcCheckPeriod, and quarantineTime for a missing node */
export const POD_GC_PERIOD_S = 20;
export const POD_GC_QUARANTINE_S = 40;
/** gcOrphaned's condition on a pod bound to a node that does not exist */
export const ORPHANED_BY_POD_GC = {
	reason: 'DeletionByPodGC',
	message: 'PodGC: node no longer exists'
};

/** non-graceful node shutdown: an administrator's taint (TaintNodeOutOfService) */
export const TAINT_OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

/** Removes one taint (by key and effect) from the Node object and the scheduler's view of it. */
export function removeTaint(state: ClusterState, name: string, taint: Taint): KeyValue {
	const same = (t: Taint) => !(t.key === taint.key && t.effect === taint.effect);
	const node = readNode(state, name)!;
	node.spec.taints = (node.spec.taints ?? []).filter(same);
	if (node.spec.taints.length === 0) delete node.spec.taints;
	const model = state.nodes.find((n) => n.name === name)!;
	model.taints = model.taints.filter(same);
	return writeNode(state, node);
}

/**
 * A kubelet that starts again posts its status: every condition healthy, heartbeat now, and the
 * Unknown ones (all of them after the silence) transitioned now (pkg/kubelet/nodestatus/setters.go).
 */
export function markNodeReady(state: ClusterState, name: string, at: number): KeyValue {
	const node = readNode(state, name)!;
	node.status.conditions = healthyConditions(at, at);
	return writeNode(state, node);
}

/**
 * The node IPAM controller's PATCH of a new node: its pod CIDR, which the kubelet does not register
 * itself (pkg/controller/nodeipam/ipam/range_allocator.go).
 */
export function assignPodCIDR(state: ClusterState, name: string): KeyValue {
	const node = readNode(state, name)!;
	const cidr = state.nodes.find((n) => n.name === name)!.podCIDR;
	node.spec = { ...node.spec, podCIDR: cidr, podCIDRs: [cidr] };
	return writeNode(state, node);
}

/** The Node object deleted (`kubectl delete node`): gone from etcd and from the scheduler's nodes. */
export function deleteNode(state: ClusterState, name: string): number {
	state.nodes = state.nodes.filter((n) => n.name !== name);
	return del(state.etcd, nodeKey(name));
}

/**
 * A pod's containers started again after its node rebooted: each container's previous run ended
 * when the machine lost power, which the kubelet reports as exit code 255, reason Unknown; the
 * new run counts as a restart, and the pod is ready again.
 */
export function restartedAfterReboot(pod: PodObject, containerIDs: string[], at: number): void {
	pod.status.phase = 'Running';
	for (const type of ['PodReadyToStartContainers', 'Ready', 'ContainersReady'] as const)
		setCondition(pod, type, true, at);
	pod.status.containerStatuses = (pod.status.containerStatuses ?? []).map((c, i) => ({
		...c,
		ready: true,
		started: true,
		restartCount: c.restartCount + 1,
		lastState: {
			terminated: {
				exitCode: 255,
				reason: 'Unknown',
				...('running' in c.state ? { startedAt: c.state.running.startedAt } : {}),
				...(c.containerID ? { containerID: c.containerID } : {})
			}
		},
		state: { running: { startedAt: timestamp(at) } },
		containerID: containerIDs[i]
	}));
}
