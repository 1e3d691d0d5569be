/**
 * A pod created with spec.nodeName naming a node the cluster does not have: the scheduler leaves
 * an assigned pod alone and no kubelet watches that name, so nothing runs it. The pod garbage
 * collector (pkg/controller/podgc/gc_controller.go gcOrphaned) finds it on its next 20 s pass,
 * quarantines the node's name for 40 s, asks for the Node, gets NotFound, marks the pod Failed and
 * deletes it.
 */
import { podDeliveries } from '$lib/sim/apiserver';
import { del } from '$lib/sim/etcd';
import { nextPass } from '$lib/sim/nodeLifecycle';
import { ORPHANED_BY_POD_GC, POD_GC_PERIOD_S, POD_GC_QUARANTINE_S } from '$lib/sim/nodeChanges';
import { markFailedByPodGc } from '$lib/sim/podStatus';
import { clockText } from '$lib/sim/time';
import { API, ETCD, KCM } from '$lib/flows/kit/actors';
import { msg, watchFanOut, write } from '$lib/flows/kit/messages';
import { patchStatus, podStep, subject, subjectKey, type PodFlowDraft } from './draft';

/** The pod waits, Pending, for a kubelet that does not exist; PodGC's next pass notices. */
export function awaitingNode(d: PodFlowDraft) {
	const pod = subject(d);
	const seen = nextPass(d.state.clock, POD_GC_PERIOD_S);
	d.state.clock = seen;
	return podStep({
		nine: 6,
		params: {
			name: pod.metadata.name,
			node: pod.spec.nodeName!,
			nodes: d.state.nodes.length,
			seen: clockText(seen),
			period: POD_GC_PERIOD_S,
			quarantine: POD_GC_QUARANTINE_S
		},
		messages: [],
		active: [KCM],
		wrote: []
	});
}

/** After the quarantine: GET the Node (404), PATCH the pod Failed, DELETE it with grace period 0. */
export function podGcOrphan(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const name = pod.metadata.name;
	d.state.clock += POD_GC_QUARANTINE_S;
	const at = d.state.clock;
	const patch = patchStatus(d, KCM, (p) => markFailedByPodGc(p, ORPHANED_BY_POD_GC, at), 2);
	const failed = subject(d);
	const key = subjectKey(d);
	del(d.state.etcd, key);
	const deleted = podDeliveries(d.state, failed, null);
	return podStep({
		nine: 6,
		params: { name, node, at: clockText(at), message: ORPHANED_BY_POD_GC.message },
		messages: [
			msg(KCM, API, 'request', `GET nodes/${node}`, 0),
			msg(API, KCM, 'response', '404 NotFound', 1),
			...patch.messages,
			...write(
				KCM,
				`DELETE pods/${name} (gracePeriodSeconds=0)`,
				key,
				d.state.etcd.revision,
				6,
				'DELETE'
			),
			...watchFanOut(deleted, `pods/${name}`, 9)
		],
		active: [KCM, API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key, key]
	});
}
