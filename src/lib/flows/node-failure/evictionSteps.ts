/**
 * After the taint: the pods' tolerations run out, the taint-eviction controller deletes them
 * (pkg/controller/tainteviction/taint_eviction.go), they stay Terminating because no kubelet
 * confirms, and the ReplicaSet controller replaces the ones it owns on the nodes that still run.
 */
import { updatePod } from '$lib/sim/apiserver';
import { recordObjectEvent } from '$lib/sim/events';
import type { PodObject } from '$lib/sim/model';
import {
	TERMINATION_GRACE_S,
	readNode,
	tolerationSecondsFor,
	unreachable
} from '$lib/sim/nodeLifecycle';
import { listPods, podKey } from '$lib/sim/podCodec';
import { observed } from '$lib/sim/podStatus';
import { timestamp } from '$lib/sim/time';
import { ownedPods, replicaSetName } from '$lib/sim/workloads';
import { workloadOf } from '$lib/sim/serviceCluster';
import { createReplicas, scheduleEach, startPod } from '$lib/flows/kit/podLifecycle';
import type { FlowMessage } from '$lib/flows/types';
import { SERVICE_NAME, TARGET_PORT } from './cluster';
import { actionIndex } from './scenario';
import { STATEFUL_POD, webTolerationSeconds, webTolerations } from './twists';
import { podsOnFailedNode, syncEndpoints } from './detectionSteps';
import { STOP_AT } from './heartbeatSteps';
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
	write,
	watchedBy,
	type NodeFailureDraft
} from './draft';

const TAINT = unreachable('NoExecute');

/** Whether the failed node carries the unreachable NoExecute taint (not in master disruption mode). */
const noExecuteTainted = (d: NodeFailureDraft) =>
	readNode(d.state, d.failed)?.spec.taints?.some(
		(t) => t.key === TAINT.key && t.effect === TAINT.effect
	) ?? false;

/**
 * Pods on the failed node with when they go: seconds after the taint, or null (never, and for
 * every pod when the node has no NoExecute taint).
 */
export function evictionPlan(d: NodeFailureDraft) {
	const tainted = noExecuteTainted(d);
	return podsOnFailedNode(d)
		.filter((p) => !p.metadata.deletionTimestamp)
		.map((pod) => ({ pod, after: tainted ? tolerationSecondsFor(pod, TAINT) : null }));
}

/** The pods that go first, and when (the least tolerationSeconds among them). */
export function nextEvictions(d: NodeFailureDraft) {
	const due = evictionPlan(d).filter((e) => e.after !== null);
	if (due.length === 0) return null;
	const after = Math.min(...due.map((e) => e.after!));
	return {
		at: d.taintedAt + after,
		after,
		pods: due.filter((e) => e.after === after).map((e) => e.pod)
	};
}

export function tolerationRuns(d: NodeFailureDraft) {
	const next = nextEvictions(d);
	const plan = evictionPlan(d);
	const kept = plan.filter((e) => e.after === null).map((e) => e.pod.metadata.name);
	// pods that tolerate the taint longer go in a later round
	const later = plan
		.filter((e) => next && e.after !== null && e.after > next.after)
		.map((e) => e.pod.metadata.name);
	const from = d.state.clock;
	if (next) d.state.clock = next.at;
	// a round the toleration what-if decides is that what-if's, with the steps that follow it
	const twist = webTolerationSeconds(d.scenario);
	d.action = next && twist === next.after ? actionIndex(d.scenario, 'toleration') : -1;
	return nfStep({
		stage: 'eviction',
		skipped: d.state.clock - from,
		params: {
			node: d.failed,
			seconds: next?.after ?? 0,
			pods: next?.pods.map((p) => p.metadata.name).join(', ') ?? '',
			count: next?.pods.length ?? 0,
			kept: kept.join(', '),
			later: later.join(', '),
			// the seconds come from web's pod template (the toleration what-if), not from admission
			fromTemplate: d.action >= 0 ? 1 : 0,
			noExecute: noExecuteTainted(d) ? 1 : 0,
			skipped: d.state.clock - from
		},
		messages: [],
		active: [KCM],
		wrote: []
	});
}

