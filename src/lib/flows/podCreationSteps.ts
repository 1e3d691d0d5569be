/**
 * The pod-creation flow's steps as functions over a cluster draft. Each returns what the step
 * sent and did; podCreationMachine decides their order and branches. Labels are wire-level and
 * untranslated; narration lives in i18n keyed by the step id.
 */
import {
	createPod,
	fanOut,
	listPods,
	podWatchers,
	updatePod,
	type Delivery
} from '$lib/sim/apiserver';
import { podKey, type ClusterState } from '$lib/sim/cluster';
import { recordEvent } from '$lib/sim/events';
import { uid } from '$lib/sim/ids';
import {
	allocatePodIP,
	containerId,
	ensureImage,
	kubeletMessages,
	sandboxId,
	type EnsureImageResult
} from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import {
	bind,
	containersRunning,
	createdStatus,
	imagePullFailed,
	kubeletAdmitted,
	markUnschedulable,
	sandboxReady
} from '$lib/sim/podStatus';
import { formatCpu, formatMemory } from '$lib/sim/quantity';
import { createRng } from '$lib/sim/rng';
import { schedule, type ScheduleResult } from '$lib/sim/scheduler';
import { timestamp } from '$lib/sim/time';
import { toYaml } from '$lib/sim/yaml';
import type { PodScenario } from './scenario';
import type { FlowMessage, Step } from './types';

export const API = 'kube-apiserver';
export const ETCD = 'etcd';
export const SCHED = 'kube-scheduler';
export const KCM = 'kube-controller-manager';
export const KUBECTL = 'kubectl';

export interface PodFlowDraft {
	scenario: PodScenario;
	state: ClusterState;
	schedule?: ScheduleResult;
	image?: EnsureImageResult;
}

export type StepDraft = Omit<Step, 'snapshot' | 'id'>;

const kubelet = (node: string) => `kubelet@${node}`;
const runtime = (node: string) => `container-runtime@${node}`;

function msg(
	from: string,
	to: string,
	kind: FlowMessage['kind'],
	label: string,
	phase: number
): FlowMessage {
	return { from, to, kind, label, phase };
}

function subjectKey(d: PodFlowDraft): string {
	return podKey('default', d.scenario.name);
}

function subject(d: PodFlowDraft): PodObject {
	return JSON.parse(d.state.etcd.kvs[subjectKey(d)].value) as PodObject;
}

function boundNode(d: PodFlowDraft): string {
	return subject(d).spec.nodeName!;
}

/** The pod kubectl sends: what `kubectl run` or the manifest describes, before defaulting. */
export function requestedPod(s: PodScenario): PodObject {
	const requests: { cpu?: number; memory?: number } = {};
	if (s.cpu !== null) requests.cpu = s.cpu;
	if (s.memory !== null) requests.memory = s.memory;
	const hasRequests = s.cpu !== null || s.memory !== null;
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: s.name,
			namespace: 'default',
			uid: '',
			creationTimestamp: '',
			labels: { run: s.name }
		},
		spec: {
			containers: [{ name: s.name, image: s.image, ...(hasRequests ? { requests } : {}) }],
			schedulerName: 'default-scheduler',
			restartPolicy: 'Always'
		},
		status: { phase: 'Pending' }
	};
}

/** The manifest a person would apply when the pod has requests (kubectl run has no flag for them). */
function manifest(s: PodScenario): string {
	const resources: Record<string, string> = {};
	if (s.cpu !== null) resources.cpu = formatCpu(s.cpu);
	if (s.memory !== null) resources.memory = formatMemory(s.memory);
	return toYaml({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: s.name, labels: { run: s.name } },
		spec: { containers: [{ name: s.name, image: s.image, resources: { requests: resources } }] }
	});
}

/** Watch events of one write, drawn from the apiserver to every watcher it concerns. */
function watchMessages(deliveries: Delivery[], name: string, phase: number): FlowMessage[] {
	return deliveries.map((d) => msg(API, d.actor, 'watch', `watch ${d.type} pods/${name}`, phase));
}

