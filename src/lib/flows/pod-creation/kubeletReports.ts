/** Course step 9: the kubelet reports what its containers did: running, not pulled, exited, looping. */
import { eventVerb, recordEvent } from '$lib/sim/events';
import { containerId, ensureImage, kubeletMessages } from '$lib/sim/kubelet';
import type { PodObject } from '$lib/sim/model';
import {
	containerExited,
	containersRunning,
	crashLoopBackOff,
	imagePullFailed,
	initContainerRunning
} from '$lib/sim/containerStatus';
import { sandboxReady } from '$lib/sim/podStatus';
import { API, ETCD, kubelet, runtime } from '$lib/flows/kit/actors';
import { msg } from '$lib/flows/kit/messages';
import {
	boundNode,
	patchStatus,
	podStep,
	subject,
	type ContainerRun,
	type PodFlowDraft
} from './draft';
import {
	anyPullFailed,
	containerNamed,
	exitingRuns,
	exitOfNamed,
	failedRuns,
	runNamed,
	initRuns,
	position,
	joinNames,
	runningRuns,
	runs,
	startedRuns
} from './containerRuns';
import { kubeletSource } from './kubeletSteps';

/** What PLEG reports of containers that started: their ids, the runtime's image id, the start. */
export function started(d: PodFlowDraft, pod: PodObject, rs: ContainerRun[]) {
	return rs.map((r) => ({
		name: r.name,
		containerID: `containerd://${containerId(d.state, pod, r.name)}`,
		imageID: r.image.outcome === 'failed' ? '' : r.image.imageID,
		startedAt: r.startedAt!
	}));
}

/** the sandbox's IP, in the status from `at` on */
export function sandboxOf(d: PodFlowDraft, pod: PodObject) {
	return d.state.sandboxes![pod.metadata.uid];
}

/**
 * The status change PLEG's relist brings: the sandbox ready with its IP as of `at`, and the
 * containers that started running (their readiness as of `runningAt`).
 */
function sandboxAndStarted(
	d: PodFlowDraft,
	pod: PodObject,
	rs: ContainerRun[],
	at: number,
	runningAt = at
) {
	const { ip } = sandboxOf(d, pod);
	return (p: PodObject) => {
		sandboxReady(p, ip, at);
		if (rs.length) containersRunning(p, started(d, pod, rs), runningAt);
	};
}

/** PLEG saw every container running; the kubelet reports phase Running with the pod IP. */
export function reportRunning(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	d.state.clock += 1;
	const at = d.state.clock;
	const { ip } = sandboxOf(d, pod);
	const patch = patchStatus(d, kubelet(node), sandboxAndStarted(d, pod, runs(d), at), 0);
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
	const at = d.state.clock;
	const failed = failedRuns(d);
	const ran = startedRuns(d);
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			sandboxAndStarted(d, pod, ran, at)(p);
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
			// the ones the pod's back-off for their image held are ImagePullBackOff already
			pullFailed: joinNames(failed.filter((r) => !r.backedOff)),
			pullFailedCount: failed.filter((r) => !r.backedOff).length,
			backedOff: joinNames(failed.filter((r) => r.backedOff)),
			running: ran.length,
			count: runs(d).length,
			init: position(d).init
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
	// a container already held by the back-off wrote these events before: they are counted up
	const sent = { POST: [] as string[], PATCH: [] as string[] };
	const event = (r: ContainerRun, type: 'Normal' | 'Warning', reason: string, message: string) => {
		const kv = recordEvent(d.state, pod, src, type, reason, message, r.name);
		sent[eventVerb(kv)].push(reason);
		return kv.key;
	};
	const wrote = failed.flatMap((r) => [
		event(r, 'Normal', 'BackOff', kubeletMessages.backOff(r.image.image)),
		event(r, 'Warning', 'Failed', kubeletMessages.errBackOff)
	]);
	return {
		failed,
		wrote,
		sent,
		change: (p: PodObject, at: number) => {
			for (const r of failed)
				imagePullFailed(p, [r.name], 'ImagePullBackOff', backOffWaiting(r), at);
		}
	};
}

