/**
 * Model-based tests of the flow machines: generate the paths through each machine, run them, and
 * check that every path reaches a final step with a consistent cluster (testing/invariants.ts
 * says what consistent means), and that together the paths take every transition the machine has.
 */
import { containerScenario } from './pod-creation/containers';
import { getShortestPaths, toDirectedGraph, type DirectedGraphNode } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { assign, setup, type AnyStateMachine } from 'xstate';
import { readPod } from '$lib/sim/apiserver';
import { listPods, podKey } from '$lib/sim/podCodec';
import { workloadOf } from '$lib/sim/serviceCluster';
import { ownedPods } from '$lib/sim/workloads';
import { podCreationMachine, type PodStep } from './pod-creation/machine';
import { defaultPodScenario, type PodScenario } from './pod-creation/scenario';
import {
	defaultServiceScenario,
	SERVICE_MAX_NODES,
	type ServiceAction,
	type ServiceScenario
} from './service/scenario';
import { serviceMachine } from './service/machine';
import { serviceTimeline, type ServiceTimeline } from './service/timeline';
import { serviceViolations, timelineViolations } from './testing/checkTimeline';
import { podCreationCluster, podCreationTimeline } from './pod-creation/timeline';
import type { Timeline } from './types';

/**
 * Every transition of a machine, as "source → target" between its states: the event edges
 * @xstate/graph's directed graph lists, and the eventless (`always`) ones it leaves out.
 */
function machineEdges(machine: AnyStateMachine): Set<string> {
	const edges = new Set<string>();
	const walk = (node: DirectedGraphNode) => {
		for (const e of node.edges) edges.add(`${e.source.key} → ${e.target.key}`);
		for (const t of node.stateNode.always ?? [])
			for (const target of t.target ?? []) edges.add(`${node.stateNode.key} → ${target.key}`);
		node.children.forEach(walk);
	};
	walk(toDirectedGraph(machine));
	return edges;
}

const finalStates = (machine: AnyStateMachine) =>
	Object.values(machine.root.states)
		.filter((s) => s.type === 'final')
		.map((s) => s.key)
		.sort();

describe('pod-creation machine: every path', () => {
	// One scenario per branch the simulation can take; the coverage test below proves together
	// they leave no transition of the machine untaken.
	const branches: [string, Partial<PodScenario>][] = [
		['runs', {}],
		['runs on the only node, with requests', { nodes: 1, cpu: 500, memory: 256 * 2 ** 20 }],
		['finds its image already present', { image: 'nginx:1.26' }],
		['finds its name taken', { name: 'redis-0' }],
		['fits no node', { cpu: 8000 }],
		['cannot pull its image', { image: 'nginx:9.9' }],
		['exits at once, and loops', { image: 'busybox:1.36' }],
		['pulls :latest every time, and loops', { image: 'busybox:latest', nodes: 5 }],
		['runs a second container', { moreContainers: [containerScenario('log', 'redis:7.2')] }],
		[
			'cannot pull its second container',
			{ moreContainers: [containerScenario('log', 'nginx:9.9')] }
		],
		[
			'cannot pull its first container, runs the second',
			{ image: 'nginx:9.9', moreContainers: [containerScenario('log', 'redis:7.2')] }
		],
		[
			'has one container exit and another not pulled',
			{
				moreContainers: [
					containerScenario('shell', 'busybox:1.36'),
					containerScenario('log', 'nginx:9.9')
				]
			}
		],
		[
			'runs two init containers first',
			{
				initContainers: [
					containerScenario('init-a', 'busybox:1.36'),
					containerScenario('init-b', 'busybox:1.36', { command: ['sh', '-c', 'sleep 2'] })
				]
			}
		],
		[
			'has an init container that keeps running',
			{ initContainers: [containerScenario('init', 'nginx:1.27')] }
		],
		[
			'cannot pull its init container',
			{ initContainers: [containerScenario('init', 'nginx:9.9')] }
		],
		[
			'has an init container that fails, and loops',
			{ initContainers: [containerScenario('init', 'postgres:16')] }
		],
		['names its node', { nodeName: 'node-2' }],
		['names a node without room', { nodeName: 'node-1', cpu: 8000 }],
		['names a node the cluster lacks', { nodeName: 'node-7' }],
		[
			'meets a taint on every node but one',
			{
				taints: ['node-1', 'node-3'].map((node) => ({
					node,
					key: 'gpu',
					effect: 'NoSchedule' as const
				}))
			}
		]
	];
	const taken = new Set<string>();

	// The machine's states are its steps and its one event is flow.next; its guards read the
	// scenario. @xstate/graph traverses it from the scenario's input, so each branch scenario
	// yields the paths of the machine as that scenario drives it.
	function traverse(scenario: PodScenario) {
		const initial = podCreationCluster(scenario);
		return getShortestPaths(podCreationMachine, {
			input: { scenario, state: structuredClone(initial) },
			events: [{ type: 'flow.next' }],
			// the context holds every snapshot so far: a state is its step and how many came before
			serializeState: (s) => `${JSON.stringify(s.value)}#${s.context.steps.length}#${s.status}`
		});
	}

	it.each(branches)('%s: reaches a final step with a consistent cluster', (_, change) => {
		const scenario = { ...defaultPodScenario, ...change };
		const paths = traverse(scenario);
		expect(paths.every((p) => p.state.status !== 'error')).toBe(true);
		const ends = paths.filter((p) => p.state.status === 'done');
		// deterministic: one way through, and it ends
		expect(ends).toHaveLength(1);
		const { state: end, steps } = ends[0];
		const ids = end.context.steps.map((s: PodStep) => s.id);
		expect(finalStates(podCreationMachine)).toContain(end.value);
		expect(ids.at(-1)).toBe(end.value);
		// the path's states are the recorded steps, in order
		expect(steps.map((s) => s.state.value)).toEqual(ids);
		steps.forEach((s, i) => {
			if (i > 0) taken.add(`${steps[i - 1].state.value} → ${s.state.value}`);
		});
		const tl: Timeline<PodStep> = {
			flow: 'pod-creation',
			subject: `default/${scenario.name}`,
			steps: end.context.steps,
			initial: podCreationCluster(scenario)
		};
		tl.initial.etcd.log = [];
		expect(timelineViolations(tl)).toEqual([]);
		expect(podOutcome(tl, scenario)).toEqual([]);
		// the traversal and the app's own run of the machine record the same flow
		expect(JSON.stringify(podCreationTimeline(scenario).steps)).toBe(JSON.stringify(tl.steps));
	});

	it('the branches take every transition of the machine and end in each final state', () => {
		expect([...taken].sort()).toEqual([...machineEdges(podCreationMachine)].sort());
	});
});