export function kubectlRun(d: PodFlowDraft): StepDraft {
	const s = d.scenario;
	const plain = s.cpu === null && s.memory === null;
	return {
		nine: 1,
		params: { name: s.name, image: s.image },
		messages: [msg(KUBECTL, API, 'request', 'POST /api/v1/namespaces/default/pods', 0)],
		active: [KUBECTL, API],
		wrote: [],
		command: plain
			? { line: `kubectl run ${s.name} --image=${s.image}` }
			: { line: `kubectl apply -f ${s.name}.yaml`, manifest: manifest(s) }
	};
}

export function apiserverPipeline(d: PodFlowDraft): StepDraft {
	// The pipeline runs before persistence; we record it here and write in the next step.
	const probe = structuredClone(d.state);
	const pod = requestedPod(d.scenario);
	const { stages } = createPod(probe, pod);
	return {
		nine: 1,
		params: { name: d.scenario.name },
		messages: [],
		active: [API],
		wrote: [],
		pipeline: stages
	};
}

export function persistPod(d: PodFlowDraft): StepDraft {
	const pod = requestedPod(d.scenario);
	pod.metadata.uid = uid(d.state.seed, `default/${pod.metadata.name}`);
	pod.metadata.creationTimestamp = timestamp(d.state.clock);
	pod.status = createdStatus(pod);
	const { kv, stages } = createPod(d.state, pod);
	return {
		nine: 2,
		params: { name: pod.metadata.name, key: kv.key, revision: kv.mod_revision },
		messages: [
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, 0),
			msg(ETCD, API, 'response', `OK revision ${kv.mod_revision}`, 1),
			msg(API, KUBECTL, 'response', `201 Created pod/${pod.metadata.name}`, 2)
		],
		active: [API, ETCD, KUBECTL],
		wrote: [kv.key],
		pipeline: stages
	};
}

export function watchPodAdded(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const deliveries = fanOut(podWatchers(d.state.nodes.map((n) => n.name)), null, pod);
	return {
		nine: 3,
		params: { name: pod.metadata.name },
		messages: watchMessages(deliveries, pod.metadata.name, 0),
		active: [API, ...deliveries.map((x) => x.actor)],
		wrote: []
	};
}

/** The scheduling cycle: filters and scores over the nodes as stored in etcd. */
export function scheduleCycle(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const pods = listPods(d.state);
	const infos = d.state.nodes.map((node) => ({
		node,
		pods: pods.filter((p) => p.spec.nodeName === node.name && p.metadata.name !== pod.metadata.name)
	}));
	const result = schedule(pod, infos, createRng(`${d.state.seed}/schedule/${pod.metadata.name}`));
	d.schedule = result;
	return {
		nine: 4,
		params: {
			name: pod.metadata.name,
			node: result.winner ?? '',
			feasible: result.feasible.length,
			total: d.state.nodes.length
		},
		messages: [],
		active: [SCHED],
		wrote: [],
		schedule: result
	};
}

export function bindPod(d: PodFlowDraft): StepDraft {
	const node = d.schedule!.winner!;
	const name = d.scenario.name;
	return {
		nine: 4,
		params: { name, node },
		messages: [msg(SCHED, API, 'request', `POST pods/${name}/binding → ${node}`, 0)],
		active: [SCHED, API],
		wrote: [],
		schedule: d.schedule
	};
}

export function persistBinding(d: PodFlowDraft): StepDraft {
	const node = d.schedule!.winner!;
	const { kv } = updatePod(d.state, subjectKey(d), (p) => bind(p, node, d.state.clock));
	return {
		nine: 5,
		params: { name: d.scenario.name, node, key: kv.key, revision: kv.mod_revision },
		messages: [
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, 0),
			msg(ETCD, API, 'response', `OK revision ${kv.mod_revision}`, 1),
			msg(API, SCHED, 'response', '201 Created binding', 2)
		],
		active: [API, ETCD, SCHED],
		wrote: [kv.key]
	};
}

