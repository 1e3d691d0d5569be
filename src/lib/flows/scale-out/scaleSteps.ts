/**
 * `kubectl scale` and the controllers behind it: the Deployment controller resizes its
 * ReplicaSet (pkg/controller/deployment/sync.go scaleReplicaSet, with a ScalingReplicaSet event),
 * and the ReplicaSet controller creates pods in slow-start batches or deletes the ones its ranking
 * puts first (pkg/controller/replicaset/replica_set.go manageReplicas), one event per pod.
 */
import { updatePod } from '$lib/sim/apiserver';
import { del } from '$lib/sim/etcd';
import { recordObjectEvent } from '$lib/sim/events';
import { uid } from '$lib/sim/ids';
import { listPods, podKey } from '$lib/sim/podCodec';
import { prepareForCreate } from '$lib/sim/podStatus';
import { timestamp } from '$lib/sim/time';
import { ownedPods, podsToDelete, replicaSetName } from '$lib/sim/workloads';
import type { FlowMessage } from '$lib/flows/types';
import {
	resizeMessages,
	resizeReplicaSet,
	scaleDeployment,
	scaleMessages
} from '$lib/flows/kit/scaling';
import { createReplicas } from '$lib/flows/kit/podLifecycle';
import { APP, withRequest, workload } from './cluster';
import {
	API,
	ETCD,
	KCM,
	KUBECTL,
	kubelet,
	msg,
	persist,
	runtime,
	soStep,
	watchFanOut,
	write,
	type ScaleOutDraft
} from './draft';
import { scaleTarget, startReplicas } from './scenario';

/** how long after the scale-out the Deployment is scaled back */
export const SCALE_DOWN_AFTER_S = 300;

/** The web pods the ReplicaSet counts: not being deleted. */
export const activeReplicas = (d: ScaleOutDraft) =>
	ownedPods(listPods(d.state), workload(d.scenario)).filter((p) => !p.metadata.deletionTimestamp);

const rsRef = (d: ScaleOutDraft) => {
	const rs = replicaSetName(workload(d.scenario));
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		namespace: 'default',
		name: rs,
		uid: uid(d.state.seed, `rs/${rs}`)
	};
};

/** `kubectl scale deployment web --replicas=N`: a PATCH of the scale subresource. */
export function scaleCommand(d: ScaleOutDraft) {
	const from = d.replicas;
	// the scale-down comes once the load has passed
	const start = startReplicas(d.scenario);
	const skipped = from === start ? 0 : SCALE_DOWN_AFTER_S;
	d.state.clock += skipped;
	d.replicas = from === start ? scaleTarget(d.scenario) : start;
	const kv = scaleDeployment(d.state, APP, d.replicas);
	const line = `kubectl scale deployment ${APP} --replicas=${d.replicas}`;
	return soStep({
		stage: d.replicas > from ? 'scale-up' : 'scale-down',
		skipped,
		params: { name: APP, from, to: d.replicas, skipped },
		messages: scaleMessages(APP, kv),
		active: [KUBECTL, API, ETCD, KCM],
		wrote: [kv.key],
		command: { line }
	});
}

/** The Deployment controller sets the ReplicaSet's replicas and its two annotations. */
export function deploymentScales(d: ScaleOutDraft) {
	const resized = resizeReplicaSet(d.state, workload(d.scenario), d.replicas);
	const { rs, from, up, kv, event, maxReplicas } = resized;
	return soStep({
		stage: up ? 'scale-up' : 'scale-down',
		params: {
			name: APP,
			rs,
			from,
			to: d.replicas,
			up: up ? 1 : 0,
			maxReplicas
		},
		messages: resizeMessages(resized),
		active: [KCM, API, ETCD],
		wrote: [kv.key, event.key]
	});
}

