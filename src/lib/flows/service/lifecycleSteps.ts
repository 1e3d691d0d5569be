/**
 * Pods the what-ifs create or delete, carried through the scheduler and the kubelets in one step
 * each: every new pod is bound by the real scheduling cycle, then started; every deleted pod is
 * stopped and its object removed.
 */
import { del } from '$lib/sim/etcd';
import { listPods, podKey } from '$lib/sim/podCodec';
import { bindPods, startPod } from '$lib/flows/kit/podLifecycle';
import {
	API,
	ETCD,
	SCHED,
	kubelet,
	msg,
	runtime,
	write,
	type ServiceFlowDraft,
	serviceStep
} from './draft';

export function scheduleNew(d: ServiceFlowDraft) {
	const names = d.created;
	d.created = [];
	const { messages, wrote, placed } = bindPods(
		d,
		names.map((n) => podKey('default', n))
	);
	d.starting.push(...names);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { placed: placed.join(', '), count: names.length },
			messages,
			active: [API, SCHED, ETCD],
			wrote
		}
	});
}

/** The kubelet stops a deleted pod's containers and confirms the delete (grace period 0). */
function stopPod(d: ServiceFlowDraft, name: string, phase0: number) {
	const key = podKey('default', name);
	const pod = listPods(d.state).find(
		(p) => p.metadata.namespace === 'default' && p.metadata.name === name
	)!;
	const node = pod.spec.nodeName!;
	del(d.state.etcd, key);
	const revision = d.state.etcd.revision;
	return {
		node,
		key,
		messages: [
			msg(API, kubelet(node), 'watch', `watch MODIFIED pods/${name}`, phase0),
			msg(kubelet(node), runtime(node), 'cri', 'StopContainer · StopPodSandbox', phase0 + 1),
			...write(
				kubelet(node),
				`DELETE pods/${name} (gracePeriodSeconds=0)`,
				key,
				revision,
				phase0 + 2,
				'DELETE'
			)
		]
	};
}

/** Each kubelet does its part in parallel: start the new pods, stop the deleted ones. */
export function kubeletsWork(d: ServiceFlowDraft) {
	const started = d.starting.map((n) => startPod(d, podKey('default', n), 0));
	const stopped = d.deleting.map((n) => stopPod(d, n, 0));
	const names = { started: d.starting.join(', '), stopped: d.deleting.join(', ') };
	d.starting = [];
	d.deleting = [];
	const nodes = [...started, ...stopped].map((x) => x.node);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { ...names, ips: started.map((s) => s.ip).join(', ') },
			messages: [...started.flatMap((s) => s.messages), ...stopped.flatMap((s) => s.messages)],
			active: [API, ETCD, ...new Set(nodes.flatMap((n) => [kubelet(n), runtime(n)]))],
			wrote: [...started.map((s) => s.kv.key), ...stopped.map((s) => s.key)]
		}
	});
}
