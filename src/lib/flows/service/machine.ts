/**
 * The Service flow as a state machine: one state per step, the what-if actions after it, and one
 * spawned kube-proxy actor per node (kubeProxyMachine) that every watch event and sync is sent
 * to, so that each node's proxy moves through watching → syncing → synced on its own.
 */
import { enqueueActions, setup } from 'xstate';
import type { ClusterState } from '$lib/sim/cluster';
import { kubeProxyPodOn } from '$lib/sim/serviceCluster';
import { recordStep } from '$lib/flows/kit/record';
import { withWorkloadStatus } from '$lib/flows/kit/workloadStatus';
import type { StepsOf } from '$lib/flows/types';
import * as cp from './controlPlaneSteps';
import {
	workload,
	type ProxyCommand,
	type ServiceFlowDraft,
	type ServiceStepMeta,
	type SkipReason
} from './draft';
import { kubeProxyMachine, type ProxyObjects } from './kubeProxyMachine';
import * as life from './lifecycleSteps';
import * as node from './nodeSteps';
import * as pkt from './packetSteps';
import * as px from './proxySteps';
import * as rs from './replicaSteps';
import type { ServiceScenario } from './scenario';

const stepFns = {
	exposeCommand: cp.exposeCommand,
	servicePipeline: cp.servicePipeline,
	persistService: cp.persistService,
	watchService: cp.watchService,
	syncNoEndpoints: px.syncRules,
	createSlice: cp.createSlice,
	persistSlice: cp.persistSlice,
	watchSlice: cp.watchSlice,
	syncRules: px.syncRules,
	packetOut: pkt.packetOut,
	packetDelivered: pkt.packetDelivered,
	packetReply: pkt.packetReply,
	packetRejected: pkt.packetRejected,
	scaleCommand: rs.scaleCommand,
	deploymentSync: rs.deploymentSync,
	replicaSetSync: rs.replicaSetSync,
	deleteCommand: rs.deleteCommand,
	controllersReact: rs.controllersReact,
	sliceUpdate: rs.sliceUpdate,
	resync: px.resync,
	scheduleNew: life.scheduleNew,
	kubeletsWork: life.kubeletsWork,
	nodeJoins: node.nodeJoins,
	daemonSetPod: node.daemonSetPod,
	bindProxyPod: node.bindProxyPod,
	startProxyPod: node.startProxyPod,
	proxyLists: node.proxyLists,
	syncNode: px.syncRules
};

export type ServiceStepId = keyof typeof stepFns;
/** A recorded Service-flow step: its id narrows its params to what that step's function records. */
export type ServiceStep = StepsOf<typeof stepFns, ServiceStepMeta>;

export interface ServiceFlowContext extends ServiceFlowDraft {
	steps: ServiceStep[];
}
/** every step the flow can record (the narration must cover each) */
export const SERVICE_STEP_IDS = Object.keys(stepFns) as ServiceStepId[];

export const proxyActorId = (node: string) => `kube-proxy@${node}`;

const enter = (id: ServiceStepId) => ({ type: 'record' as const, params: { id } });
/** A step's state: record on entry, then on `flow.next` go to `next` (a target, or guarded ones). */
/** Guards that choose where a step goes next. */
type NextGuard = 'rejected' | 'toSchedule' | 'toDelete' | 'toStartOrStop';
const step = (id: ServiceStepId, next: string | { guard?: NextGuard; target: string }[]) => ({
	entry: enter(id),
	on: { 'flow.next': next }
});

const currentAction = (c: ServiceFlowContext) => c.scenario.actions[c.action];

/** The current action deletes a pod, and that pod is one of the ReplicaSet's active ones. */
function isPresent(c: ServiceFlowContext): boolean {
	const a = currentAction(c);
	return a.kind === 'delete' && rs.activeReplicas(c).some((p) => p.metadata.name === a.pod);
}

