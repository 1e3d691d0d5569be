/**
 * The pods stuck on the failed node are cleaned up by the pod garbage collector
 * (pkg/controller/podgc/gc_controller.go), either because the Node object is deleted
 * (`then=delete-node`: gcOrphaned, after its quarantine) or because an administrator adds the
 * out-of-service taint to the node that stays down (`then=out-of-service`: gcTerminating, the
 * non-graceful node shutdown). Either way each pod is marked Failed and deleted with grace period 0.
 */
import { updatePod } from '$lib/sim/apiserver';
import { recordObjectEvent } from '$lib/sim/events';
import { del } from '$lib/sim/etcd';
import type { PodObject } from '$lib/sim/model';
import { addTaint, nextPass, tolerationSecondsFor } from '$lib/sim/nodeLifecycle';
import {
	POD_GC_PERIOD_S,
	POD_GC_QUARANTINE_S,
	ORPHANED_BY_POD_GC,
	TAINT_OUT_OF_SERVICE,
	deleteNode
} from '$lib/sim/nodeChanges';
import { podKey } from '$lib/sim/podCodec';
import { markFailedByPodGc } from '$lib/sim/podStatus';
import { clockText } from '$lib/sim/time';
import type { FlowMessage } from '$lib/flows/types';
import { podsOnFailedNode, syncEndpoints } from './detectionSteps';
import { evictPod } from './evictionSteps';
import { startEnding } from './endings';
import {
	API,
	ETCD,
	KCM,
	KUBECTL,
	SCHED,
	failedNodeRef,
	msg,
	persist,
	nfStep,
	podWatch,
	watchedBy,
	write,
	type NodeFailureDraft
} from './draft';

const OUT_OF_SERVICE = {
	key: TAINT_OUT_OF_SERVICE,
	value: 'nodeshutdown',
	effect: 'NoExecute' as const
};

/**
 * The order the pods are shown in: oldest first, then by name (gcTerminating sorts them so,
 * byEvictionAndCreationTimestamp, then deletes them all at once; gcOrphaned takes its lister's).
 */
const gcOrder = (pods: PodObject[]) =>
	[...pods].sort(
		(a, b) =>
			a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
			a.metadata.name.localeCompare(b.metadata.name)
	);

/**
 * markFailedAndDeletePodWithCondition: PATCH the status to phase Failed (with the condition, if
 * any), then DELETE with gracePeriodSeconds 0, which removes the object at once.
 */
function forceDelete(
	d: NodeFailureDraft,
	pod: PodObject,
	condition: { reason: string; message: string } | null,
	phase: number
): FlowMessage[] {
	const name = pod.metadata.name;
	const key = podKey(pod.metadata.namespace, name);
	const { kv } = updatePod(d.state, key, (p) => markFailedByPodGc(p, condition, d.state.clock));
	const patched = kv.mod_revision;
	del(d.state.etcd, key);
	return [
		...write(KCM, `PATCH pods/${name}/status (Failed)`, key, patched, phase),
		...write(
			KCM,
			`DELETE pods/${name} (gracePeriodSeconds=0)`,
			key,
			d.state.etcd.revision,
			phase + 3,
			'DELETE'
		),
		...podWatch(d, pod, null, phase + 6)
	];
}

/** Force-deletes `pods`, then lets the endpoint controllers catch up. */
function collect(
	d: NodeFailureDraft,
	pods: PodObject[],
	condition: Parameters<typeof forceDelete>[2],
	phase0: number
) {
	const ordered = gcOrder(pods);
	// one pod after another (each takes seven phases), so each write reads on its own
	const messages = ordered.flatMap((p, i) => forceDelete(d, p, condition, phase0 + 7 * i));
	const slice = syncEndpoints(d, phase0 + 7 * ordered.length);
	return {
		names: ordered.map((p) => p.metadata.name),
		messages: [...messages, ...slice.messages],
		// each pod is written twice: its status, then its deletion
		wrote: [
			...ordered.flatMap((p) => Array(2).fill(podKey(p.metadata.namespace, p.metadata.name))),
			...slice.wrote
		],
		slice
	};
}

