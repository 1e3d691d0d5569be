/**
 * A node joins (`kubeadm join` on the new machine): its kubelet registers the Node, which the
 * TaintNodesByCondition admission plugin taints not-ready; the node IPAM controller gives it a pod
 * CIDR (range_allocator.go, a PATCH); the DaemonSet controller makes kube-proxy's pod for it, which
 * lands while the node is not ready (kubeadm's DaemonSet tolerates every taint); once the network
 * is up the kubelet posts Ready=True and the node lifecycle controller lifts the taint.
 */
import { nodeObject } from '$lib/sim/cluster';
import { makeNode } from '$lib/sim/workerNode';
import { put } from '$lib/sim/etcd';
import { kubeletNodeRef, recordObjectEvent } from '$lib/sim/events';
import {
	NODE_MONITOR_PERIOD_S,
	TAINT_NOT_READY,
	addTaint,
	nextPass,
	healthyConditions,
	nodeKey,
	readNode,
	renewLease
} from '$lib/sim/nodeLifecycle';
import { assignPodCIDR, removeTaint } from '$lib/sim/nodeChanges';
import { podKey, storePod } from '$lib/sim/podCodec';
import { kubeProxyPodFor } from '$lib/sim/serviceCluster';
import { timestamp } from '$lib/sim/time';
import { bindPods, startPod } from '$lib/flows/kit/podLifecycle';
import {
	API,
	ETCD,
	KCM,
	SCHED,
	kubelet,
	msg,
	persist,
	runtime,
	soStep,
	write,
	type ScaleOutDraft
} from './draft';
import { podCIDRPatch } from '$lib/flows/kit/messages';

/** how long after the pods went Pending the administrator joins a node */
export const JOIN_AFTER_S = 120;
/** the kubelet's first status says the pod network is not ready yet (containerd's CNI message) */
const NETWORK_NOT_READY =
	'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';
const NOT_READY_TAINT = { key: TAINT_NOT_READY, effect: 'NoSchedule' as const };

const joined = (d: ScaleOutDraft) => d.state.nodes.find((n) => n.name === d.joined)!;

export function nodeRegisters(d: ScaleOutDraft) {
	const from = d.state.clock;
	d.state.clock += JOIN_AFTER_S;
	const model = makeNode(d.state.nodes.length);
	model.taints = [NOT_READY_TAINT];
	d.state.nodes.push(model);
	d.joined = model.name;
	// the kubelet posts the Node without a pod CIDR, Ready=False; admission adds the taint
	const obj = nodeObject(model, d.state.clock);
	const stored = {
		...obj,
		spec: { taints: [NOT_READY_TAINT] },
		status: {
			...obj.status,
			conditions: healthyConditions(d.state.clock, d.state.clock).map((c) =>
				c.type === 'Ready'
					? { ...c, status: 'False', reason: 'KubeletNotReady', message: NETWORK_NOT_READY }
					: c
			)
		}
	};
	const kv = put(d.state.etcd, nodeKey(model.name), JSON.stringify(stored));
	const lease = renewLease(d.state, model.name, d.state.clock);
	const k = kubelet(model.name);
	return soStep({
		stage: 'node-join',
		skipped: d.state.clock - from,
		params: {
			node: model.name,
			address: model.address,
			cpu: model.allocatable.cpu,
			skipped: d.state.clock - from,
			pending: d.pending.length
		},
		messages: [
			...write(k, 'POST /api/v1/nodes', kv.key, kv.mod_revision, 0),
			...write(k, `POST leases/${model.name}`, lease.key, lease.mod_revision, 3),
			msg(API, KCM, 'watch', `watch ADDED nodes/${model.name}`, 3),
			msg(API, SCHED, 'watch', `watch ADDED nodes/${model.name}`, 3)
		],
		active: [k, API, ETCD, KCM, SCHED],
		wrote: [kv.key, lease.key],
		command: {
			line: `kubeadm join 192.168.56.10:6443 --token … --discovery-token-ca-cert-hash sha256:…   # on ${model.name}`
		}
	});
}

/** The node IPAM controller assigns the next free /24 of the cluster CIDR with a PATCH. */
export function podCidrAssigned(d: ScaleOutDraft) {
	const model = joined(d);
	const kv = assignPodCIDR(d.state, model.name);
	return soStep({
		stage: 'node-join',
		params: { node: model.name, cidr: model.podCIDR },
		messages: podCIDRPatch(model.name, model.podCIDR, kv, 0),
		active: [KCM, API, ETCD, kubelet(model.name)],
		wrote: [kv.key]
	});
}

