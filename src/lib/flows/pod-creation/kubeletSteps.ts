/** Course steps 7–9: the kubelet takes the pod on, drives the runtime over CRI, reports status. */
import { readPod } from '$lib/sim/apiserver';
import { eventVerb, recordEvent } from '$lib/sim/events';
import {
	allocatePodIP,
	containerId,
	ensureImage,
	kubeletMessages,
	sandboxId
} from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import {
	containerExited,
	containerRunning,
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
import {
	admission,
	boundNode,
	patchStatus,
	podStep,
	subject,
	subjectKey,
	type ContainerRun,
	type PodFlowDraft
} from './draft';
import type { ContainerScenario } from './containers';
import { shellWord } from './commandWords';
import {
	anyPullFailed,
	containersOf,
	currentRun,
	exitingRuns,
	exitOf,
	failedRuns,
	moreToStart,
	names,
	nextContainer,
	pullFailed,
	runningRuns,
	runs
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
			count: containersOf(d).length
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
	const failedBefore = runs(d).find((r) => pullFailed(r) && r.image.image === image);
	const result = failedBefore?.image ?? ensureImage(node, image);
	d.runs = [...runs(d), { name: container, image: result, backedOff: !!failedBefore }];
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
			...place(d)
		},
		messages,
		active: [k, r, API],
		wrote
	});
}

/** Which container of how many the kubelet is at, and whether another follows (for narration). */
function place(d: PodFlowDraft) {
	return {
		container: currentRun(d).name,
		index: runs(d).length,
		count: containersOf(d).length,
		more: moreToStart(d) ? 1 : 0
	};
}

const ownWords = (c: ContainerScenario) =>
	[...(c.command ?? []), ...(c.args ?? [])].map(shellWord).join(' ');

const kubeletSource = (host: string) => ({ component: 'kubelet' as const, host });

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
			...place(d),
			// the container's own command, as a shell shows it ('' for the image's own)
			runs: ownWords(containersOf(d).find((c) => c.name === name)!)
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
	d.runs = runs(d).map((r, i, all) => (i === all.length - 1 ? { ...r, startedAt: at } : r));
	return containerStep(d, 'StartContainer');
}

/** What PLEG reports of containers that started: their ids, the runtime's image id, the start. */
function started(d: PodFlowDraft, pod: PodObject, rs: ContainerRun[]) {
	return rs.map((r) => ({
		name: r.name,
		containerID: `containerd://${containerId(d.state, pod, r.name)}`,
		imageID: r.image.outcome === 'failed' ? '' : r.image.imageID,
		startedAt: r.startedAt!
	}));
}

/** the sandbox's IP, in the status from `at` on */
function sandboxOf(d: PodFlowDraft, pod: PodObject) {
	return d.state.sandboxes![pod.metadata.uid];
}

/** PLEG saw every container running; the kubelet reports phase Running with the pod IP. */
export function reportRunning(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	d.state.clock += 1;
	const at = d.state.clock;
	const { ip } = sandboxOf(d, pod);
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			sandboxReady(p, ip, at);
			containerRunning(p, started(d, pod, runs(d)), at);
		},
		0
	);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			ip,
			revision: patch.kv.mod_revision,
			count: runs(d).length
		},
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

const pullError = (r: ContainerRun) => (r.image.outcome === 'failed' ? r.image.error : '');
const backOffWaiting = (r: ContainerRun) =>
	`${kubeletMessages.backOff(r.image.image)}: ErrImagePull: ${pullError(r)}`;

/**
 * The failed pulls land in status: those containers wait with ErrImagePull and the bare CRI error;
 * the ones that started run, but a container still waiting to start keeps the phase Pending.
 */
export function reportPullError(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const { ip } = sandboxOf(d, pod);
	const at = d.state.clock;
	const failed = failedRuns(d);
	const ran = runs(d).filter((r) => !pullFailed(r));
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			sandboxReady(p, ip, at);
			if (ran.length) containerRunning(p, started(d, pod, ran), at);
			for (const r of failed)
				if (r.backedOff) imagePullFailed(p, [r.name], 'ImagePullBackOff', backOffWaiting(r), at);
				else imagePullFailed(p, [r.name], 'ErrImagePull', pullError(r), at);
		},
		0
	);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			revision: patch.kv.mod_revision,
			failed: names(failed),
			running: ran.length,
			count: runs(d).length
		},
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/**
 * The pulls that failed, retried inside their back-off: the kubelet does not pull, it records
 * BackOff and Failed for each and the container waits with ImagePullBackOff. Since v1.32 the
 * waiting message carries the error of the pull that failed (the event does not):
 * "<back-off>: <reason>: <error>" (pkg/kubelet/images/image_manager.go EnsureImageExists,
 * prevPullErrMsg; evalCRIPullErr classifies a plain runtime error as ErrImagePull).
 */
function pullBackOff(d: PodFlowDraft, pod: PodObject, node: string) {
	const failed = failedRuns(d);
	const src = kubeletSource(node);
	const event = (r: ContainerRun, type: 'Normal' | 'Warning', reason: string, message: string) =>
		recordEvent(d.state, pod, src, type, reason, message, r.name).key;
	const wrote = failed.flatMap((r) => [
		event(r, 'Normal', 'BackOff', kubeletMessages.backOff(r.image.image)),
		event(r, 'Warning', 'Failed', kubeletMessages.errBackOff)
	]);
	return {
		failed,
		wrote,
		change: (p: PodObject, at: number) => {
			for (const r of failed)
				imagePullFailed(p, [r.name], 'ImagePullBackOff', backOffWaiting(r), at);
		}
	};
}

