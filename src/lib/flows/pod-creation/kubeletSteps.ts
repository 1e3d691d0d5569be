/** Course steps 7–9: the kubelet takes the pod on, drives the runtime over CRI, reports status. */
import { eventVerb, recordEvent } from '$lib/sim/events';
import {
	allocatePodIP,
	containerId,
	ensureImage,
	kubeletMessages,
	sandboxId
} from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import { defaultCommandExit, parseImage } from '$lib/sim/registry';
import {
	containerExited,
	containersRunning,
	crashLoopBackOff,
	imagePullFailed,
	kubeletAdmitted,
	sandboxReady
} from '$lib/sim/podStatus';
import { defaultPullPolicy } from '$lib/sim/podCodec';
import type { FlowMessage } from '$lib/flows/types';
import { API, ETCD, kubelet, runtime } from '$lib/flows/kit/actors';
import { msg, persist } from '$lib/flows/kit/messages';
import { kubeletRejected } from '$lib/sim/kubeletAdmission';
import { admission, boundNode, patchStatus, podStep, subject, type PodFlowDraft } from './draft';

export function kubeletAdmit(d: PodFlowDraft) {
	const node = boundNode(d);
	const at = d.state.clock;
	const patch = patchStatus(d, kubelet(node.name), (p) => kubeletAdmitted(p, node.address, at), 0);
	return podStep({
		nine: 7,
		params: {
			name: d.scenario.name,
			node: node.name,
			revision: patch.kv.mod_revision,
			// no scheduler placed it: the kubelet's admission was its only check
			pinned: d.scenario.nodeName !== null ? 1 : 0
		},
		messages: patch.messages,
		active: [kubelet(node.name), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/**
 * The kubelet's admission refuses the pod (a pod given spec.nodeName that does not fit its node):
 * a Warning event with the predicate's reason, and status phase Failed with "Pod was rejected: …".
 * Nothing runs and nothing retries: the pod stays Failed until someone deletes it.
 */
export function kubeletRejects(d: PodFlowDraft) {
	const node = boundNode(d);
	const why = admission(d)!;
	const pod = subject(d);
	const k = kubelet(node.name);
	const src = { component: 'kubelet' as const, host: node.name };
	const ev = recordEvent(d.state, pod, src, 'Warning', why.reason, why.message);
	const patch = patchStatus(d, k, (p) => kubeletRejected(p, why, d.state.clock), 2);
	return podStep({
		nine: 7,
		params: { name: pod.metadata.name, node: node.name, reason: why.reason, message: why.message },
		messages: [
			msg(k, API, 'event', `POST events: ${why.reason}`, 0),
			...persist(ev.key, ev.mod_revision, 1),
			...patch.messages
		],
		active: [k, API, ETCD, ...patch.watchers],
		wrote: [ev.key, patch.kv.key]
	});
}

export function runSandbox(d: PodFlowDraft) {
	const node = boundNode(d);
	const pod = subject(d);
	const ip = allocatePodIP(d.state, node);
	const id = sandboxId(d.state, pod);
	d.state.clock += 1;
	// The IP is known on the node now; it reaches etcd with the kubelet's next status write.
	d.state.sandboxes = { ...d.state.sandboxes, [pod.metadata.uid]: { id, ip } };
	const k = kubelet(node.name);
	const r = runtime(node.name);
	return podStep({
		nine: 8,
		params: {
			name: pod.metadata.name,
			node: node.name,
			ip,
			cidr: node.podCIDR,
			sandbox: id.slice(0, 13)
		},
		messages: [
			msg(k, r, 'cri', `CRI RunPodSandbox ${pod.metadata.name}`, 0),
			msg(r, k, 'response', `sandbox ${id.slice(0, 13)} IP ${ip}`, 1)
		],
		active: [k, r],
		wrote: []
	});
}

/** EnsureImageExists: ImageStatus, then PullImage if the pull policy and the node say so. */
export function ensurePodImage(d: PodFlowDraft) {
	const node = boundNode(d);
	const pod = subject(d);
	const image = pod.spec.containers[0].image;
	const result = ensureImage(node, image);
	d.image = result;
	const k = kubelet(node.name);
	const r = runtime(node.name);
	const reasons: string[] = [];
	const wrote: string[] = [];
	// Each event is written at the moment it happens, so the Age column reads true.
	const event = (type: 'Normal' | 'Warning', reason: string, message: string) => {
		reasons.push(reason);
		const src = { component: 'kubelet' as const, host: node.name };
		wrote.push(recordEvent(d.state, pod, src, type, reason, message).key);
	};
	const found = result.outcome === 'present' || (result.outcome === 'pulled' && result.wasPresent);
	const messages: FlowMessage[] = [
		msg(k, r, 'cri', `CRI ImageStatus ${image}`, 0),
		msg(r, k, 'response', found ? 'image present' : 'image not found', 1)
	];
	if (result.outcome === 'present') {
		event('Normal', 'Pulled', kubeletMessages.present(image));
	} else {
		messages.push(msg(k, r, 'cri', `CRI PullImage ${image}`, 2));
		event('Normal', 'Pulling', kubeletMessages.pulling(image));
		if (result.outcome === 'pulled') {
			messages.push(msg(r, k, 'response', `${result.imageID.split('@')[1].slice(0, 19)}…`, 3));
			d.state.clock += result.seconds;
			event('Normal', 'Pulled', kubeletMessages.pulled(image, result.seconds, result.size));
		} else {
			messages.push(msg(r, k, 'error', `rpc error: code = ${result.code}`, 3));
			d.state.clock += 1;
			event('Warning', 'Failed', kubeletMessages.failedPull(image, result.error));
			event('Warning', 'Failed', kubeletMessages.errImagePull);
		}
	}
	messages.push(
		msg(k, API, 'event', `POST events: ${reasons.join(', ')}`, messages.length === 2 ? 2 : 4)
	);
	return podStep({
		nine: 8,
		params: {
			name: pod.metadata.name,
			node: node.name,
			image,
			outcome: result.outcome === 'pulled' && result.wasPresent ? 'repulled' : result.outcome,
			policy: defaultPullPolicy(image),
			size: 'size' in result ? result.size : 0
		},
		messages,
		active: [k, r, API],
		wrote
	});
}

function containerStep(d: PodFlowDraft, call: 'CreateContainer' | 'StartContainer') {
	const node = boundNode(d).name;
	const pod = subject(d);
	const c = pod.spec.containers[0];
	const id = containerId(d.state, pod, c.name);
	const reason = call === 'CreateContainer' ? 'Created' : 'Started';
	const message =
		call === 'CreateContainer' ? kubeletMessages.created(c.name) : kubeletMessages.started(c.name);
	const src = { component: 'kubelet' as const, host: node };
	const kv = recordEvent(d.state, pod, src, 'Normal', reason, message);
	const k = kubelet(node);
	const r = runtime(node);
	return podStep({
		nine: 8,
		params: { name: pod.metadata.name, container: c.name, id: id.slice(0, 13), node },
		messages: [
			msg(k, r, 'cri', `CRI ${call} ${c.name}`, 0),
			msg(r, k, 'response', call === 'CreateContainer' ? `container ${id.slice(0, 13)}` : 'OK', 1),
			msg(k, API, 'event', `POST events: ${reason}`, 2)
		],
		active: [k, r, API],
		wrote: [kv.key]
	});
}

export const createContainer = (d: PodFlowDraft) => containerStep(d, 'CreateContainer');

export function startContainer(d: PodFlowDraft) {
	d.state.clock += 0.5;
	d.startedAt = d.state.clock;
	return containerStep(d, 'StartContainer');
}

/**
 * The status change for a container that ran: the sandbox's IP (ready as of `sandboxAt`), the
 * container id and the runtime's image id, started at `started`, its conditions as of `at`.
 */
function ranChange(d: PodFlowDraft, pod: PodObject, started: number, at: number, sandboxAt = at) {
	const sandbox = d.state.sandboxes![pod.metadata.uid];
	const imageID = d.image && d.image.outcome !== 'failed' ? d.image.imageID : '';
	const cid = `containerd://${containerId(d.state, pod, pod.spec.containers[0].name)}`;
	return {
		ip: sandbox.ip,
		change: (p: PodObject) => {
			sandboxReady(p, sandbox.ip, sandboxAt);
			containersRunning(p, [cid], [imageID], started, at);
		}
	};
}

/** PLEG saw the container running; the kubelet reports phase Running with the pod IP. */
export function reportRunning(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	d.state.clock += 1;
	const at = d.state.clock;
	const ran = ranChange(d, pod, d.startedAt ?? at, at);
	const patch = patchStatus(d, kubelet(node), ran.change, 0);
	return podStep({
		nine: 9,
		params: { name: pod.metadata.name, node, ip: ran.ip, revision: patch.kv.mod_revision },
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/** The failed pull lands in status: the container waits with ErrImagePull and the bare CRI error. */
export function reportPullError(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const sandbox = d.state.sandboxes![pod.metadata.uid];
	const at = d.state.clock;
	const error = d.image!.outcome === 'failed' ? d.image!.error : '';
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			sandboxReady(p, sandbox.ip, at);
			imagePullFailed(p, 'ErrImagePull', error);
		},
		0
	);
	return podStep({
		nine: 9,
		params: { name: pod.metadata.name, node, revision: patch.kv.mod_revision },
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

export function imagePullBackOff(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const image = pod.spec.containers[0].image;
	d.state.clock += 10;
	const src = { component: 'kubelet' as const, host: node };
	const e1 = recordEvent(d.state, pod, src, 'Normal', 'BackOff', kubeletMessages.backOff(image));
	const e2 = recordEvent(d.state, pod, src, 'Warning', 'Failed', kubeletMessages.errBackOff);
	// Since v1.32 the waiting message carries the error of the pull that failed (the event does
	// not): "<back-off>: <reason>: <error>" (pkg/kubelet/images/image_manager.go EnsureImageExists,
	// prevPullErrMsg; evalCRIPullErr classifies a plain runtime error as ErrImagePull).
	const error = d.image!.outcome === 'failed' ? d.image!.error : '';
	const waiting = `${kubeletMessages.backOff(image)}: ErrImagePull: ${error}`;
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => imagePullFailed(p, 'ImagePullBackOff', waiting),
		1
	);
	return podStep({
		nine: 9,
		params: { name: pod.metadata.name, node, image },
		messages: [
			msg(kubelet(node), API, 'event', 'POST events: BackOff, Failed', 0),
			...patch.messages
		],
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [e1.key, e2.key, patch.kv.key]
	});
}

/** The image's default command ends at once (busybox's sh reads EOF): PLEG sees the exit. */
export function containerExit(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const exit = defaultCommandExit(parseImage(pod.spec.containers[0].image)!)!;
	const started = d.startedAt ?? d.state.clock;
	d.state.clock += 1;
	const at = d.state.clock;
	const ran = ranChange(d, pod, started, started, at);
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			ran.change(p);
			// restartPolicy Always: a stopped container keeps the phase Running (kubelet getPhase).
			containerExited(p, exit, started, at);
		},
		0
	);
	return podStep({
		nine: 9,
		params: { name: pod.metadata.name, node, exitCode: exit.exitCode, reason: exit.reason },
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/** The kubelet restarts the container, it exits again, and the next restart waits: CrashLoopBackOff. */
export function restartBackOff(d: PodFlowDraft) {
	const node = boundNode(d);
	const pod = subject(d);
	const c = pod.spec.containers[0];
	const exit = defaultCommandExit(parseImage(c.image)!)!;
	const k = kubelet(node.name);
	const r = runtime(node.name);
	const src = { component: 'kubelet' as const, host: node.name };
	const wrote: string[] = [];
	// an event the kubelet has written before is counted up with a PATCH, a new one POSTed
	const sent = { POST: [] as string[], PATCH: [] as string[] };
	const event = (type: 'Normal' | 'Warning', reason: string, message: string) => {
		const kv = recordEvent(d.state, pod, src, type, reason, message);
		wrote.push(kv.key);
		sent[eventVerb(kv)].push(reason);
	};
	d.state.clock += 1;
	// Every restart runs EnsureImageExists again: "already present", or a new pull for :latest.
	const image = ensureImage(node, c.image);
	if (image.outcome === 'pulled') {
		event('Normal', 'Pulling', kubeletMessages.pulling(c.image));
		event('Normal', 'Pulled', kubeletMessages.pulled(c.image, image.seconds, image.size));
	} else event('Normal', 'Pulled', kubeletMessages.present(c.image));
	event('Normal', 'Created', kubeletMessages.created(c.name));
	event('Normal', 'Started', kubeletMessages.started(c.name));
	const started = d.state.clock;
	d.state.clock += 1;
	const podRef = `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
	event('Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podRef}`);
	const at = d.state.clock;
	const waiting = `back-off 10s restarting failed container=${c.name} pod=${podRef}`;
	const patch = patchStatus(
		d,
		k,
		(p) => {
			containerExited(p, exit, started, at);
			crashLoopBackOff(p, waiting);
		},
		3
	);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node: node.name,
			container: c.name,
			counted: sent.PATCH.join(', ')
		},
		messages: [
			msg(k, r, 'cri', `CRI StartContainer ${c.name} (restart 1)`, 0),
			msg(r, k, 'error', `exited, code ${exit.exitCode}`, 1),
			msg(k, API, 'event', eventRequests(sent), 2),
			...patch.messages
		],
		active: [k, r, API, ETCD, ...patch.watchers],
		wrote: [...wrote, patch.kv.key]
	});
}

/**
 * The requests a kubelet's events made, short enough for an arrow: "POST events: BackOff · PATCH 2
 * events" (the events counted up are named in the describe panel).
 */
function eventRequests(sent: Record<'POST' | 'PATCH', string[]>): string {
	const post = sent.POST.length ? [`POST events: ${sent.POST.join(', ')}`] : [];
	const n = sent.PATCH.length;
	const patch = n ? [`PATCH ${n} event${n === 1 ? '' : 's'}`] : [];
	return [...post, ...patch].join(' · ');
}

/** Whether the pod's image runs a default command that ends at once (see registry). */
export function exitsAtOnce(d: PodFlowDraft): boolean {
	const ref = parseImage(d.scenario.image);
	return ref !== null && defaultCommandExit(ref) !== null;
}
