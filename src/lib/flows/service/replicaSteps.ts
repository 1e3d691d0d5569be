/**
 * What-ifs that change the Service's endpoints: `kubectl scale` and `kubectl delete pod`. The
 * Deployment and ReplicaSet controllers create or delete pods; the scheduler and kubelets start
 * or stop them; the EndpointSlice controller rewrites the slice; every kube-proxy resyncs.
 */
import { readPod, updatePod } from '$lib/sim/apiserver';
import { listPods, podKey, storePod } from '$lib/sim/podCodec';
import { desiredSlice, storeEndpoints, storeSlice } from '$lib/sim/services';
import { timestamp } from '$lib/sim/time';
import {
	ownedPods,
	podsToDelete,
	replicaPod,
	replicaSetName,
	storeDeployment,
	storeReplicaSet
} from '$lib/sim/workloads';
import type { FlowMessage } from '$lib/flows/types';
import { placePods } from '$lib/flows/kit/podLifecycle';
import {
	API,
	ETCD,
	KCM,
	KUBECTL,
	msg,
	service,
	slice,
	workload,
	write,
	type ServiceFlowDraft,
	serviceStep
} from './draft';
import { persist } from '$lib/flows/kit/messages';

/** Pods of the ReplicaSet not being deleted: what its controller counts as active. */
export function activeReplicas(d: ServiceFlowDraft) {
	return ownedPods(listPods(d.state), workload(d)).filter((p) => !p.metadata.deletionTimestamp);
}

/**
 * Whether every pod the current scale or delete creates finds a node, tried on a copy first: one
 * that would stay Pending is not modelled, so such a what-if is skipped and reported instead.
 * (A deleted pod holds its node's room until it is gone, so a full node has none for its
 * replacement.)
 */
export function hasRoom(context: ServiceFlowDraft): boolean {
	const trial: ServiceFlowDraft = {
		...context,
		state: structuredClone(context.state),
		created: [],
		starting: [],
		deleting: []
	};
	const a = trial.scenario.actions[trial.action];
	if (a.kind === 'scale') [scaleCommand, deploymentSync, replicaSetSync].forEach((f) => f(trial));
	if (a.kind === 'delete') [deleteCommand, controllersReact].forEach((f) => f(trial));
	const keys = trial.created.map((n) => podKey('default', n));
	return placePods(trial, keys).unplaced === null;
}

export function scaleCommand(d: ServiceFlowDraft) {
	const a = d.scenario.actions[d.action];
	if (a.kind !== 'scale') throw new Error('scaleCommand needs a scale action');
	const name = d.scenario.name;
	const from = activeReplicas(d).length;
	const kv = storeDeployment(d.state, workload(d), a.replicas);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { name, from, to: a.replicas },
			messages: [
				...write(
					KUBECTL,
					`PATCH /apis/apps/v1/namespaces/default/deployments/${name}/scale`,
					kv.key,
					kv.mod_revision,
					0
				),
				msg(API, KUBECTL, 'response', `200 OK deployment.apps/${name} scaled`, 3)
			],
			active: [KUBECTL, API, ETCD],
			wrote: [kv.key],
			command: { line: `kubectl scale deployment ${name} --replicas=${a.replicas}` }
		}
	});
}

export function deploymentSync(d: ServiceFlowDraft) {
	const w = workload(d);
	const a = d.scenario.actions[d.action];
	const to = a.kind === 'scale' ? a.replicas : 0;
	const from = activeReplicas(d).length;
	const kv = storeReplicaSet(d.state, w, to);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { name: w.name, rs: replicaSetName(w), from, to },
			messages: [
				msg(API, KCM, 'watch', `watch MODIFIED deployments/${w.name}`, 0),
				...write(KCM, `PUT replicasets/${replicaSetName(w)}`, kv.key, kv.mod_revision, 1)
			],
			active: [API, KCM, ETCD],
			wrote: [kv.key]
		}
	});
}

/** Marks a pod deleted: the apiserver sets deletionTimestamp and the grace period (30s). */
function markDeleted(d: ServiceFlowDraft, name: string) {
	return updatePod(d.state, podKey('default', name), (p) => {
		p.metadata.deletionTimestamp = timestamp(d.state.clock + 30);
		p.metadata.deletionGracePeriodSeconds = 30;
	});
}

function createReplicas(d: ServiceFlowDraft, count: number, phase: number): FlowMessage[] {
	const out: FlowMessage[] = [];
	const w = workload(d);
	for (let i = 0; i < count; i++) {
		const pod = replicaPod(d.state, w, d.podsMade++, d.state.clock);
		const kv = storePod(d.state.etcd, pod);
		d.created.push(pod.metadata.name);
		out.push(
			...write(
				KCM,
				`POST pods (generateName ${replicaSetName(w)}-)`,
				kv.key,
				kv.mod_revision,
				phase
			)
		);
	}
	return out;
}