export function scheduledEvent(d: PodFlowDraft): StepDraft {
	const node = d.schedule!.winner!;
	const pod = subject(d);
	const message = `Successfully assigned default/${pod.metadata.name} to ${node}`;
	const kv = recordEvent(
		d.state,
		pod,
		{ component: 'default-scheduler', action: 'Binding' },
		'Normal',
		'Scheduled',
		message
	);
	return {
		nine: 5,
		params: { name: pod.metadata.name, node, message },
		messages: [
			msg(SCHED, API, 'event', 'POST events: Scheduled', 0),
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, 1)
		],
		active: [SCHED, API, ETCD],
		wrote: [kv.key]
	};
}

export function watchPodBound(d: PodFlowDraft): StepDraft {
	const revisions = d.state.etcd.log;
	const key = subjectKey(d);
	const writes = revisions.filter((e) => e.kv.key === key);
	const before = JSON.parse(writes[writes.length - 2].kv.value) as PodObject;
	const after = subject(d);
	const deliveries = fanOut(podWatchers(d.state.nodes.map((n) => n.name)), before, after);
	d.state.clock += 1;
	return {
		nine: 6,
		params: {
			name: after.metadata.name,
			node: after.spec.nodeName!,
			others: d.state.nodes.length - 1
		},
		messages: watchMessages(deliveries, after.metadata.name, 0),
		active: [API, ...deliveries.map((x) => x.actor)],
		wrote: []
	};
}

/** A status PATCH from the kubelet: stored, then fanned out to every watcher of the pod. */
function patchStatus(d: PodFlowDraft, change: (p: PodObject) => void, phase0: number) {
	const node = boundNode(d);
	const { before, after, kv } = updatePod(d.state, subjectKey(d), change);
	const deliveries = fanOut(podWatchers(d.state.nodes.map((n) => n.name)), before, after);
	const name = d.scenario.name;
	return {
		kv,
		deliveries,
		messages: [
			msg(kubelet(node), API, 'request', `PATCH pods/${name}/status`, phase0),
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, phase0 + 1),
			msg(ETCD, API, 'response', `OK revision ${kv.mod_revision}`, phase0 + 2),
			...watchMessages(deliveries, name, phase0 + 3)
		]
	};
}

export function kubeletAdmit(d: PodFlowDraft): StepDraft {
	const node = d.state.nodes.find((n) => n.name === boundNode(d))!;
	const { kv, deliveries, messages } = patchStatus(
		d,
		(p) => kubeletAdmitted(p, node.address, d.state.clock),
		0
	);
	return {
		nine: 7,
		params: { name: d.scenario.name, node: node.name, revision: kv.mod_revision },
		messages,
		active: [kubelet(node.name), API, ETCD, ...deliveries.map((x) => x.actor)],
		wrote: [kv.key]
	};
}

export function runSandbox(d: PodFlowDraft): StepDraft {
	const node = d.state.nodes.find((n) => n.name === boundNode(d))!;
	const pod = subject(d);
	const ip = allocatePodIP(d.state, node);
	const id = sandboxId(d.state, pod);
	d.state.clock += 1;
	// The IP is known to the kubelet now; it reaches etcd with the next status write.
	d.state.sandboxes = { ...d.state.sandboxes, [pod.metadata.uid]: { id, ip } };
	return {
		nine: 8,
		params: {
			name: pod.metadata.name,
			node: node.name,
			ip,
			cidr: node.podCIDR,
			sandbox: id.slice(0, 13)
		},
		messages: [
			msg(
				kubelet(node.name),
				runtime(node.name),
				'cri',
				`CRI RunPodSandbox ${pod.metadata.name}`,
				0
			),
			msg(
				runtime(node.name),
				kubelet(node.name),
				'response',
				`sandbox ${id.slice(0, 13)} IP ${ip}`,
				1
			)
		],
		active: [kubelet(node.name), runtime(node.name)],
		wrote: []
	};
}