/** What each ending leaves the pod as, in etcd. */
function podOutcome(tl: Timeline<PodStep>, scenario: PodScenario): string[] {
	const end = tl.steps.at(-1)!;
	const key = podKey('default', scenario.name);
	const pod = readPod(end.snapshot, key);
	// the pod garbage collector deleted a pod whose node does not exist
	if (end.id === 'podGcOrphan')
		return pod || end.snapshot.nodes.some((n) => n.name === scenario.nodeName)
			? [`${end.id}: ${key} left, or its node exists`]
			: [];
	if (!pod) return [`${key} is not stored`];
	const schedule = tl.steps.find((s) => s.schedule)?.schedule;
	const waiting = (c = pod.status.containerStatuses?.[0]) =>
		c && 'waiting' in c.state ? c.state.waiting.reason : undefined;
	const out: string[] = [];
	const check = (ok: boolean, what: string) => (ok ? undefined : out.push(`${end.id}: ${what}`));
	if (end.id === 'alreadyExists') {
		check(end.snapshot.etcd.revision === tl.initial.etcd.revision, 'something was written');
		check(
			end.snapshot.etcd.kvs[key].mod_revision === tl.initial.etcd.kvs[key]?.mod_revision,
			'pod changed'
		);
		return out;
	}
	if (end.id === 'failedScheduling') {
		const cond = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
		check(schedule?.winner == null, 'a node was feasible');
		check(!pod.spec.nodeName && pod.status.phase === 'Pending', 'pod left Pending/unbound');
		check(cond?.status === 'False' && cond.reason === 'Unschedulable', 'no Unschedulable');
		return out;
	}
	if (end.id === 'kubeletRejects') {
		check(!schedule, 'the scheduler looked at a pod that names its node');
		check(
			pod.status.phase === 'Failed' && !!pod.status.message?.startsWith('Pod was rejected: '),
			'not rejected'
		);
		return out;
	}
	// a pod that names its node keeps it; any other is where the scheduler put it
	const node = scenario.nodeName ?? schedule?.winner;
	check(pod.spec.nodeName === node, `bound to ${pod.spec.nodeName}, not ${node}`);
	const inits = pod.status.initContainerStatuses ?? [];
	check(inits.length === (pod.spec.initContainers?.length ?? 0), 'an init container unreported');
	// while an init container has not succeeded, the containers wait with PodInitializing
	const initializing = inits.some((c) => !c.ready);
	const appStatuses = pod.status.containerStatuses ?? [];
	const reasonOf = (c: (typeof appStatuses)[0]) =>
		waiting(c) ?? ('running' in c.state ? 'Running' : '?');
	check(appStatuses.length === pod.spec.containers.length, 'a container without a status');
	if (initializing)
		check(
			appStatuses.every((c) => waiting(c) === 'PodInitializing'),
			'a container started before the init containers succeeded'
		);
	// the statuses the ending is about: the init containers' while they hold the pod
	const statuses = initializing ? inits : appStatuses;
	const reasons = statuses.map(reasonOf);
	if (end.id === 'imagePullBackOff') {
		check(pod.status.phase === 'Pending', 'phase left Pending');
		check(reasons.includes('ImagePullBackOff'), 'not backing off');
		check(
			reasons.every((r) => r === 'ImagePullBackOff' || r === 'Running' || r === '?'),
			`a container neither running nor backing off: ${reasons}`
		);
	}
	if (end.id === 'initRunning')
		check(
			pod.status.phase === 'Pending' && inits.some((c) => 'running' in c.state && !c.ready),
			'no init container running and unready'
		);
	if (end.id === 'reportRunning') {
		const ready = pod.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
		check(pod.status.phase === 'Running' && ready && !!pod.status.podIP, 'not Running+Ready');
		check(
			statuses.every((c) => c.ready && 'running' in c.state),
			'a container not running'
		);
	}
	if (end.id === 'restartBackOff') {
		const looping = statuses.filter((c) => waiting(c) === 'CrashLoopBackOff');
		// a container still waiting for its image keeps the pod Pending (kubelet getPhase)
		const pulling = reasons.includes('ImagePullBackOff');
		check(
			pod.status.phase === (pulling || initializing ? 'Pending' : 'Running'),
			'phase not as getPhase says'
		);
		check(looping.length > 0 && looping.every((c) => c.restartCount === 1), 'not CrashLoopBackOff');
	}
	return out;
}

