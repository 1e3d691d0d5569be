/**
 * The node lifecycle controller acts on the silent node (pkg/controller/nodelifecycle/
 * node_lifecycle_controller.go monitorNodeHealth): its conditions become Unknown, its pods are
 * marked not ready (MarkPodsNotReady), the EndpointSlice controller drops them from the Service's
 * ready endpoints, and the unreachable taints start the eviction countdown.
 */
import { updatePod } from '$lib/sim/apiserver';
import { recordObjectEvent } from '$lib/sim/events';
import {
	NODE_MONITOR_GRACE_S,
	TAINT_UNREACHABLE,
	UNKNOWN_MESSAGE,
	UNKNOWN_REASON,
	addTaint,
	markNodeUnknown,
	unknownAt,
	unreachable
} from '$lib/sim/nodeLifecycle';
import { listPods, podKey } from '$lib/sim/podCodec';
import { timestamp } from '$lib/sim/time';
import {
	desiredSlice,
	endpointsForService,
	readService,
	slicesOf,
	storeEndpoints,
	storeSlice
} from '$lib/sim/services';
import type { FlowMessage } from '$lib/flows/types';
import { SERVICE_NAME } from './cluster';
import {
	API,
	ETCD,
	KCM,
	SCHED,
	msg,
	nfStep,
	persist,
	podWatch,
	liveNodes,
	sliceWatch,
	write,
	watchedBy,
	failedNodeRef,
	type NodeFailureDraft
} from './draft';

const NODE_CONTROLLER = { component: 'node-controller' as const };

export function nodeUnknown(d: NodeFailureDraft) {
	d.state.clock = unknownAt(d.lastRenewal);
	const kv = markNodeUnknown(d.state, d.failed, d.state.clock);
	// RecordNodeStatusChange: a Normal event on the Node, in namespace default
	const event = recordObjectEvent(
		d.state,
		failedNodeRef(d),
		NODE_CONTROLLER,
		'Normal',
		'NodeNotReady',
		`Node ${d.failed} status is now: NodeNotReady`
	);
	return nfStep({
		stage: 'detection',
		params: {
			node: d.failed,
			silent: d.state.clock - d.lastRenewal,
			grace: NODE_MONITOR_GRACE_S,
			reason: UNKNOWN_REASON,
			message: UNKNOWN_MESSAGE
		},
		messages: [
			...write(KCM, `PUT nodes/${d.failed}/status (Ready=Unknown)`, kv.key, kv.mod_revision, 0),
			msg(KCM, API, 'event', 'POST events: NodeNotReady', 3),
			...persist(event.key, event.mod_revision, 4),
			msg(API, SCHED, 'watch', `watch MODIFIED nodes/${d.failed}`, 3)
		],
		active: [KCM, API, ETCD, SCHED],
		wrote: [kv.key, event.key]
	});
}

/** The pods bound to the failed node, by name. */
export function podsOnFailedNode(d: NodeFailureDraft) {
	return listPods(d.state).filter((p) => p.spec.nodeName === d.failed);
}

/** MarkPodsNotReady (pkg/controller/util/node/controller_utils.go): Ready=False, and an event each. */
export function podsNotReady(d: NodeFailureDraft) {
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	const names: string[] = [];
	const now = timestamp(d.state.clock);
	for (const pod of podsOnFailedNode(d)) {
		const key = podKey(pod.metadata.namespace, pod.metadata.name);
		const ready = pod.status.conditions?.find((c) => c.type === 'Ready');
		if (!ready || ready.status === 'False') continue;
		const { before, after, kv } = updatePod(d.state, key, (p) => {
			const c = p.status.conditions!.find((x) => x.type === 'Ready')!;
			c.status = 'False';
			c.lastTransitionTime = now;
		});
		const event = recordObjectEvent(
			d.state,
			{ apiVersion: 'v1', kind: 'Pod', ...pick(pod.metadata) },
			NODE_CONTROLLER,
			'Warning',
			'NodeNotReady',
			'Node is not ready'
		);
		const name = pod.metadata.name;
		messages.push(
			...write(KCM, `PUT pods/${name}/status (Ready=False)`, kv.key, kv.mod_revision, 0),
			msg(KCM, API, 'event', `POST events: NodeNotReady (${name})`, 3),
			...podWatch(d, before, after, 3)
		);
		wrote.push(kv.key, event.key);
		names.push(name);
	}
	return nfStep({
		stage: 'detection',
		params: { node: d.failed, pods: names.join(', '), count: names.length },
		messages,
		active: [KCM, API, ETCD],
		wrote
	});
}