/** The ReplicaSet controller creates what is missing, 1, 2, 4 … at a time. */
export function replicaSetCreates(d: ScaleOutDraft) {
	const w = workload(d.scenario);
	const have = activeReplicas(d).length;
	const { messages, wrote, batches } = createReplicas(d, w, d.replicas - have, (pod) => {
		pod.spec.containers = pod.spec.containers.map((c) => withRequest(c, d.scenario.cpu));
		prepareForCreate(pod);
	});
	return soStep({
		stage: 'scale-up',
		params: {
			rs: replicaSetName(w),
			have,
			want: d.replicas,
			count: d.created.length,
			batches: batches.join(', ')
		},
		messages,
		active: [KCM, API, ETCD],
		wrote
	});
}

/**
 * The scale-down: the controller ranks its pods (sim/workloads podsToDelete follows
 * ActivePodsWithRanks)
 * and deletes the first ones, all at once, each with a SuccessfulDelete event.
 */
export function replicaSetDeletes(d: ScaleOutDraft) {
	const active = activeReplicas(d);
	const victims = podsToDelete(active, active.length - d.replicas, d.state.clock);
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	for (const pod of victims) {
		const name = pod.metadata.name;
		const key = podKey('default', name);
		// an unscheduled pod has no kubelet to wait for: the apiserver deletes it at once
		// (pkg/registry/core/pod/strategy.go CheckGracefulDelete gives it grace period 0)
		const bound = Boolean(pod.spec.nodeName);
		if (bound)
			updatePod(d.state, key, (p) => {
				p.metadata.deletionTimestamp = timestamp(d.state.clock + 30);
				p.metadata.deletionGracePeriodSeconds = 30;
			});
		else del(d.state.etcd, key);
		const revision = d.state.etcd.revision;
		const event = recordObjectEvent(
			d.state,
			rsRef(d),
			{ component: 'replicaset-controller' },
			'Normal',
			'SuccessfulDelete',
			`Deleted pod: ${name}`
		);
		messages.push(
			...write(KCM, `DELETE pods/${name}`, key, revision, 0, bound ? 'PUT' : 'DELETE'),
			...persist(event.key, event.mod_revision, 1)
		);
		wrote.push(key, event.key);
		if (bound) d.deleting.push(name);
		d.pending = d.pending.filter((n) => n !== name);
	}
	const where = (p: (typeof victims)[number]) => p.spec.nodeName ?? 'Pending';
	return soStep({
		stage: 'scale-down',
		params: {
			rs: rsRef(d).name,
			count: victims.length,
			pods: victims.map((p) => `${p.metadata.name} (${where(p)})`).join(', '),
			pendingFirst: victims.filter((p) => !p.spec.nodeName).length,
			keep: d.replicas
		},
		messages,
		active: [KCM, API, ETCD],
		wrote
	});
}

/**
 * The kubelets stop the deleted pods' containers (within their 30 s grace period) and confirm
 * each delete.
 */
export function kubeletsStop(d: ScaleOutDraft) {
	d.state.clock += 2;
	const messages: FlowMessage[] = [];
	const wrote: string[] = [];
	const nodes = new Set<string>();
	for (const name of d.deleting) {
		const key = podKey('default', name);
		const node = listPods(d.state).find((p) => p.metadata.name === name)!.spec.nodeName!;
		del(d.state.etcd, key);
		wrote.push(key);
		nodes.add(node);
		messages.push(
			msg(API, kubelet(node), 'watch', `watch MODIFIED pods/${name}`, 0),
			msg(kubelet(node), runtime(node), 'cri', 'StopContainer · StopPodSandbox', 1),
			...write(
				kubelet(node),
				`DELETE pods/${name} (gracePeriodSeconds=0)`,
				key,
				d.state.etcd.revision,
				2,
				'DELETE'
			)
		);
	}
	const count = d.deleting.length;
	d.deleting = [];
	messages.push(...watchFanOut([{ actor: KCM, type: 'DELETED' }], 'pods', 5));
	return soStep({
		stage: 'scale-down',
		params: { count, nodes: [...nodes].join(', '), left: activeReplicas(d).length },
		messages,
		active: [API, ETCD, KCM, ...[...nodes].flatMap((n) => [kubelet(n), runtime(n)])],
		wrote
	});
}