export const serviceMachine = setup({
	types: {
		context: {} as ServiceFlowContext,
		input: {} as {
			scenario: ServiceScenario;
			state: ClusterState;
			proxies: { node: string; pod: string; objects: ProxyObjects }[];
		},
		events: {} as { type: 'flow.next' }
	},
	actors: { kubeProxy: kubeProxyMachine },
	actions: {
		record: enqueueActions(({ context, enqueue }, params: { id: ServiceStepId }) => {
			let proxies: ProxyCommand[] = [];
			const next = recordStep(
				context,
				params.id,
				(draft) => {
					const result = stepFns[params.id](draft);
					proxies = result.proxies ?? [];
					return withWorkloadStatus(result.step, draft.state, workload(draft));
				},
				(draft) => (draft.action >= 0 ? { action: draft.action } : {})
			);
			enqueue.assign(next);
			for (const c of proxies) {
				const id = proxyActorId(c.node);
				if (c.spawn) {
					const pod = kubeProxyPodOn(next.state, c.node)?.metadata.name ?? '';
					enqueue.spawnChild('kubeProxy', {
						id,
						systemId: id,
						input: { node: c.node, pod, objects: { services: [], slices: [] } }
					});
				}
				if (c.event) enqueue.sendTo(({ system }) => system.get(id), c.event);
			}
		}),
		nextAction: enqueueActions(({ context, enqueue }) => {
			enqueue.assign({ action: context.action + 1, created: [], starting: [], deleting: [] });
		}),
		skip: enqueueActions(({ context, enqueue }) => {
			const a = currentAction(context);
			const reason: SkipReason =
				a.kind === 'add-node'
					? 'tooManyNodes'
					: a.kind === 'delete' && !isPresent(context)
						? 'noSuchPod'
						: 'noRoom';
			enqueue.assign({ skipped: [...context.skipped, { index: context.action, reason }] });
		})
	},
	guards: {
		rejected: ({ context }) => pkt.packetWasRejected(context),
		done: ({ context }) => context.action >= context.scenario.actions.length,
		// a scale or a delete is played only if every pod it makes finds a node (rs.hasRoom)
		canScale: ({ context }) => currentAction(context).kind === 'scale' && rs.hasRoom(context),
		isPacket: ({ context }) => currentAction(context).kind === 'packet',
		canDelete: ({ context }) => isPresent(context) && rs.hasRoom(context),
		canAddNode: ({ context }) =>
			currentAction(context).kind === 'add-node' && node.canAddNode(context),
		toSchedule: ({ context }) => context.created.length > 0,
		toStartOrStop: ({ context }) => context.starting.length + context.deleting.length > 0,
		toDelete: ({ context }) => context.deleting.length > 0
	}
}).createMachine({
	id: 'service',
	context: ({ input, spawn }) => {
		for (const p of input.proxies) {
			const id = proxyActorId(p.node);
			spawn('kubeProxy', { id, systemId: id, input: p });
		}
		return {
			scenario: input.scenario,
			state: input.state,
			steps: [],
			action: -1,
			podsMade: input.scenario.replicas,
			created: [],
			starting: [],
			deleting: [],
			syncing: [],
			skipped: []
		};
	},
	initial: 'exposeCommand',
	states: {
		exposeCommand: step('exposeCommand', 'servicePipeline'),
		servicePipeline: step('servicePipeline', 'persistService'),
		persistService: step('persistService', 'watchService'),
		watchService: step('watchService', 'syncNoEndpoints'),
		syncNoEndpoints: step('syncNoEndpoints', 'createSlice'),
		createSlice: step('createSlice', 'persistSlice'),
		persistSlice: step('persistSlice', 'watchSlice'),
		watchSlice: step('watchSlice', 'syncRules'),
		syncRules: step('syncRules', 'packetOut'),
		packetOut: {
			entry: enter('packetOut'),
			on: {
				'flow.next': [
					{ guard: 'rejected', target: 'packetRejected' },
					{ target: 'packetDelivered' }
				]
			}
		},
		packetDelivered: step('packetDelivered', 'packetReply'),
		packetReply: step('packetReply', 'nextAction'),
		packetRejected: step('packetRejected', 'nextAction'),
		nextAction: {
			entry: 'nextAction',
			always: [
				{ guard: 'done', target: 'done' },
				{ guard: 'canScale', target: 'scaleCommand' },
				{ guard: 'isPacket', target: 'packetOut' },
				{ guard: 'canDelete', target: 'deleteCommand' },
				{ guard: 'canAddNode', target: 'nodeJoins' },
				{ target: 'nextAction', reenter: true, actions: 'skip' }
			]
		},
		scaleCommand: step('scaleCommand', 'deploymentSync'),
		deploymentSync: step('deploymentSync', 'replicaSetSync'),
		replicaSetSync: step('replicaSetSync', [
			{ guard: 'toSchedule', target: 'scheduleNew' },
			{ guard: 'toDelete', target: 'sliceUpdate' },
			{ target: 'nextAction' }
		]),
		deleteCommand: step('deleteCommand', 'controllersReact'),
		controllersReact: step('controllersReact', 'resync'),
		scheduleNew: step('scheduleNew', 'kubeletsWork'),
		kubeletsWork: step('kubeletsWork', 'sliceUpdate'),
		sliceUpdate: step('sliceUpdate', 'resync'),
		resync: step('resync', [
			{ guard: 'toSchedule', target: 'scheduleNew' },
			{ guard: 'toStartOrStop', target: 'kubeletsWork' },
			{ target: 'nextAction' }
		]),
		nodeJoins: step('nodeJoins', 'daemonSetPod'),
		daemonSetPod: step('daemonSetPod', 'bindProxyPod'),
		bindProxyPod: step('bindProxyPod', 'startProxyPod'),
		startProxyPod: step('startProxyPod', 'proxyLists'),
		proxyLists: step('proxyLists', 'syncNode'),
		syncNode: step('syncNode', 'nextAction'),
		done: { type: 'final' }
	}
});