/**
 * The failed pull's back-off, as the kubelet's syncs meet it: the sync PLEG's relist brings a
 * second later finds the image inside its 10 s back-off and records the events; its status still
 * says ErrImagePull (the reason cache is the last sync's). The pod worker retries a failed sync
 * after 10–15 s (pod_workers.go completeWork, jittered), and that sync's status says
 * ImagePullBackOff; the back-off being up, it pulls again, which the flow leaves out.
 */
export function imagePullBackOff(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	d.state.clock += 1;
	const back = pullBackOff(d, pod, node);
	d.state.clock += 10;
	const at = d.state.clock;
	const patch = patchStatus(d, kubelet(node), (p) => back.change(p, at), 1);
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			image: joinUnique(back.failed.map((r) => r.image.image)),
			failed: joinNames(back.failed),
			failedCount: back.failed.length,
			count: runs(d).length,
			init: position(d).init
		},
		messages: [msg(kubelet(node), API, 'event', eventRequests(back.sent), 0), ...patch.messages],
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [...back.wrote, patch.kv.key]
	});
}

/** "0, 1": each value once, in order */
const joinUnique = (values: string[]) => [...new Set(values)].join(', ');

/** How a container's run ended: its image's default command's exit, from when it started. */
function exitOfRun(d: PodFlowDraft, name: string, startedAt: number) {
	return { ...exitOfNamed(d, name)!, startedAt };
}

/** The image's default command ends at once (busybox's sh reads EOF): PLEG sees the exit. */
export function containerExit(d: PodFlowDraft) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const exiting = exitingRuns(d);
	const ran = startedRuns(d);
	// a pull that failed was reported already, with the containers that had started
	const reported = anyPullFailed(d);
	const startedLast = Math.max(...ran.map((r) => r.startedAt!));
	d.state.clock += 1;
	const at = d.state.clock;
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			if (!reported) sandboxAndStarted(d, pod, ran, at, startedLast)(p);
			// a failing init container ran before it exited: PLEG reports its ids as a running one's
			for (const seen of started(
				d,
				pod,
				exiting.filter((r) => initRuns(d).includes(r))
			))
				initContainerRunning(p, seen, seen.startedAt);
			// restartPolicy Always: a stopped container keeps the phase Running (kubelet getPhase).
			containerExited(
				p,
				exiting.map((r) => r.name),
				(name) => exitOfRun(d, name, runNamed(d, name).startedAt!),
				at
			);
		},
		0
	);
	const codes = exiting.map((r) => exitOfRun(d, r.name, 0));
	return podStep({
		nine: 9,
		params: {
			name: pod.metadata.name,
			node,
			exitCode: joinUnique(codes.map((c) => String(c.exitCode))),
			reason: joinUnique(codes.map((c) => c.reason)),
			exited: joinNames(exiting),
			exitedCount: exiting.length,
			ready: runningRuns(d).length,
			phase: subject(d).status.phase,
			count: runs(d).length,
			init: position(d).init
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
		const image = containerNamed(d, name).image;
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
	sent.POST.push(...back.sent.POST);
	sent.PATCH.push(...back.sent.PATCH);
	wrote.push(...back.wrote);
	const at = d.state.clock;
	const waiting = (name: string) =>
		`back-off 10s restarting failed container=${name} pod=${podRef}`;
	const exited = exiting.map((x) => x.name);
	const patch = patchStatus(
		d,
		k,
		(p) => {
			containerExited(p, exited, (name) => exitOfRun(d, name, restarted), at);
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
			container: joinNames(exiting),
			// printPod adds every container's restarts up
			restarts: exiting.length,
			counted: joinUnique(sent.PATCH),
			failed: joinNames(back.failed),
			failedCount: back.failed.length,
			count: runs(d).length,
			init: position(d).init
		},
		messages: [
			...exited.map((name) => msg(k, r, 'cri', `CRI StartContainer ${name} (restart 1)`, 0)),
			...exited.map((name) =>
				msg(r, k, 'error', `exited, code ${exitOfRun(d, name, 0).exitCode}`, 1)
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
	const post = sent.POST.length ? [`POST events: ${joinUnique(sent.POST)}`] : [];
	const n = sent.PATCH.length;
	const patch = n ? [`PATCH ${n} event${n === 1 ? '' : 's'}`] : [];
	return [...post, ...patch].join(' · ');
}
