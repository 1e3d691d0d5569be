/**
 * kube-scheduler places the new pods one scheduling cycle each: the ones that fit are bound, the
 * others get the real FailedScheduling message and wait in its unschedulable queue until a
 * cluster event may help them (a node added, a taint removed); the kubelets start the bound ones.
 */
import { readPod } from '$lib/sim/apiserver';
import type { PodObject } from '$lib/sim/model';
import { maxUnavailable } from '$lib/sim/workloadStatus';
import { podKey } from '$lib/sim/podCodec';
import { activeReplicas as activeWeb } from './scaleSteps';
import { scheduleEach, startPod } from '$lib/flows/kit/podLifecycle';
import type {} from '$lib/flows/types';
import { API, ETCD, SCHED, kubelet, runtime, soStep, type ScaleOutDraft } from './draft';

/** One cycle per pod in `names`: bound ones go to `starting`, the rest wait in `pending`. */
function cycle(d: ScaleOutDraft, names: string[]) {
	const result = scheduleEach(d, names);
	d.pending = result.pending;
	return result;
}

export function schedulePods(d: ScaleOutDraft) {
	const names = d.created;
	d.created = [];
	d.state.clock += 1;
	const { messages, wrote, placed, pending, why } = cycle(d, names);
	return soStep({
		stage: 'scheduling',
		params: {
			count: placed.length,
			placed: placed.join(', '),
			pendingCount: pending.length,
			pending: pending.join(', '),
			why
		},
		messages,
		active: [SCHED, API, ETCD],
		wrote
	});
}

/** The node events moved the waiting pods back to the active queue: each is tried again. */
export function pendingRetried(d: ScaleOutDraft) {
	const names = d.pending;
	const { messages, wrote, placed, pending, why } = cycle(d, names);
	return soStep({
		stage: 'node-join',
		params: {
			node: d.joined ?? '',
			tried: names.length,
			count: placed.length,
			placed: placed.join(', '),
			pendingCount: pending.length,
			pending: pending.join(', '),
			why
		},
		messages,
		active: [SCHED, API, ETCD],
		wrote
	});
}

const isReady = (p: PodObject) =>
	p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

export function kubeletsStart(d: ScaleOutDraft) {
	d.state.clock += 2;
	const started = d.starting.map((n) => startPod(d, podKey('default', n), 0));
	const names = d.starting;
	d.starting = [];
	const nodes = [...new Set(started.map((s) => s.node))];
	return soStep({
		stage: d.joined ? 'node-join' : 'scheduling',
		params: {
			count: started.length,
			pods: names.join(', '),
			nodes: nodes.join(', '),
			running: names.filter(
				(n) => readPod(d.state, podKey('default', n))?.status.phase === 'Running'
			).length,
			// what kubectl get deployments reads once the controllers have written their status
			ready: activeWeb(d).filter(isReady).length,
			want: d.replicas,
			// Available needs replicas − maxUnavailable (25 %, rounded down)
			minAvailable: d.replicas - maxUnavailable(d.replicas)
		},
		messages: started.flatMap((s) => s.messages),
		active: [API, ETCD, ...nodes.flatMap((n) => [kubelet(n), runtime(n)])],
		wrote: started.map((s) => s.kv.key)
	});
}
