/**
 * A pod's way from created to running, as every flow that makes pods plays it: one scheduling
 * cycle per pod (the real scheduler, seeing the bindings before it), then the kubelet's SyncPod.
 * Works on any flow's draft: only its cluster is read and written.
 */
import { createPod, updatePod } from '$lib/sim/apiserver';
import { pullImage, type ClusterState } from '$lib/sim/cluster';
import { allocatePodIP, containerId } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { listPods, podKey } from '$lib/sim/podCodec';
import { recordEvent, recordObjectEvent } from '$lib/sim/events';
import { uid } from '$lib/sim/ids';
import { bind, markUnschedulable, sandboxReady } from '$lib/sim/podStatus';
import { containersRunning, kubeletAdmitted } from '$lib/sim/containerStatus';
import { replicaPod, replicaSetName, slowStartBatches, type Workload } from '$lib/sim/workloads';
import { imageDigestRef, parseImage } from '$lib/sim/registry';
import { createRng } from '$lib/sim/rng';
import { schedule } from '$lib/sim/scheduler';
import { defaultSpreadSelector } from '$lib/sim/spreadSelector';
import type { FlowMessage } from '../types';
import { API, KCM, SCHED, kubelet, runtime } from './actors';
import { msg, persist, write } from './messages';

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
		const result = schedule(
			pod,
			infos,
			createRng(`${d.state.seed}/schedule/${name}`),
			defaultSpreadSelector(d.state, pod)
		);
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

/** The node a bound pod runs on, as the cluster models it. */
const nodeOf = (state: ClusterState, p: PodObject) =>
	state.nodes.find((n) => n.name === p.spec.nodeName)!;

/** The kubelet's first status of a bound pod: admitted, its containers creating. */
export function admitOnNode(state: ClusterState, p: PodObject): void {
	kubeletAdmitted(p, nodeOf(state, p).address, state.clock);
}

/** The rest of SyncPod for an admitted pod: sandbox with an IP, image, container started. */
export function runContainers(state: ClusterState, p: PodObject): void {
	const now = state.clock;
	const model = nodeOf(state, p);
	const ip = p.spec.hostNetwork ? model.address : allocatePodIP(state, model);
	const image = p.spec.containers[0].image;
	pullImage(model, image);
	sandboxReady(p, ip, now);
	const name = p.spec.containers[0].name;
	containersRunning(
		p,
		[
			{
				name,
				containerID: `containerd://${containerId(state, p, name)}`,
				imageID: imageDigestRef(parseImage(image)!),
				startedAt: now
			}
		],
		now
	);
}

/** SyncPod for a bound pod: sandbox with an IP, image, container started, status reported. */
export function startPod(d: WithCluster, key: string, phase0: number) {
	let node = '';
	const { kv, after } = updatePod(d.state, key, (p: PodObject) => {
		node = p.spec.nodeName!;
		admitOnNode(d.state, p);
		runContainers(d.state, p);
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

/** What creating and scheduling need of a flow's draft besides its cluster. */
interface WithReplicas extends WithCluster {
	/** pods the ReplicaSet controller has made so far: names each new one */
	podsMade: number;
	/** pods created and not yet scheduled, by name */
	created: string[];
	/** pods bound and not yet started, by name */
	starting: string[];
}

/**
 * The ReplicaSet controller creating `count` pods of `w` in slow-start batches (replica_set.go
 * slowStartBatch), each with its SuccessfulCreate event; `template` sets what the pod template
 * adds (a toleration, a request). Three phases per batch from `phase0`.
 */
export function createReplicas(
	d: WithReplicas,
	w: Workload,
	count: number,
	template: (pod: PodObject) => void,
	phase0 = 0
) {
	const rs = replicaSetName(w);
	const owner = {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		namespace: 'default',
		name: rs,
		uid: uid(d.state.seed, `rs/${rs}`)
	};
	const batches = slowStartBatches(count);
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	batches.forEach((size, b) => {
		for (let i = 0; i < size; i++) {
			const pod = replicaPod(d.state, w, d.podsMade++, d.state.clock);
			template(pod);
			const kv = createPod(d.state, pod)!;
			const event = recordObjectEvent(
				d.state,
				owner,
				{ component: 'replicaset-controller' },
				'Normal',
				'SuccessfulCreate',
				`Created pod: ${pod.metadata.name}`
			);
			d.created.push(pod.metadata.name);
			messages.push(
				...write(KCM, `POST pods (generateName ${rs}-)`, kv.key, kv.mod_revision, phase0 + 3 * b),
				...persist(event.key, event.mod_revision, phase0 + 1 + 3 * b)
			);
			wrote.push(kv.key, event.key);
		}
	});
	return { messages, wrote, batches };
}

/**
 * One scheduling cycle for each of `names`: a pod that fits is bound and goes to `starting`; one
 * that does not is marked Unschedulable with the scheduler's FailedScheduling event and message,
 * and waits. Three phases per pod.
 */
export function scheduleEach(d: WithReplicas, names: string[]) {
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	const placed: string[] = [];
	const pending: string[] = [];
	let why = '';
	names.forEach((name, i) => {
		const key = podKey('default', name);
		const result = placePods(d, [key], 3 * i);
		messages.push(...result.messages);
		wrote.push(...result.wrote);
		if (!result.unplaced) {
			placed.push(...result.placed);
			d.starting.push(name);
			return;
		}
		why = result.unplaced.why ?? '';
		const { kv, after } = updatePod(d.state, key, (p) => markUnschedulable(p, why, d.state.clock));
		const event = recordEvent(
			d.state,
			after,
			{ component: 'default-scheduler', action: 'Scheduling' },
			'Warning',
			'FailedScheduling',
			why
		);
		messages.push(
			msg(SCHED, API, 'event', `POST events: FailedScheduling (${name})`, 3 * i),
			...write(SCHED, `PATCH pods/${name}/status (Unschedulable)`, kv.key, kv.mod_revision, 3 * i)
		);
		wrote.push(kv.key, event.key);
		pending.push(name);
	});
	return { messages, wrote, placed, pending, why };
}
