/**
 * frame(timeline, t): everything on screen at time t, computed from the recorded steps alone.
 * Play, pause, scrub, step back and deep links all reduce to calling this with another t.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { listPods } from '$lib/sim/apiserver';
import type { PodObject } from '$lib/sim/model';
import { displayStatus } from '$lib/sim/podStatus';
import type { Step, Timeline } from '$lib/flows/types';
import type { ActorView, Frame, MessageView, PodView } from './frameTypes';
import { MESSAGE_MS, schedule as stepSchedule, workMs } from './timing';
import { stepAt } from './playerMachine';

export interface PlayerView {
	index: number;
	step: Step;
	/** cluster as the panels show it: the step's snapshot once its work is done, else the one before */
	state: ClusterState;
	/** true once this step's snapshot is showing (its writes are visible) */
	applied: boolean;
	frame: Frame;
}

export function timeAxis(timeline: Timeline) {
	return stepSchedule(timeline.steps);
}

function fixedActors(nodes: string[]): string[] {
	return [
		'kubectl',
		'kube-apiserver',
		'etcd',
		'kube-scheduler',
		'kube-controller-manager',
		...nodes.flatMap((n) => [`kubelet@${n}`, `kube-proxy@${n}`, `container-runtime@${n}`])
	];
}

const laneCache = new WeakMap<Step, number[]>();

/** Each message's lane among the step's messages between the same two ends (once per step). */
function laneOf(step: Step): number[] {
	let lanes = laneCache.get(step);
	if (!lanes) {
		const seen = new Map<string, number>();
		lanes = step.messages.map((m) => {
			const pair = [m.from, m.to].sort().join('|');
			const lane = seen.get(pair) ?? 0;
			seen.set(pair, lane + 1);
			return lane;
		});
		laneCache.set(step, lanes);
	}
	return lanes;
}

/** kube-proxy's DaemonSet pods: drawn as the kube-proxy actor on every node instead. */
function isKubeProxy(p: PodObject): boolean {
	return p.metadata.namespace === 'kube-system' && p.metadata.labels?.['k8s-app'] === 'kube-proxy';
}

// Snapshots are immutable, so their pod views can be computed once instead of every frame.
const podViewCache = new WeakMap<ClusterState, PodView[]>();

function podViews(state: ClusterState, subject: string): PodView[] {
	let views = podViewCache.get(state);
	if (!views) {
		views = computePodViews(state, subject);
		podViewCache.set(state, views);
	}
	return views;
}

function computePodViews(state: ClusterState, subject: string): PodView[] {
	return (
		listPods(state)
			// kube-proxy is drawn as an actor on every node, not as one more pod box.
			.filter((p) => p.spec.nodeName && !isKubeProxy(p))
			.map((p) => ({
				key: `${p.metadata.namespace}/${p.metadata.name}`,
				node: p.spec.nodeName!,
				phase: p.status.phase,
				status: displayStatus(p),
				...(p.status.podIP ? { ip: p.status.podIP } : {}),
				subject: `${p.metadata.namespace}/${p.metadata.name}` === subject
			}))
	);
}

const nodeNameCache = new WeakMap<ClusterState, string[]>();

function nodeNames(state: ClusterState): string[] {
	let names = nodeNameCache.get(state);
	if (!names) nodeNameCache.set(state, (names = state.nodes.map((n) => n.name)));
	return names;
}

// Actor views depend on the step (who is active, which nodes) and the snapshot shown (kube-proxy
// state): both are immutable, so the views are made once per pair, not every animation frame.
const actorCache = new WeakMap<Step, WeakMap<ClusterState, ActorView[]>>();

function actorViews(step: Step, state: ClusterState): ActorView[] {
	let byState = actorCache.get(step);
	if (!byState) actorCache.set(step, (byState = new WeakMap()));
	let views = byState.get(state);
	if (!views) {
		const active = new Set(step.active);
		views = fixedActors(nodeNames(step.snapshot)).map((id) => {
			const view: ActorView = { id, active: active.has(id) };
			const proxy = id.startsWith('kube-proxy@') ? state.proxies?.[id.slice(11)] : undefined;
			if (proxy) Object.assign(view, { state: proxy.state, pod: proxy.pod });
			return view;
		});
		byState.set(state, views);
	}
	return views;
}

export function frameAt(
	timeline: Timeline,
	starts: number[],
	ends: number[],
	t: number
): PlayerView {
	const index = stepAt(ends, t);
	const step = timeline.steps[index];
	const local = t - starts[index];
	const applied = local >= workMs(step);
	const state = applied
		? step.snapshot
		: index > 0
			? timeline.steps[index - 1].snapshot
			: timeline.initial;
	const lanes = laneOf(step);
	const messages: MessageView[] = [];
	step.messages.forEach((m, i) => {
		const progress = (local - m.phase * MESSAGE_MS) / MESSAGE_MS;
		if (progress < 0) return;
		messages.push({
			id: `s${index}-m${i}`,
			from: m.from,
			to: m.to,
			label: m.label,
			kind: m.kind,
			progress: Math.min(1, progress),
			lane: lanes[i]
		});
	});
	// A node added by the step is drawn from the step's start, so its messages have somewhere to go.
	const nodes = nodeNames(step.snapshot);
	const actors = actorViews(step, state);
	return {
		index,
		step,
		state,
		applied,
		frame: { nodes, actors, messages, pods: podViews(state, timeline.subject) }
	};
}