/** The DaemonSet controller creates kube-proxy's pod for the node; the scheduler binds it there. */
export function daemonSetPod(d: ScaleOutDraft) {
	const model = joined(d);
	const pod = kubeProxyPodFor(d.state.seed, model, d.state.nodes.length - 1, d.state.clock);
	const kv = storePod(d.state.etcd, pod);
	const name = pod.metadata.name;
	const bound = bindPods(d, [podKey('kube-system', name)], 3);
	d.state.clock += 1;
	const started = startPod(d, podKey('kube-system', name), 6);
	return soStep({
		stage: 'node-join',
		params: { node: model.name, pod: name },
		messages: [
			...write(KCM, 'POST /api/v1/namespaces/kube-system/pods', kv.key, kv.mod_revision, 0),
			...bound.messages,
			...started.messages
		],
		active: [KCM, API, ETCD, SCHED, kubelet(model.name), runtime(model.name)],
		wrote: [kv.key, ...bound.wrote, started.kv.key]
	});
}

const NOT_READY_NO_EXECUTE = { key: TAINT_NOT_READY, effect: 'NoExecute' as const };

/**
 * The node lifecycle controller's next check sees Ready=False and adds not-ready:NoExecute
 * (processTaintBaseEviction → doNoExecuteTaintingPass, stamped with timeAdded).
 */
export function notReadyTainted(d: ScaleOutDraft) {
	const from = d.state.clock;
	d.state.clock = nextPass(from, NODE_MONITOR_PERIOD_S);
	const model = joined(d);
	const kv = addTaint(d.state, model.name, NOT_READY_NO_EXECUTE, d.state.clock);
	return soStep({
		stage: 'node-join',
		skipped: d.state.clock - from,
		params: { node: model.name, key: TAINT_NOT_READY, period: NODE_MONITOR_PERIOD_S },
		messages: [
			...write(
				KCM,
				`PATCH nodes/${model.name} (taint ${TAINT_NOT_READY}:NoExecute)`,
				kv.key,
				kv.mod_revision,
				0
			),
			msg(API, SCHED, 'watch', `watch MODIFIED nodes/${model.name}`, 3)
		],
		active: [KCM, API, ETCD, SCHED],
		wrote: [kv.key]
	});
}

/**
 * The network is up: the kubelet posts Ready=True; the node lifecycle controller lifts the
 * NoSchedule taint on that update and the NoExecute one at its next check (markNodeAsReachable).
 */
export function nodeReady(d: ScaleOutDraft) {
	const from = d.state.clock;
	d.state.clock += 12;
	const model = joined(d);
	const k = kubelet(model.name);
	const node = readNode(d.state, model.name)!;
	node.status.conditions = node.status.conditions.map((c) =>
		c.type === 'Ready'
			? {
					...c,
					status: 'True',
					reason: 'KubeletReady',
					message: 'kubelet is posting ready status',
					lastHeartbeatTime: timestamp(d.state.clock),
					lastTransitionTime: timestamp(d.state.clock)
				}
			: { ...c, lastHeartbeatTime: timestamp(d.state.clock) }
	);
	const ready = put(d.state.etcd, nodeKey(model.name), JSON.stringify(node));
	const event = recordObjectEvent(
		d.state,
		kubeletNodeRef(model.name),
		{ component: 'kubelet', host: model.name },
		'Normal',
		'NodeReady',
		`Node ${model.name} status is now: NodeReady`
	);
	const untainted = removeTaint(d.state, model.name, NOT_READY_TAINT);
	const reachable = removeTaint(d.state, model.name, NOT_READY_NO_EXECUTE);
	return soStep({
		stage: 'node-join',
		skipped: d.state.clock - from,
		params: { node: model.name, key: TAINT_NOT_READY, skipped: d.state.clock - from },
		messages: [
			...write(
				k,
				`PATCH nodes/${model.name}/status (Ready=True)`,
				ready.key,
				ready.mod_revision,
				0
			),
			msg(k, API, 'event', 'POST events: NodeReady', 3),
			...persist(event.key, event.mod_revision, 4),
			msg(API, KCM, 'watch', `watch MODIFIED nodes/${model.name}`, 3),
			...write(
				KCM,
				`PATCH nodes/${model.name} (untaint ${TAINT_NOT_READY}:NoSchedule)`,
				untainted.key,
				untainted.mod_revision,
				6
			),
			...write(
				KCM,
				`PATCH nodes/${model.name} (untaint ${TAINT_NOT_READY}:NoExecute)`,
				reachable.key,
				reachable.mod_revision,
				9
			),
			msg(API, SCHED, 'watch', `watch MODIFIED nodes/${model.name}`, 12)
		],
		active: [k, API, ETCD, KCM, SCHED],
		wrote: [ready.key, event.key, untainted.key, reachable.key]
	});
}

/** Whether a pending pod fits the joined node at all (NodeResourcesFit's queueing hint asks so). */
export function fitsJoined(d: ScaleOutDraft): boolean {
	const cpu = d.scenario.cpu;
	return d.joined !== null && (cpu === null || cpu <= joined(d).allocatable.cpu);
}