/*
 * The Service flow cannot be traversed by @xstate/graph directly: part of its state lives in the
 * kube-proxy actors it spawns (one per node) and talks to with sendTo through the actor system,
 * and the timeline reads those actors back after every step. @xstate/graph steps a machine's pure
 * transition function with a mock actor scope, where no child runs and sendTo goes nowhere: no
 * proxy ever writes rules, and every packet is rejected. So the paths are generated one level up,
 * where the choices are: a model of the What-if bar (what a person can do next, given how many
 * replicas and nodes there are), traversed by @xstate/graph, gives action sequences; each one is
 * played through the real machine by serviceTimeline, with its actors.
 */
type WhatIf =
	| { type: 'scale'; to: 'zero' | 'down' | 'same' | 'up' }
	| { type: 'delete'; target: 'a replica' | 'no such pod' }
	| { type: 'add-node' }
	| { type: 'packet' };

interface Model {
	replicas: number;
	nodes: number;
	/** the what-ifs chosen so far */
	path: WhatIf[];
	depth: number;
}

const whatIfModel = setup({
	types: {
		context: {} as Model,
		events: {} as WhatIf,
		input: {} as { replicas: number; nodes: number; depth: number }
	},
	guards: { full: ({ context }) => context.path.length >= context.depth },
	actions: {
		choose: assign(({ context, event }) => ({
			replicas: event.type === 'scale' ? scaled(context.replicas, event.to) : context.replicas,
			nodes: Math.min(SERVICE_MAX_NODES, context.nodes + (event.type === 'add-node' ? 1 : 0)),
			path: [...context.path, event]
		}))
	}
}).createMachine({
	context: ({ input }) => ({ ...input, path: [] }),
	initial: 'choosing',
	states: {
		choosing: {
			always: { guard: 'full', target: 'chosen' },
			on: {
				scale: { actions: 'choose' },
				delete: { actions: 'choose' },
				'add-node': { actions: 'choose' },
				packet: { actions: 'choose' }
			}
		},
		chosen: { type: 'final' }
	}
});

function scaled(replicas: number, to: 'zero' | 'down' | 'same' | 'up'): number {
	return { zero: 0, down: replicas - 1, same: replicas, up: replicas + 1 }[to];
}

