/** Course steps 7–9: the kubelet takes the pod on, drives the runtime over CRI, reports status. */
import { recordEvent } from '$lib/sim/events';
import {
	allocatePodIP,
	containerId,
	ensureImage,
	kubeletMessages,
	sandboxId
} from '$lib/sim/kubelet';
import { kubeletAdmitted } from '$lib/sim/containerStatus';
import { defaultPullPolicy } from '$lib/sim/podCodec';
import type { FlowMessage } from '$lib/flows/types';
import { API, ETCD, kubelet, runtime } from '$lib/flows/kit/actors';
import { msg, persist } from '$lib/flows/kit/messages';
import { kubeletRejected } from '$lib/sim/kubeletAdmission';
import { admission, boundNode, patchStatus, podStep, subject, type PodFlowDraft } from './draft';
import type { ContainerScenario } from './containers';
import { shellWord } from './commandWords';
import {
	containerNamed,
	containersOf,
	currentRun,
	failedRuns,
	initContainersOf,
	nextContainer,
	position,
	setRun
} from './containerRuns';

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
			pinned: d.scenario.nodeName !== null ? 1 : 0,
			count: containersOf(d).length,
			inits: initContainersOf(d).length
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
	// the rejection is about the pod, not a container: no fieldPath (kubelet.go rejectPod)
	const ev = recordEvent(
		d.state,
		pod,
		kubeletSource(node.name),
		'Warning',
		why.reason,
		why.message
	);
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

/** EnsureImageExists for the next container: ImageStatus, then PullImage if the policy and node say so. */
export function ensurePodImage(d: PodFlowDraft) {
	const node = boundNode(d);
	const pod = subject(d);
	const { name: container, image } = nextContainer(d);
	// the back-off is the pod's for that image (image_manager.go keys it by pod UID and image):
	// a second container of the same image does not pull again while it lasts
	const failedBefore = failedRuns(d).find((r) => r.image.image === image);
	const result = failedBefore?.image ?? ensureImage(node, image);
	setRun(d, { name: container, image: result, backedOff: !!failedBefore });
	const k = kubelet(node.name);
	const r = runtime(node.name);
	const reasons: string[] = [];
	const wrote: string[] = [];
	// Each event is written at the moment it happens, so the Age column reads true.
	const event = (type: 'Normal' | 'Warning', reason: string, message: string) => {
		reasons.push(reason);
		wrote.push(
			recordEvent(d.state, pod, kubeletSource(node.name), type, reason, message, container).key
		);
	};
	const found = result.outcome === 'present' || (result.outcome === 'pulled' && result.wasPresent);
	const messages: FlowMessage[] = [
		msg(k, r, 'cri', `CRI ImageStatus ${image}`, 0),
		msg(r, k, 'response', found ? 'image present' : 'image not found', 1)
	];
	if (failedBefore) {
		event('Normal', 'BackOff', kubeletMessages.backOff(image));
		event('Warning', 'Failed', kubeletMessages.errBackOff);
	} else if (result.outcome === 'present') {
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
			outcome: failedBefore
				? 'backoff'
				: result.outcome === 'pulled' && result.wasPresent
					? 'repulled'
					: result.outcome,
			policy: defaultPullPolicy(image),
			size: 'size' in result ? result.size : 0,
			...containerPosition(d)
		},
		messages,
		active: [k, r, API],
		wrote
	});
}

/**
 * Which container of how many the kubelet is at, whether another follows and whether it is an
 * init container (for narration).
 */
const containerPosition = (d: PodFlowDraft) => ({ container: currentRun(d).name, ...position(d) });

/**
 * What runs in place of the image's own, for the narration: the container's command, or its args
 * (after the image's entrypoint, if it has one). The flow runs neither: it plays such a container
 * as a process that keeps running, an init container as one that exits with success (see exitOf
 * and initExitOf).
 */
function ownCommand(c: ContainerScenario) {
	return {
		ownCommand: [...(c.command ?? []), ...(c.args ?? [])].map(shellWord).join(' '),
		ownPart: c.command !== null ? 'command' : c.args !== null ? 'args' : ''
	};
}

export const kubeletSource = (host: string) => ({ component: 'kubelet' as const, host });

function containerStep(d: PodFlowDraft, call: 'CreateContainer' | 'StartContainer') {
	const node = boundNode(d).name;
	const pod = subject(d);
	const { name } = currentRun(d);
	const id = containerId(d.state, pod, name);
	const reason = call === 'CreateContainer' ? 'Created' : 'Started';
	const message =
		call === 'CreateContainer' ? kubeletMessages.created(name) : kubeletMessages.started(name);
	const kv = recordEvent(d.state, pod, kubeletSource(node), 'Normal', reason, message, name);
	const k = kubelet(node);
	const r = runtime(node);
	return podStep({
		nine: 8,
		params: {
			name: pod.metadata.name,
			id: id.slice(0, 13),
			node,
			...containerPosition(d),
			...ownCommand(containerNamed(d, name))
		},
		messages: [
			msg(k, r, 'cri', `CRI ${call} ${name}`, 0),
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
	const at = d.state.clock;
	setRun(d, { ...currentRun(d), startedAt: at }, true);
	return containerStep(d, 'StartContainer');
}