export function nodeDeleted(d: NodeFailureDraft) {
	const skipped = startEnding(d, 'delete-node');
	const pods = podsOnFailedNode(d).length;
	const key = `/registry/minions/${d.failed}`;
	deleteNode(d.state, d.failed);
	const revision = d.state.etcd.revision;
	// the node lifecycle controller forgets the node (node_lifecycle_controller.go, RecordNodeEvent)
	const event = recordObjectEvent(
		d.state,
		failedNodeRef(d),
		{ component: 'node-controller' },
		'Normal',
		'RemovingNode',
		`Removing Node ${d.failed} from Controller`
	);
	return nfStep({
		stage: 'cleanup',
		skipped,
		params: { node: d.failed, at: clockText(d.state.clock), skipped, pods },
		messages: [
			...write(KUBECTL, `DELETE nodes/${d.failed}`, key, revision, 0, 'DELETE'),
			msg(API, KCM, 'watch', `watch DELETED nodes/${d.failed}`, 3),
			msg(API, SCHED, 'watch', `watch DELETED nodes/${d.failed}`, 3),
			msg(KCM, API, 'event', 'POST events: RemovingNode', 4),
			...persist(event.key, event.mod_revision, 5)
		],
		active: [KUBECTL, API, ETCD, KCM, SCHED],
		wrote: [key, event.key]
	});
}

/**
 * gcOrphaned: the first pass after the delete finds pods bound to a node it does not know and
 * quarantines the node for 40 s; the pass after that asks the apiserver, which says NotFound.
 */
export function podGcOrphans(d: NodeFailureDraft) {
	const from = d.state.clock;
	const seen = nextPass(from, POD_GC_PERIOD_S);
	d.state.clock = seen + POD_GC_QUARANTINE_S;
	const { names, messages, wrote, slice } = collect(d, podsOnFailedNode(d), ORPHANED_BY_POD_GC, 1);
	return nfStep({
		stage: 'cleanup',
		skipped: d.state.clock - from,
		params: {
			node: d.failed,
			seen: clockText(seen),
			at: clockText(d.state.clock),
			period: POD_GC_PERIOD_S,
			quarantine: POD_GC_QUARANTINE_S,
			pods: names.join(', '),
			count: names.length,
			ready: slice.endpoints.filter((e) => e.conditions.ready).length,
			skipped: d.state.clock - from
		},
		messages: [msg(KCM, API, 'request', `GET nodes/${d.failed} → 404 NotFound`, 0), ...messages],
		active: [KCM, API, ETCD, ...watchedBy(messages)],
		wrote
	});
}

/**
 * `kubectl taint nodes <node> node.kubernetes.io/out-of-service=nodeshutdown:NoExecute`: the
 * taint-eviction controller deletes at once every pod that does not tolerate it; kube-proxy stays,
 * since kubeadm's DaemonSet tolerates every taint.
 */
export function outOfService(d: NodeFailureDraft) {
	const skipped = startEnding(d, 'out-of-service');
	const node = addTaint(d.state, d.failed, OUT_OF_SERVICE, null);
	const messages: FlowMessage[] = [
		...write(
			KUBECTL,
			`PATCH nodes/${d.failed} (taint ${TAINT_OUT_OF_SERVICE}=nodeshutdown:NoExecute)`,
			node.key,
			node.mod_revision,
			0
		),
		msg(API, KCM, 'watch', `watch MODIFIED nodes/${d.failed}`, 3)
	];
	const wrote = [node.key];
	const evicted: string[] = [];
	const kept: string[] = [];
	for (const pod of podsOnFailedNode(d)) {
		if (pod.metadata.deletionTimestamp) continue;
		if (tolerationSecondsFor(pod, OUT_OF_SERVICE) !== 0) {
			kept.push(pod.metadata.name);
			continue;
		}
		const result = evictPod(d, pod, 4);
		messages.push(...result.messages);
		wrote.push(...result.wrote);
		evicted.push(pod.metadata.name);
	}
	return nfStep({
		stage: 'cleanup',
		skipped,
		params: {
			node: d.failed,
			at: clockText(d.state.clock),
			skipped,
			key: TAINT_OUT_OF_SERVICE,
			evicted: evicted.join(', '),
			count: evicted.length,
			// kube-proxy: kubeadm's DaemonSet tolerates every taint
			kept: kept.join(', ')
		},
		messages,
		active: [KUBECTL, API, ETCD, KCM, ...watchedBy(messages)],
		wrote
	});
}

/** gcTerminating: terminating pods on a node that is not Ready and has the out-of-service taint. */
export function podGcTerminating(d: NodeFailureDraft) {
	const from = d.state.clock;
	d.state.clock = nextPass(from, POD_GC_PERIOD_S);
	const stuck = podsOnFailedNode(d).filter((p) => p.metadata.deletionTimestamp);
	const { names, messages, wrote, slice } = collect(d, stuck, null, 0);
	return nfStep({
		stage: 'cleanup',
		skipped: d.state.clock - from,
		params: {
			node: d.failed,
			at: clockText(d.state.clock),
			period: POD_GC_PERIOD_S,
			pods: names.join(', '),
			count: names.length,
			ready: slice.endpoints.filter((e) => e.conditions.ready).length,
			skipped: d.state.clock - from
		},
		messages,
		active: [KCM, API, ETCD, ...watchedBy(messages)],
		wrote
	});
}
