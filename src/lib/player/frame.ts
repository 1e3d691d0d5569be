/**
 * frame(timeline, t): everything on screen at time t, computed from the recorded steps alone.
 * Play, pause, scrub, step back and deep links all reduce to calling this with another t.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { displayStatus } from '$lib/sim/podStatus';
import type { Step, Timeline } from '$lib/flows/types';
import type { ActorView, Frame, MessageView, NodeReadiness, PodView } from './frameTypes';
import { MESSAGE_MS, schedule as stepSchedule, workMs } from './timing';
import { stepAt } from './playerRules';
import { listStoredPods, type StoredPod } from '$lib/sim/storedPods';
import { readNode, readiness } from '$lib/sim/nodeBasics';

export interface PlayerView {
	index: number;
	step: Step;
	/** cluster as the panels show it: the step's snapshot once its work is done, else the one before */
	state: ClusterState;
	/** true once this step's snapshot is showing (its writes are visible) */
	applied: boolean;
	frame: Frame;
}

/** The cluster before step `index`: the panels show what the step changed against it. */
export const stateBefore = (tl: Timeline, index: number): ClusterState =>
	index > 0 ? tl.steps[index - 1].snapshot : tl.initial;

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

/** kube-proxy's DaemonSet pods: drawn as the kube-proxy actor on every node instead. */
function isKubeProxy(p: StoredPod): boolean {
	return p.metadata.namespace === 'kube-system' && p.metadata.labels?.['k8s-app'] === 'kube-proxy';
}

function podViews(state: ClusterState, subject: string): PodView[] {
	return (
		listStoredPods(state)
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

function actorViews(step: Step, nodes: string[], state: ClusterState): ActorView[] {
	const active = new Set(step.active);
	return fixedActors(nodes).map((id) => {
		const view: ActorView = { id, active: active.has(id) };
		const proxy = id.startsWith('kube-proxy@') ? state.proxies?.[id.slice(11)] : undefined;
		if (proxy) Object.assign(view, { state: proxy.state, pod: proxy.pod });
		return view;
	});
}

/** One side of a step at rest: before its work is done (the cluster of the step before), or after. */
export interface RestView {
	state: ClusterState;
	actors: ActorView[];
	pods: PodView[];
	ready: Record<string, NodeReadiness>;
}

/**
 * What a step shows that no frame of it changes: its nodes, its messages as they are at rest
 * (each with its lane), and the cluster, actors and pods before and after its work. Computed once
 * per step, the first time a frame of it is asked for; every frame of the step reads the same
 * objects, so the diagram can tell a new step from a new frame by identity.
 */
export interface StepRest {
	nodes: string[];
	/** every message of the step, arrived (progress 1) */
	messages: MessageView[];
	before: RestView;
	after: RestView;
}

function restOfStep(timeline: Timeline, index: number): StepRest {
	const step = timeline.steps[index];
	const previous = index > 0 ? timeline.steps[index - 1].snapshot : timeline.initial;
	// A node added by the step is drawn from the step's start, so its messages have somewhere to go.
	const nodes = step.snapshot.nodes.map((n) => n.name);
	const side = (state: ClusterState): RestView => ({
		state,
		actors: actorViews(step, nodes, state),
		pods: podViews(state, timeline.subject),
		// a node joining in this step has no Node object before it: it is drawn as it will be
		ready: Object.fromEntries(
			nodes.flatMap((n) => {
				const node = readNode(state, n);
				return node ? [[n, readiness(node)]] : [];
			})
		)
	});
	const lanes = new Map<string, number>();
	const messages = step.messages.map((m, i): MessageView => {
		// lane: the message's place among the step's messages between the same two ends
		const pair = [m.from, m.to].sort().join('|');
		const lane = lanes.get(pair) ?? 0;
		lanes.set(pair, lane + 1);
		return {
			id: `s${index}-m${i}`,
			from: m.from,
			to: m.to,
			label: m.label,
			kind: m.kind,
			progress: 1,
			lane
		};
	});
	return { nodes, messages, before: side(previous), after: side(step.snapshot) };
}

// The one memo of a timeline's step views: timelines are immutable, so each step's rest is
// computed the first time a frame of it is drawn and kept as long as the timeline is.
const rests = new WeakMap<Timeline, StepRest[]>();

export function stepRest(timeline: Timeline, index: number): StepRest {
	let all = rests.get(timeline);
	if (!all) rests.set(timeline, (all = []));
	return (all[index] ??= restOfStep(timeline, index));
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
	const rest = stepRest(timeline, index);
	const shown = applied ? rest.after : rest.before;
	const messages: MessageView[] = [];
	step.messages.forEach((m, i) => {
		const progress = (local - m.phase * MESSAGE_MS) / MESSAGE_MS;
		if (progress < 0) return;
		messages.push({ ...rest.messages[i], progress: Math.min(1, progress) });
	});
	return {
		index,
		step,
		state: shown.state,
		applied,
		frame: {
			nodes: rest.nodes,
			actors: shown.actors,
			messages,
			pods: shown.pods,
			resting: rest.messages,
			restPods: rest.after.pods,
			ready: shown.ready,
			...(timeline.clock ? { clock: Math.floor(shown.state.clock) } : {}),
			...(step.marks ? { marks: step.marks } : {})
		}
	};
}