export function imagePullBackOff(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	d.state.clock += 10;
	const at = d.state.clock;
	const back = pullBackOff(d, pod, node);
	const patch = patchStatus(d, kubelet(node), (p) => back.change(p, at), 1);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			image: back.failed.map((r) => r.image.image).join(', '),
			failed: names(back.failed),
			count: runs(d).length
		},
		messages: [
			msg(kubelet(node), API, 'event', 'POST events: BackOff, Failed', 0),
			...patch.messages
		],
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [...back.wrote, patch.kv.key]
	});
}

/** "0, 1": each value once, in order */
const unique = (values: string[]) => [...new Set(values)].join(', ');

/** How a container's run ended: its image's default command's exit, from when it started. */
function exitFor(d: PodFlowDraft, name: string, startedAt: number) {
	return { ...exitOf(containersOf(d).find((c) => c.name === name)!)!, startedAt };
}

/** The image's default command ends at once (busybox's sh reads EOF): PLEG sees the exit. */
export function containerExit(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const exiting = exitingRuns(d);
	const ran = runs(d).filter((r) => !pullFailed(r));
	// a pull that failed was reported already, with the containers that had started
	const reported = anyPullFailed(d);
	const startedLast = Math.max(...ran.map((r) => r.startedAt!));
	d.state.clock += 1;
	const at = d.state.clock;
	const { ip } = sandboxOf(d, pod);
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			if (!reported) {
				sandboxReady(p, ip, at);
				containerRunning(p, started(d, pod, ran), startedLast);
			}
			// restartPolicy Always: a stopped container keeps the phase Running (kubelet getPhase).
			containerExited(
				p,
				exiting.map((r) => r.name),
				(name) => exitFor(d, name, ran.find((r) => r.name === name)!.startedAt!),
				at
			);
		},
		0
	);
	const codes = exiting.map((r) => exitFor(d, r.name, 0));
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			exitCode: unique(codes.map((c) => String(c.exitCode))),
			reason: unique(codes.map((c) => c.reason)),
			exited: names(exiting),
			exitedCount: exiting.length,
			ready: runningRuns(d).length,
			phase: readPod(d.state, subjectKey(d))!.status.phase,
			count: runs(d).length
		},
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/** The kubelet restarts the containers, they exit again, and the next restart waits: CrashLoopBackOff. */
export function restartBackOff(d: PodFlowDraft) {
	const node = boundNode(d);
	const pod = subject(d);
	const exiting = exitingRuns(d);
	const k = kubelet(node.name);
	const r = runtime(node.name);
	const src = kubeletSource(node.name);
	const wrote: string[] = [];
	// an event the kubelet has written before is counted up with a PATCH, a new one POSTed
	const sent = { POST: [] as string[], PATCH: [] as string[] };
	const event = (
		container: string,
		type: 'Normal' | 'Warning',
		reason: string,
		message: string
	) => {
		const kv = recordEvent(d.state, pod, src, type, reason, message, container);
		wrote.push(kv.key);
		sent[eventVerb(kv)].push(reason);
	};
	d.state.clock += 1;
	for (const { name } of exiting) {
		const image = containersOf(d).find((c) => c.name === name)!.image;
		// Every restart runs EnsureImageExists again: "already present", or a new pull for :latest.
		const again = ensureImage(node, image);
		if (again.outcome === 'pulled') {
			event(name, 'Normal', 'Pulling', kubeletMessages.pulling(image));
			event(name, 'Normal', 'Pulled', kubeletMessages.pulled(image, again.seconds, again.size));
		} else event(name, 'Normal', 'Pulled', kubeletMessages.present(image));
		event(name, 'Normal', 'Created', kubeletMessages.created(name));
		event(name, 'Normal', 'Started', kubeletMessages.started(name));
	}
	const restarted = d.state.clock;
	d.state.clock += 1;
	const podRef = `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
	for (const { name } of exiting)
		event(
			name,
			'Warning',
			'BackOff',
			`Back-off restarting failed container ${name} in pod ${podRef}`
		);
	// the same sync finds a failed pull still in its back-off
	const back = pullBackOff(d, pod, node.name);
	if (back.failed.length) sent.POST.push('BackOff', 'Failed');
	wrote.push(...back.wrote);
	const at = d.state.clock;
	const waiting = (name: string) =>
		`back-off 10s restarting failed container=${name} pod=${podRef}`;
	const exited = exiting.map((x) => x.name);
	const patch = patchStatus(
		d,
		k,
		(p) => {
			containerExited(p, exited, (name) => exitFor(d, name, restarted), at);
			crashLoopBackOff(p, exited, waiting, at);
			back.change(p, at);
		},
		3
	);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node: node.name,
			container: names(exiting),
			// printPod adds every container's restarts up
			restarts: exiting.length,
			counted: sent.PATCH.join(', '),
			failed: names(back.failed),
			count: runs(d).length
		},
		messages: [
			...exited.map((name) => msg(k, r, 'cri', `CRI StartContainer ${name} (restart 1)`, 0)),
			...exited.map((name) =>
				msg(r, k, 'error', `exited, code ${exitFor(d, name, 0).exitCode}`, 1)
			),
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
