/** Course steps 4–6: the scheduling cycle, the binding and its write, and the kubelet's ADDED. */
import { podDeliveries, updatePod } from '$lib/sim/apiserver';
import { recordEvent } from '$lib/sim/events';
import { bind, markUnschedulable } from '$lib/sim/podStatus';
import { createRng } from '$lib/sim/rng';
import { balancedAllocationSkips, schedule, type ScheduleResult } from '$lib/sim/scheduler';
import { defaultSpreadSelector } from '$lib/sim/spreadSelector';
import type { NodeMark } from '$lib/flows/types';
import { API, ETCD, SCHED } from '$lib/flows/kit/actors';
import { msg, persist, watchFanOut } from '$lib/flows/kit/messages';
import {
	otherPods,
	patchStatus,
	podsOn,
	podStep,
	subject,
	subjectKey,
	type PodFlowDraft
} from './draft';

/** Each node's verdict on its own box: filtered out, feasible with its score, or the winner. */
function nodeMarks(result: ScheduleResult): Record<string, NodeMark> {
	// a lone feasible node is not scored (ScheduleResult.evaluations): no number to show
	const scored = result.feasible.length > 1;
	return Object.fromEntries(
		result.evaluations.map((e): [string, NodeMark] => [
			e.node,
			{
				verdict: e.node === result.winner ? 'chosen' : e.feasible ? 'fit' : 'unfit',
				...(e.feasible && scored ? { score: e.total } : {})
			}
		])
	);
}

/** The scheduling cycle: filters and scores over the nodes and pods as stored in etcd. */
export function scheduleCycle(d: PodFlowDraft) {
	const pod = subject(d);
	const others = otherPods(d);
	const infos = d.state.nodes.map((node) => ({ node, pods: podsOn(others, node.name) }));
	const result = schedule(
		pod,
		infos,
		createRng(`${d.state.seed}/schedule/${pod.metadata.name}`),
		defaultSpreadSelector(d.state, pod)
	);
	d.schedule = result;
	return podStep({
		nine: 4,
		params: {
			name: pod.metadata.name,
			node: result.winner ?? '',
			feasible: result.feasible.length,
			total: d.state.nodes.length,
			// the narration explains why scoring was skipped
			scoring: result.feasible.length === 1 ? 'none' : 'all',
			// a BestEffort pod has no balance to score (balanced_allocation.go, since v1.33)
			balance: balancedAllocationSkips(pod) ? 'skipped' : 'scored'
		},
		messages: [],
		active: [SCHED],
		wrote: [],
		marks: nodeMarks(result),
		schedule: result
	});
}

export function bindPod(d: PodFlowDraft) {
	const node = d.schedule!.winner!;
	const name = d.scenario.name;
	return podStep({
		nine: 4,
		params: { name, node },
		messages: [msg(SCHED, API, 'request', `POST pods/${name}/binding → ${node}`, 0)],
		active: [SCHED, API],
		wrote: [],
		marks: nodeMarks(d.schedule!),
		schedule: d.schedule
	});
}

export function persistBinding(d: PodFlowDraft) {
	const node = d.schedule!.winner!;
	const { before, after, kv } = updatePod(d.state, subjectKey(d), (p) =>
		bind(p, node, d.state.clock)
	);
	d.binding = { before, after };
	return podStep({
		nine: 5,
		params: { name: d.scenario.name, node, key: kv.key, revision: kv.mod_revision },
		messages: [
			...persist(kv.key, kv.mod_revision, 0),
			msg(API, SCHED, 'response', '201 Created binding', 2)
		],
		active: [API, ETCD, SCHED],
		wrote: [kv.key]
	});
}

export function scheduledEvent(d: PodFlowDraft) {
	const node = d.schedule!.winner!;
	const pod = subject(d);
	const message = `Successfully assigned default/${pod.metadata.name} to ${node}`;
	const source = { component: 'default-scheduler' as const, action: 'Binding' };
	const kv = recordEvent(d.state, pod, source, 'Normal', 'Scheduled', message);
	return podStep({
		nine: 5,
		params: { name: pod.metadata.name, node, message },
		messages: [
			msg(SCHED, API, 'event', 'POST events: Scheduled', 0),
			...persist(kv.key, kv.mod_revision, 1)
		],
		active: [SCHED, API, ETCD],
		wrote: [kv.key]
	});
}

/** The binding's write reaches the watchers: the chosen node's kubelet sees the pod for the first time. */
export function watchPodBound(d: PodFlowDraft) {
	const { before, after } = d.binding!;
	const deliveries = podDeliveries(d.state, before, after);
	d.state.clock += 1;
	return podStep({
		nine: 6,
		params: {
			name: after.metadata.name,
			node: after.spec.nodeName!,
			others: d.state.nodes.length - 1
		},
		messages: watchFanOut(deliveries, `pods/${after.metadata.name}`, 0),
		active: [API, ...deliveries.map((x) => x.actor)],
		wrote: []
	});
}

export function failedScheduling(d: PodFlowDraft) {
	const pod = subject(d);
	const fitError = d.schedule!.fitError!;
	const source = { component: 'default-scheduler' as const, action: 'Scheduling' };
	const ev = recordEvent(d.state, pod, source, 'Warning', 'FailedScheduling', fitError);
	const patch = patchStatus(d, SCHED, (p) => markUnschedulable(p, fitError, d.state.clock), 1);
	return podStep({
		nine: 4,
		params: { name: pod.metadata.name, message: fitError },
		messages: [msg(SCHED, API, 'event', 'POST events: FailedScheduling', 0), ...patch.messages],
		active: [SCHED, API, ETCD, ...patch.watchers],
		wrote: [ev.key, patch.kv.key],
		schedule: d.schedule
	});
}