export function ensurePodImage(d: PodFlowDraft): StepDraft {
	const node = d.state.nodes.find((n) => n.name === boundNode(d))!;
	const pod = subject(d);
	const image = pod.spec.containers[0].image;
	const result = ensureImage(d.state, node, image);
	d.image = result;
	const k = kubelet(node.name);
	const r = runtime(node.name);
	const messages: FlowMessage[] = [msg(k, r, 'cri', `CRI ImageStatus ${image}`, 0)];
	const src = { component: 'kubelet' as const, host: node.name };
	const reasons: string[] = [];
	const wrote: string[] = [];
	// Each event is written at the moment it happens, so the Age column reads true.
	const event = (type: 'Normal' | 'Warning', reason: string, message: string) => {
		reasons.push(reason);
		wrote.push(recordEvent(d.state, pod, src, type, reason, message).key);
	};
	if (result.outcome === 'present') {
		messages.push(msg(r, k, 'response', 'image present', 1));
		event('Normal', 'Pulled', kubeletMessages.present(image));
	} else {
		messages.push(msg(r, k, 'response', 'image not found', 1));
		messages.push(msg(k, r, 'cri', `CRI PullImage ${image}`, 2));
		event('Normal', 'Pulling', kubeletMessages.pulling(image));
		if (result.outcome === 'pulled') {
			messages.push(msg(r, k, 'response', `${result.digest.slice(0, 19)}…`, 3));
			d.state.clock += result.seconds;
			event('Normal', 'Pulled', kubeletMessages.pulled(image, result.seconds, result.size));
		} else {
			messages.push(msg(r, k, 'response', 'rpc error: NotFound', 3));
			d.state.clock += 1;
			event('Warning', 'Failed', kubeletMessages.failedPull(image, result.error));
			event('Warning', 'Failed', kubeletMessages.errImagePull);
		}
	}
	const last = messages.length ? Math.max(...messages.map((m) => m.phase)) : 0;
	messages.push(msg(k, API, 'event', `POST events: ${reasons.join(', ')}`, last + 1));
	return {
		nine: 8,
		params: {
			name: pod.metadata.name,
			node: node.name,
			image,
			outcome: result.outcome,
			size: 'size' in result ? result.size : 0
		},
		messages,
		active: [k, r, API],
		wrote
	};
}

function containerStep(d: PodFlowDraft, call: 'CreateContainer' | 'StartContainer'): StepDraft {
	const node = boundNode(d);
	const pod = subject(d);
	const c = pod.spec.containers[0];
	const id = containerId(d.state, pod, c.name);
	const reason = call === 'CreateContainer' ? 'Created' : 'Started';
	const message =
		call === 'CreateContainer' ? kubeletMessages.created(c.name) : kubeletMessages.started(c.name);
	const kv = recordEvent(
		d.state,
		pod,
		{ component: 'kubelet', host: node },
		'Normal',
		reason,
		message
	);
	return {
		nine: 8,
		params: { name: pod.metadata.name, container: c.name, id: id.slice(0, 13), node },
		messages: [
			msg(kubelet(node), runtime(node), 'cri', `CRI ${call} ${c.name}`, 0),
			msg(
				runtime(node),
				kubelet(node),
				'response',
				call === 'CreateContainer' ? `container ${id.slice(0, 13)}` : 'OK',
				1
			),
			msg(kubelet(node), API, 'event', `POST events: ${reason}`, 2)
		],
		active: [kubelet(node), runtime(node), API],
		wrote: [kv.key]
	};
}

export const createContainer = (d: PodFlowDraft) => containerStep(d, 'CreateContainer');
export const startContainer = (d: PodFlowDraft) => {
	d.state.clock += 0.5;
	return containerStep(d, 'StartContainer');
};