const pick = (m: { namespace: string; name: string; uid: string }) => ({
	namespace: m.namespace,
	name: m.name,
	uid: m.uid
});

/** The slice the EndpointSlice controller wants for Service web now, and the one stored. */
function slices(d: NodeFailureDraft) {
	const svc = readService(d.state, 'default', SERVICE_NAME)!;
	const current = slicesOf(d.state, svc)[0];
	const want = desiredSlice(d.state.seed, svc, listPods(d.state), current.metadata.name);
	want.metadata.uid = current.metadata.uid;
	want.metadata.creationTimestamp = current.metadata.creationTimestamp;
	const changed = JSON.stringify(want.endpoints) !== JSON.stringify(current.endpoints);
	return { svc, want, changed };
}

/** Whether the Service's endpoints would change now (a web pod on the failed node changed). */
export const endpointsWouldChange = (d: NodeFailureDraft) => slices(d).changed;

/** The EndpointSlice and legacy Endpoints controllers write what changed; kube-proxies hear of it. */
export function syncEndpoints(d: NodeFailureDraft, phase: number) {
	const { svc, want, changed } = slices(d);
	const result = {
		messages: [] as FlowMessage[],
		wrote: [] as string[],
		endpoints: want.endpoints,
		slice: want.metadata.name
	};
	if (!changed) return result;
	const kv = storeSlice(d.state.etcd, want, d.state.clock);
	const legacy = storeEndpoints(
		d.state.etcd,
		svc,
		endpointsForService(listPods(d.state), svc),
		d.state.clock
	);
	result.messages = [
		...write(KCM, `PUT endpointslices/${want.metadata.name}`, kv.key, kv.mod_revision, phase),
		...write(KCM, `PUT endpoints/${SERVICE_NAME}`, legacy.key, legacy.mod_revision, phase),
		...sliceWatch(d, want.metadata.name, phase + 3)
	];
	result.wrote = [kv.key, legacy.key];
	return result;
}

export function endpointsUpdate(d: NodeFailureDraft) {
	const { messages, wrote, endpoints, slice } = syncEndpoints(d, 0);
	const ready = endpoints.filter((e) => e.conditions.ready).length;
	return nfStep({
		stage: 'detection',
		params: {
			slice,
			ready,
			total: endpoints.length,
			notReady: endpoints
				.filter((e) => !e.conditions.ready)
				.map((e) => e.targetRef?.name ?? e.addresses[0])
				.join(', '),
			notReadyCount: endpoints.filter((e) => !e.conditions.ready).length
		},
		messages,
		active: [KCM, API, ETCD, ...watchedBy(messages)],
		wrote
	});
}

/**
 * The unreachable taints (doNoScheduleTaintingPass, doNoExecuteTaintingPass), each a PATCH. When
 * every node is NotReady the zone is fully disrupted: handleDisruption enters master disruption
 * mode, stops NoExecute tainting and removes what it queued, so only NoSchedule goes on.
 */
export function taintNode(d: NodeFailureDraft) {
	const at = d.state.clock;
	const disrupted = liveNodes(d).length === 0;
	const noSchedule = addTaint(d.state, d.failed, unreachable('NoSchedule'), at);
	const noExecute = disrupted ? null : addTaint(d.state, d.failed, unreachable('NoExecute'), at);
	d.taintedAt = at;

	return nfStep({
		stage: 'detection',
		params: {
			node: d.failed,
			key: TAINT_UNREACHABLE,
			at: timestamp(at),
			noExecute: disrupted ? 0 : 1
		},
		messages: [
			...write(
				KCM,
				`PATCH nodes/${d.failed} (taint ${TAINT_UNREACHABLE}:NoSchedule)`,
				noSchedule.key,
				noSchedule.mod_revision,
				0
			),
			...(noExecute
				? write(
						KCM,
						`PATCH nodes/${d.failed} (taint ${TAINT_UNREACHABLE}:NoExecute)`,
						noExecute.key,
						noExecute.mod_revision,
						3
					)
				: []),
			msg(API, SCHED, 'watch', `watch MODIFIED nodes/${d.failed}`, noExecute ? 6 : 3)
		],
		active: [KCM, API, ETCD, SCHED],
		wrote: noExecute ? [noSchedule.key, noExecute.key] : [noSchedule.key]
	});
}
