/**
 * Pods the what-ifs create or delete, carried through the scheduler and the kubelets in one step
 * each: every new pod is bound by the real scheduling cycle, then started; every deleted pod is
 * stopped and its object removed.
 */
import { updatePod } from '$lib/sim/apiserver';
import { pullImage } from '$lib/sim/cluster';
import { del } from '$lib/sim/etcd';
import { allocatePodIP, containerId } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { listPods, podKey } from '$lib/sim/podCodec';
import { bind, containersRunning, kubeletAdmitted, sandboxReady } from '$lib/sim/podStatus';
import { imageDigestRef, parseImage } from '$lib/sim/registry';
import { createRng } from '$lib/sim/rng';
import { schedule } from '$lib/sim/scheduler';
import type { FlowMessage } from '$lib/flows/types';
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

/**
 * One scheduling cycle per new pod, in creation order, each seeing the bindings before it; stops
 * at the first pod no node has room for and names it in `unplaced`.
 */
export function placePods(d: ServiceFlowDraft, keys: string[], phase0 = 0) {
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	const placed: string[] = [];
	for (const key of keys) {
		const name = key.slice(key.lastIndexOf('/') + 1);
		const pods = listPods(d.state);
		const pod = pods.find((p) => podKey(p.metadata.namespace, p.metadata.name) === key)!;
		const others = pods.filter((p) => p.metadata.uid !== pod.metadata.uid);
		const infos = d.state.nodes.map((node) => ({
			node,
			pods: others.filter((p) => p.spec.nodeName === node.name)
		}));
		// A DaemonSet pod's node affinity leaves one feasible node: the scheduler's filter says so.
		const result = schedule(pod, infos, createRng(`${d.state.seed}/schedule/${name}`));
		if (!result.winner) return { messages, wrote, placed, unplaced: { key, why: result.fitError } };
		const node = result.winner;
		const { kv } = updatePod(d.state, key, (p) => bind(p, node, d.state.clock));
		placed.push(`${name} → ${node}`);
		wrote.push(kv.key);
		messages.push(
			msg(API, SCHED, 'watch', `watch ADDED pods/${name}`, phase0),
			...write(SCHED, `POST pods/${name}/binding → ${node}`, kv.key, kv.mod_revision, phase0 + 1)
		);
	}
	return { messages, wrote, placed, unplaced: null };
}

/** placePods for pods that must all find a node: the what-ifs that make pods check first (hasRoom). */
export function bindPods(d: ServiceFlowDraft, keys: string[], phase0 = 0) {
	const result = placePods(d, keys, phase0);
	if (result.unplaced)
		throw new Error(`no node for ${result.unplaced.key}: ${result.unplaced.why}`);
	return result;
}

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

/** SyncPod for a bound pod: sandbox with an IP, image, container started, status reported. */
export function startPod(d: ServiceFlowDraft, key: string, phase0: number) {
	const now = d.state.clock;
	let node = '';
	const { kv, after } = updatePod(d.state, key, (p: PodObject) => {
		node = p.spec.nodeName!;
		const model = d.state.nodes.find((n) => n.name === node)!;
		const ip = p.spec.hostNetwork ? model.address : allocatePodIP(d.state, model);
		const image = p.spec.containers[0].image;
		pullImage(model, image);
		kubeletAdmitted(p, model.address, now);
		sandboxReady(p, ip, now);
		containersRunning(
			p,
			[`containerd://${containerId(d.state, p, p.spec.containers[0].name)}`],
			[imageDigestRef(parseImage(image)!)],
			now,
			now
		);
	});
	const name = after.metadata.name;
	const messages = [
		msg(API, kubelet(node), 'watch', `watch ADDED pods/${name}`, phase0),
		msg(
			kubelet(node),
			runtime(node),
			'cri',
			'RunPodSandbox · CreateContainer · StartContainer',
			phase0 + 1
		),
		...write(
			kubelet(node),
			`PATCH pods/${name}/status (Running)`,
			kv.key,
			kv.mod_revision,
			phase0 + 2
		)
	];
	return { messages, node, kv, ip: after.status.podIP! };
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