/** The what-ifs that make sense in a state of the model. */
function whatIfs(m: Model): WhatIf[] {
	const out: WhatIf[] = [
		{ type: 'scale', to: 'up' },
		{ type: 'scale', to: 'same' },
		{ type: 'add-node' },
		{ type: 'packet' },
		{ type: 'delete', target: 'no such pod' }
	];
	if (m.replicas > 0)
		out.push(
			{ type: 'scale', to: 'zero' },
			{ type: 'scale', to: 'down' },
			{ type: 'delete', target: 'a replica' }
		);
	return out;
}

/**
 * The model's paths: shortest paths to each of its states, where a state is what the flow's
 * branches depend on (replicas none / one / more, whether the cluster is full, how many what-ifs,
 * and the last one). Every different last choice in every situation is one path.
 */
function modelPaths(base: { replicas: number; nodes: number; depth: number }, only?: string[]) {
	return getShortestPaths(whatIfModel, {
		input: base,
		events: (s) => whatIfs(s.context).filter((e) => !only || only.includes(e.type)),
		serializeState: (s) =>
			JSON.stringify([
				Math.min(s.context.replicas, 2),
				s.context.nodes >= SERVICE_MAX_NODES,
				s.context.path.length,
				s.context.path.at(-1) ?? null
			])
	}).map((p) => p.state.context as Model);
}

/** Turns the model's choices into the scenario's actions, naming a pod that exists at that point. */
function toScenario(base: Partial<ServiceScenario>, m: Model): ServiceScenario {
	const scenario: ServiceScenario = { ...defaultServiceScenario, ...base, actions: [] };
	let replicas = scenario.replicas;
	for (const w of m.path) {
		let action: ServiceAction;
		if (w.type === 'scale') {
			replicas = scaled(replicas, w.to);
			action = { kind: 'scale', replicas };
		} else if (w.type === 'delete' && w.target === 'a replica') {
			// which replicas exist depends on what the flow did so far: ask it
			const sofar = serviceTimeline(scenario).steps.at(-1)!.snapshot;
			const pods = ownedPods(listPods(sofar), workloadOf(scenario));
			action = { kind: 'delete', pod: pods[0].metadata.name };
		} else if (w.type === 'delete') action = { kind: 'delete', pod: 'no-such-pod' };
		else action = { kind: w.type };
		scenario.actions.push(action);
	}
	return scenario;
}

/**
 * The transitions of the Service machine a timeline took. Steps record the states they were
 * entered in; the transient `nextAction` state records none, but every action starts from it
 * and the flow ends through it; each skipped action loops on it.
 */
function serviceTransitions(tl: ServiceTimeline): string[] {
	const out: string[] = [];
	tl.steps.forEach((s, i) => {
		const prev = tl.steps[i - 1];
		if (!prev) return;
		if (s.action !== prev.action) out.push(`${prev.id} → nextAction`, `nextAction → ${s.id}`);
		else out.push(`${prev.id} → ${s.id}`);
	});
	out.push(`${tl.steps.at(-1)!.id} → nextAction`, 'nextAction → done');
	if (tl.skipped.length) out.push('nextAction → nextAction');
	return out;
}

describe('Service machine: every path of the What-if model', () => {
	const taken = new Set<string>();
	const bases: [string, Partial<ServiceScenario>, string[]?][] = [
		['3 nodes, 2 replicas', { nodes: 3, replicas: 2 }],
		['1 node, no replica', { nodes: 1, replicas: 0 }],
		// a full cluster is big: only the what-ifs that full changes
		[
			'a cluster one node short of full',
			{ nodes: SERVICE_MAX_NODES - 1, replicas: 1 },
			['add-node']
		]
	];
	const cases = bases.flatMap(([name, base, only]) =>
		modelPaths({ replicas: base.replicas!, nodes: base.nodes!, depth: 2 }, only).map(
			(m) =>
				[
					`${name}: ${m.path.map((w) => Object.values(w).join(' ')).join(', ') || 'no what-if'}`,
					base,
					m
				] as const
		)
	);

	it.each(cases)('%s', (_, base, model) => {
		const scenario = toScenario(base, model);
		const tl = serviceTimeline(scenario);
		expect(serviceViolations(tl, scenario)).toEqual([]);
		serviceTransitions(tl).forEach((t) => taken.add(t));
	});

	it('the paths take every transition of the machine', () => {
		expect([...taken].sort()).toEqual([...machineEdges(serviceMachine)].sort());
	});

	it('the model offers every what-if the bar has', () => {
		const kinds = new Set(cases.flatMap(([, , m]) => m.path.map((w) => JSON.stringify(w))));
		expect(kinds.size).toBe(8);
	});
});