export function reportRunning(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const sandbox = d.state.sandboxes![pod.metadata.uid];
	const image = d.image!;
	const imageID = image.outcome === 'pulled' ? `${image.image}@${image.digest}` : image.image;
	const cid = `containerd://${containerId(d.state, pod, pod.spec.containers[0].name)}`;
	d.state.clock += 1;
	const at = d.state.clock;
	const { kv, deliveries, messages } = patchStatus(
		d,
		(p) => {
			sandboxReady(p, sandbox.ip, at);
			containersRunning(p, [cid], [imageID], at);
		},
		0
	);
	return {
		nine: 9,
		params: {
			name: pod.metadata.name,
			node: pod.spec.nodeName!,
			ip: sandbox.ip,
			revision: kv.mod_revision
		},
		messages,
		active: [kubelet(pod.spec.nodeName!), API, ETCD, ...deliveries.map((x) => x.actor)],
		wrote: [kv.key]
	};
}

export function reportPullError(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const sandbox = d.state.sandboxes![pod.metadata.uid];
	const at = d.state.clock;
	const error = d.image!.outcome === 'failed' ? d.image!.error : '';
	const message = `${kubeletMessages.failedPull(pod.spec.containers[0].image, error)}`;
	const { kv, deliveries, messages } = patchStatus(
		d,
		(p) => {
			sandboxReady(p, sandbox.ip, at);
			imagePullFailed(p, 'ErrImagePull', message);
		},
		0
	);
	return {
		nine: 9,
		params: { name: pod.metadata.name, node: pod.spec.nodeName!, revision: kv.mod_revision },
		messages,
		active: [kubelet(pod.spec.nodeName!), API, ETCD, ...deliveries.map((x) => x.actor)],
		wrote: [kv.key]
	};
}

export function imagePullBackOff(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const image = pod.spec.containers[0].image;
	d.state.clock += 10;
	const src = { component: 'kubelet' as const, host: node };
	const e1 = recordEvent(d.state, pod, src, 'Normal', 'BackOff', kubeletMessages.backOff(image));
	const e2 = recordEvent(d.state, pod, src, 'Warning', 'Failed', kubeletMessages.errBackOff);
	const message = `Back-off pulling image "${image}"`;
	const { kv, deliveries, messages } = patchStatus(
		d,
		(p) => imagePullFailed(p, 'ImagePullBackOff', message),
		1
	);
	return {
		nine: 9,
		params: { name: pod.metadata.name, node, image },
		messages: [msg(kubelet(node), API, 'event', 'POST events: BackOff, Failed', 0), ...messages],
		active: [kubelet(node), API, ETCD, ...deliveries.map((x) => x.actor)],
		wrote: [e1.key, e2.key, kv.key]
	};
}

export function failedScheduling(d: PodFlowDraft): StepDraft {
	const pod = subject(d);
	const fitError = d.schedule!.fitError!;
	const ev = recordEvent(
		d.state,
		pod,
		{ component: 'default-scheduler', action: 'Scheduling' },
		'Warning',
		'FailedScheduling',
		fitError
	);
	const { before, after, kv } = updatePod(d.state, subjectKey(d), (p) =>
		markUnschedulable(p, fitError, d.state.clock)
	);
	const deliveries = fanOut(podWatchers(d.state.nodes.map((n) => n.name)), before, after);
	const name = pod.metadata.name;
	return {
		nine: 4,
		params: { name, message: fitError },
		messages: [
			msg(SCHED, API, 'event', 'POST events: FailedScheduling', 0),
			msg(SCHED, API, 'request', `PATCH pods/${name}/status`, 0),
			msg(API, ETCD, 'request', `txn PUT ${ev.key}`, 1),
			msg(API, ETCD, 'request', `txn PUT ${kv.key}`, 2),
			msg(ETCD, API, 'response', `OK revision ${kv.mod_revision}`, 3),
			...watchMessages(deliveries, name, 4)
		],
		active: [SCHED, API, ETCD, ...deliveries.map((x) => x.actor)],
		wrote: [ev.key, kv.key],
		schedule: d.schedule
	};
}