export function replicaSetSync(d: ServiceFlowDraft) {
	const w = workload(d);
	const a = d.scenario.actions[d.action];
	const want = a.kind === 'scale' ? a.replicas : 0;
	const active = activeReplicas(d);
	const messages: FlowMessage[] = [
		msg(API, KCM, 'watch', `watch MODIFIED replicasets/${replicaSetName(w)}`, 0)
	];
	const wrote: string[] = [];
	if (want > active.length) messages.push(...createReplicas(d, want - active.length, 1));
	for (const pod of podsToDelete(active, Math.max(0, active.length - want))) {
		const { kv } = markDeleted(d, pod.metadata.name);
		d.deleting.push(pod.metadata.name);
		wrote.push(kv.key);
		messages.push(...write(KCM, `DELETE pods/${pod.metadata.name}`, kv.key, kv.mod_revision, 1));
	}
	wrote.push(...d.created.map((n) => podKey('default', n)));
	return serviceStep({
		step: {
			stage: 'what-if',
			params: {
				rs: replicaSetName(w),
				have: active.length,
				want,
				created: d.created.join(', '),
				deleted: d.deleting.join(', '),
				change: want > active.length ? 'up' : want < active.length ? 'down' : 'none'
			},
			messages,
			active: [API, KCM, ETCD],
			wrote
		}
	});
}

export function deleteCommand(d: ServiceFlowDraft) {
	const a = d.scenario.actions[d.action];
	if (a.kind !== 'delete') throw new Error('deleteCommand needs a delete action');
	const { kv } = markDeleted(d, a.pod);
	d.deleting.push(a.pod);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { pod: a.pod, name: d.scenario.name },
			messages: [
				...write(
					KUBECTL,
					`DELETE /api/v1/namespaces/default/pods/${a.pod}`,
					kv.key,
					kv.mod_revision,
					0
				),
				msg(API, KUBECTL, 'response', `200 OK pod "${a.pod}" deleted`, 3)
			],
			active: [KUBECTL, API, ETCD],
			wrote: [kv.key],
			command: { line: `kubectl delete pod ${a.pod}` }
		}
	});
}

/** A deleted pod's MODIFIED reaches both controllers: a replacement, and a slice update. */
export function controllersReact(d: ServiceFlowDraft) {
	const gone = d.deleting[0];
	const pod = readPod(d.state, podKey('default', gone))!;
	const messages: FlowMessage[] = [
		msg(API, KCM, 'watch', `watch MODIFIED pods/${gone}`, 0),
		...createReplicas(d, 1, 1)
	];
	const { kv, ep, sliceName } = writeSlice(d);
	messages.push(...write(KCM, `PUT endpointslices/${sliceName}`, kv.key, kv.mod_revision, 1));
	return serviceStep({
		step: {
			stage: 'what-if',
			params: {
				pod: gone,
				node: pod.spec.nodeName ?? '',
				created: d.created.join(', '),
				slice: sliceName
			},
			messages,
			active: [API, KCM, ETCD],
			wrote: [podKey('default', d.created[0]), kv.key, ep.key]
		}
	});
}

function writeSlice(d: ServiceFlowDraft) {
	const svc = service(d)!;
	const current = slice(d)!;
	const want = desiredSlice(d.state.seed, svc, listPods(d.state), current.metadata.name);
	want.metadata.uid = current.metadata.uid;
	want.metadata.creationTimestamp = current.metadata.creationTimestamp;
	const kv = storeSlice(d.state.etcd, want, d.state.clock);
	const ep = storeEndpoints(d.state.etcd, svc, want.endpoints, d.state.clock);
	return { kv, ep, sliceName: want.metadata.name, slice: want };
}

/** The EndpointSlice controller brings the slice in line with the pods as they are now. */
export function sliceUpdate(d: ServiceFlowDraft) {
	const { kv, ep, sliceName, slice: s } = writeSlice(d);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: {
				slice: sliceName,
				ready: s.endpoints.filter((e) => e.conditions.ready).length,
				terminating: s.endpoints.filter((e) => e.conditions.terminating).length,
				// none ready but some still serving: kube-proxy falls back to those (KEP-1669)
				fallback: s.endpoints.some((e) => e.conditions.ready)
					? 0
					: s.endpoints.filter((e) => e.conditions.serving && e.conditions.terminating).length,
				total: s.endpoints.length
			},
			messages: [
				msg(API, KCM, 'watch', `watch MODIFIED pods`, 0),
				...write(KCM, `PUT endpointslices/${sliceName}`, kv.key, kv.mod_revision, 1),
				...persist(ep.key, ep.mod_revision, 2)
			],
			active: [API, KCM, ETCD],
			wrote: [kv.key, ep.key]
		}
	});
}