/** Deployment web's workload: its ReplicaSet's name and pod-template-hash. */
export const webWorkload = (d: NodeFailureDraft) =>
	workloadOf({ name: SERVICE_NAME, targetPort: TARGET_PORT, seed: d.scenario.seed });
const workload = webWorkload;

const owner = (p: PodObject) => p.metadata.ownerReferences?.find((o) => o.controller)?.kind ?? '';

/**
 * The taint-eviction controller's addConditionAndDeletePod (pkg/controller/tainteviction/
 * taint_eviction.go), for any NoExecute taint: a DisruptionTarget condition, then a graceful
 * delete — the apiserver sets deletionTimestamp (now + the pod's 30 s grace period) and the pod
 * shows Terminating — after a TaintManagerEviction event. Eight phases from `phase0`.
 */
export function evictPod(d: NodeFailureDraft, pod: PodObject, phase0: number) {
	const now = d.state.clock;
	const name = pod.metadata.name;
	const key = podKey(pod.metadata.namespace, name);
	// deletePodHandler records the event before addConditionAndDeletePod writes
	const event = recordObjectEvent(
		d.state,
		{
			apiVersion: 'v1',
			kind: 'Pod',
			namespace: pod.metadata.namespace,
			name,
			uid: pod.metadata.uid
		},
		{ component: 'taint-eviction-controller' },
		'Normal',
		'TaintManagerEviction',
		`Marking for deletion Pod ${pod.metadata.namespace}/${name}`
	);
	const patched = updatePod(d.state, key, (p) => {
		// the taint-eviction controller stamps the generation it saw (pkg/controller/tainteviction)
		p.status.conditions = [
			...(p.status.conditions ?? []),
			observed(p, {
				type: 'DisruptionTarget',
				status: 'True',
				reason: 'DeletionByTaintManager',
				message: 'Taint manager: deleting due to NoExecute taint',
				lastTransitionTime: timestamp(now)
			})
		];
	});
	const deleted = updatePod(d.state, key, (p) => {
		p.metadata.deletionTimestamp = timestamp(now + TERMINATION_GRACE_S);
		p.metadata.deletionGracePeriodSeconds = TERMINATION_GRACE_S;
	});
	const messages: FlowMessage[] = [
		msg(KCM, API, 'event', `POST events: TaintManagerEviction (${name})`, phase0),
		...persist(event.key, event.mod_revision, phase0 + 1),
		...write(
			KCM,
			`PATCH pods/${name}/status (DisruptionTarget)`,
			patched.kv.key,
			patched.kv.mod_revision,
			phase0 + 1
		),
		...write(KCM, `DELETE pods/${name}`, deleted.kv.key, deleted.kv.mod_revision, phase0 + 4),
		...podWatch(d, deleted.before, deleted.after, phase0 + 7)
	];
	return { messages, wrote: [event.key, patched.kv.key, deleted.kv.key] };
}

/** The pods whose toleration ran out, each evicted (evictPod), then the endpoints catch up. */
export function evictPods(d: NodeFailureDraft) {
	const next = nextEvictions(d)!;
	const now = d.state.clock;
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	for (const pod of next.pods) {
		const evicted = evictPod(d, pod, 0);
		messages.push(...evicted.messages);
		wrote.push(...evicted.wrote);
		d.evicted.push(pod.metadata.name);
	}
	d.evictedAt = now;
	// the EndpointSlice controller lists the evicted web pods as terminating
	const slice = syncEndpoints(d, 8);
	messages.push(...slice.messages);
	wrote.push(...slice.wrote);
	const names = next.pods.map((p) => p.metadata.name);
	return nfStep({
		stage: 'eviction',
		params: {
			node: d.failed,
			pods: names.join(', '),
			count: names.length,
			grace: TERMINATION_GRACE_S,
			unowned: next.pods
				.filter((p) => owner(p) === '')
				.map((p) => p.metadata.name)
				.join(', ')
		},
		messages,
		active: [KCM, API, ETCD, ...watchedBy(messages)],
		wrote
	});
}

/** The ReplicaSet's pods its controller counts (FilterActivePods: not terminating, not finished). */
export function activeReplicas(d: NodeFailureDraft) {
	return ownedPods(listPods(d.state), workload(d)).filter(
		(p) =>
			!p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'
	);
}

