/**
 * A pod's way from created to running, as every flow that makes pods plays it: one scheduling
 * cycle per pod (the real scheduler, seeing the bindings before it), then the kubelet's SyncPod.
 * Works on any flow's draft: only its cluster is read and written.
 */
import { updatePod } from '$lib/sim/apiserver';
import { pullImage, type ClusterState } from '$lib/sim/cluster';
import { allocatePodIP, containerId } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { listPods, podKey } from '$lib/sim/podCodec';
import { bind, containersRunning, kubeletAdmitted, sandboxReady } from '$lib/sim/podStatus';
import { imageDigestRef, parseImage } from '$lib/sim/registry';
import { createRng } from '$lib/sim/rng';
import { schedule } from '$lib/sim/scheduler';
import type { FlowMessage } from '../types';
import { API, SCHED, kubelet, runtime } from './actors';
import { msg, write } from './messages';

/** What these need of a flow's draft. */
interface WithCluster {
	state: ClusterState;
}

/**
 * One scheduling cycle per new pod, in creation order, each seeing the bindings before it; stops
 * at the first pod no node has room for and names it in `unplaced`.
 */
export function placePods(d: WithCluster, keys: string[], phase0 = 0) {
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
export function bindPods(d: WithCluster, keys: string[], phase0 = 0) {
	const result = placePods(d, keys, phase0);
	if (result.unplaced)
		throw new Error(`no node for ${result.unplaced.key}: ${result.unplaced.why}`);
	return result;
}

/** SyncPod for a bound pod: sandbox with an IP, image, container started, status reported. */
export function startPod(d: WithCluster, key: string, phase0: number) {
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
