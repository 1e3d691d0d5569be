/**
 * The node comes back (`then=recover`): its kubelet renews the Lease and posts Ready, the node
 * lifecycle controller lifts the unreachable taints (doNoScheduleTaintingPass on the node update,
 * markNodeAsReachable at its next check), and the kubelet finishes what was asked of it while it
 * was gone: it confirms the deletion of the evicted pods and starts the others' containers again.
 */
import { updatePod } from '$lib/sim/apiserver';
import { del } from '$lib/sim/etcd';
import { kubeletNodeRef, recordObjectEvent } from '$lib/sim/events';
import { hexId } from '$lib/sim/ids';
import {
	NODE_MONITOR_PERIOD_S,
	nextPass,
	readNode,
	renewLease,
	TAINT_UNREACHABLE
} from '$lib/sim/nodeLifecycle';
import { markNodeReady, removeTaint } from '$lib/sim/nodeChanges';
import { podKey } from '$lib/sim/podCodec';
import { restartedAfterReboot } from '$lib/sim/nodeChanges';
import { clockText } from '$lib/sim/time';
import type { FlowMessage } from '$lib/flows/types';
import { podsOnFailedNode, syncEndpoints } from './detectionSteps';
import { startEnding } from './endings';
import {
	API,
	ETCD,
	KCM,
	SCHED,
	kubelet,
	msg,
	nfStep,
	persist,
	podWatch,
	runtime,
	watchedBy,
	write,
	type NodeFailureDraft
} from './draft';

export function nodeReturns(d: NodeFailureDraft) {
	const skipped = startEnding(d, 'recover');
	const now = d.state.clock;
	d.recovered = true;
	const lease = renewLease(d.state, d.failed, now);
	const node = markNodeReady(d.state, d.failed, now);
	const event = recordObjectEvent(
		d.state,
		kubeletNodeRef(d.failed),
		{ component: 'kubelet', host: d.failed },
		'Normal',
		'NodeReady',
		`Node ${d.failed} status is now: NodeReady`
	);
	const k = kubelet(d.failed);
	return nfStep({
		stage: 'recovery',
		skipped,
		params: { node: d.failed, at: clockText(now), skipped, down: now - d.lastRenewal },
		messages: [
			...write(k, `PUT leases/${d.failed}`, lease.key, lease.mod_revision, 0),
			...write(k, `PATCH nodes/${d.failed}/status (Ready=True)`, node.key, node.mod_revision, 3),
			msg(k, API, 'event', 'POST events: NodeReady', 6),
			...persist(event.key, event.mod_revision, 7),
			msg(API, KCM, 'watch', `watch MODIFIED nodes/${d.failed}`, 6),
			msg(API, SCHED, 'watch', `watch MODIFIED nodes/${d.failed}`, 6)
		],
		active: [k, API, ETCD, KCM, SCHED],
		wrote: [lease.key, node.key, event.key]
	});
}

/** Both unreachable taints come off: NoSchedule on the node update, NoExecute at the next check. */
export function taintsLifted(d: NodeFailureDraft) {
	const from = d.state.clock;
	d.state.clock = nextPass(from, NODE_MONITOR_PERIOD_S);
	const taints = (readNode(d.state, d.failed)?.spec.taints ?? []).filter(
		(t) => t.key === TAINT_UNREACHABLE
	);
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	for (const taint of taints) {
		const kv = removeTaint(d.state, d.failed, taint);
		messages.push(
			...write(
				KCM,
				`PATCH nodes/${d.failed} (untaint ${taint.key}:${taint.effect})`,
				kv.key,
				kv.mod_revision,
				3 * messages.length
			)
		);
		wrote.push(kv.key);
	}
	messages.push(msg(API, SCHED, 'watch', `watch MODIFIED nodes/${d.failed}`, messages.length));
	return nfStep({
		stage: 'recovery',
		skipped: d.state.clock - from,
		params: {
			node: d.failed,
			count: taints.length,
			at: clockText(d.state.clock),
			period: NODE_MONITOR_PERIOD_S
		},
		messages,
		active: [KCM, API, ETCD, SCHED],
		wrote
	});
}

/**
 * The kubelet syncs the pods bound to its node: an evicted pod has nothing left to stop after the
 * power loss, so the kubelet confirms its deletion (DELETE, grace period 0: the object goes);
 * every other pod gets its containers started again and is ready once more.
 */
export function kubeletResumes(d: NodeFailureDraft) {
	d.state.clock += 2;
	const now = d.state.clock;
	const k = kubelet(d.failed);
	const messages: FlowMessage[] = [msg(k, runtime(d.failed), 'cri', 'ListPodSandbox', 0)];
	const wrote: string[] = [];
	const deleted: string[] = [];
	const restarted: string[] = [];
	for (const pod of podsOnFailedNode(d)) {
		const name = pod.metadata.name;
		const key = podKey(pod.metadata.namespace, name);
		if (pod.metadata.deletionTimestamp) {
			// the status manager: a terminal phase first, then the delete (canBeDeleted wants the
			// API's pod terminal), with a UID precondition so a new pod of that name is safe
			const failed = updatePod(d.state, key, (p) => {
				p.status.phase = 'Failed';
				for (const c of p.status.conditions ?? [])
					if (c.type === 'Ready' || c.type === 'ContainersReady') c.status = 'False';
			});
			del(d.state.etcd, key);
			messages.push(
				...write(k, `PATCH pods/${name}/status (Failed)`, key, failed.kv.mod_revision, 1),
				...write(
					k,
					`DELETE pods/${name} (gracePeriodSeconds=0, uid precondition)`,
					key,
					d.state.etcd.revision,
					4,
					'DELETE'
				),
				...podWatch(d, pod, null, 7)
			);
			wrote.push(key, key);
			deleted.push(name);
			continue;
		}
		const { before, after, kv } = updatePod(d.state, key, (p) =>
			restartedAfterReboot(
				p,
				p.spec.containers.map(
					(c) =>
						`containerd://${hexId(d.state.seed, `container/${p.metadata.uid}/${c.name}/${now}`, 64)}`
				),
				now
			)
		);
		messages.push(
			msg(k, runtime(d.failed), 'cri', `RunPodSandbox · StartContainer (${name})`, 1),
			...write(k, `PATCH pods/${name}/status (Ready=True)`, kv.key, kv.mod_revision, 2),
			...podWatch(d, before, after, 5)
		);
		wrote.push(kv.key);
		restarted.push(name);
	}
	const slice = syncEndpoints(d, 8);
	messages.push(...slice.messages);
	return nfStep({
		stage: 'recovery',
		params: {
			node: d.failed,
			deleted: deleted.join(', '),
			deletedCount: deleted.length,
			restarted: restarted.join(', '),
			restartedCount: restarted.length,
			ready: slice.endpoints.filter((e) => e.conditions.ready).length,
			terminating: slice.endpoints.filter((e) => e.conditions.terminating).length
		},
		messages,
		active: [k, runtime(d.failed), API, ETCD, KCM, ...watchedBy(messages)],
		wrote: [...wrote, ...slice.wrote]
	});
}