/** How many pods the ReplicaSet controller is short of. */
export const missingReplicas = (d: NodeFailureDraft) =>
	Math.max(0, d.scenario.replicas - activeReplicas(d).length);

export function replicaSetReplaces(d: NodeFailureDraft) {
	const w = workload(d);
	const rs = replicaSetName(w);
	const have = activeReplicas(d).length;
	const messages: FlowMessage[] = [
		msg(API, KCM, 'watch', `watch MODIFIED pods (${d.evicted.join(', ')})`, 0)
	];
	// the template's own toleration, if it has one; admission adds the rest
	const created = createReplicas(
		d,
		w,
		missingReplicas(d),
		(pod) => {
			if (webTolerationSeconds(d.scenario) !== null)
				pod.spec.tolerations = [webTolerations(d.scenario)[0]];
		},
		1
	);
	messages.push(...created.messages);
	const { wrote, batches } = created;
	return nfStep({
		stage: 'replacement',
		params: {
			rs,
			want: d.scenario.replicas,
			have,
			count: d.created.length,
			pods: d.created.join(', '),
			batches: batches.join(', ')
		},
		messages,
		active: [KCM, API, ETCD],
		wrote
	});
}

export function scheduleReplacements(d: NodeFailureDraft) {
	const { messages, wrote, placed, pending, why } = scheduleEach(d, d.created);
	d.created = [];
	const failedNode = readNode(d.state, d.failed);
	return nfStep({
		stage: 'replacement',
		params: {
			node: d.failed,
			// what the scheduler makes of the failed node now: tainted, deleted, or Ready again
			failedNode: !failedNode
				? 'gone'
				: failedNode.spec.taints?.some((t) => t.effect === 'NoSchedule')
					? 'tainted'
					: 'ready',
			placed: placed.join(', '),
			count: placed.length,
			pending: pending.join(', '),
			why
		},
		messages,
		active: [SCHED, API, ETCD],
		wrote
	});
}

export function kubeletsStart(d: NodeFailureDraft) {
	d.state.clock += 2;
	const started = d.starting.map((n) => {
		const result = startPod(d, podKey('default', n), 0);
		return { ...result, backs: n !== STATEFUL_POD };
	});
	const names = d.starting.join(', ');
	d.starting = [];
	const slice = syncEndpoints(d, 5);
	return nfStep({
		stage: 'replacement',
		params: {
			pods: names,
			count: started.length,
			since: d.state.clock - STOP_AT,
			nodes: [...new Set(started.map((s) => s.node))].join(', '),
			// how many of them back Service web (db-0 does not)
			backs: started.filter((s) => s.backs).length,
			ips: started.map((s) => s.ip).join(', '),
			ready: slice.endpoints.filter((e) => e.conditions.ready).length,
			terminating: slice.endpoints.filter((e) => e.conditions.terminating).length
		},
		messages: [...started.flatMap((s) => s.messages), ...slice.messages],
		active: [
			API,
			ETCD,
			KCM,
			...new Set(started.flatMap((s) => [kubelet(s.node), runtime(s.node)])),
			...watchedBy(slice.messages)
		],
		wrote: [...started.map((s) => s.kv.key), ...slice.wrote]
	});
}

/** Evicted pods are still there, Terminating, and the story has not said so yet. */
export const stuckPending = (d: NodeFailureDraft) =>
	!d.told.stuck &&
	podsOnFailedNode(d).some(
		(p) => d.evicted.includes(p.metadata.name) && p.metadata.deletionTimestamp
	);

/** The grace period is over, and nothing happens: the pods stay Terminating. */
export function stuckTerminating(d: NodeFailureDraft) {
	d.told.stuck = true;
	d.action = -1;
	const from = d.state.clock;
	d.state.clock = Math.max(from, d.evictedAt + TERMINATION_GRACE_S);
	return nfStep({
		stage: 'aftermath',
		skipped: d.state.clock - from,
		params: {
			node: d.failed,
			pods: d.evicted.join(', '),
			count: d.evicted.length,
			grace: TERMINATION_GRACE_S,
			skipped: d.state.clock - from
		},
		messages: [],
		active: [API, ETCD],
		wrote: []
	});
}
