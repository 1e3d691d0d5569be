/**
 * A Deployment scaled: the PATCH of its scale subresource (spec.replicas, a new generation), and
 * the Deployment controller resizing its ReplicaSet (pkg/controller/deployment/sync.go
 * scaleReplicaSet: spec.replicas, the desired- and max-replicas annotations, and a
 * ScalingReplicaSet event on the Deployment). Every flow that scales goes through these.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { get, put, type KeyValue } from '$lib/sim/etcd';
import { eventVerb, recordObjectEvent } from '$lib/sim/events';
import { uid } from '$lib/sim/ids';
import {
	deploymentKey,
	maxSurge,
	replicaSetKey,
	replicaSetName,
	type Workload
} from '$lib/sim/workloads';
import type { FlowMessage } from '../types';
import { API, KCM, KUBECTL } from './actors';
import { msg, persist, write } from './messages';

/** `kubectl scale deployment NAME --replicas=N`: the stored Deployment with its new spec.replicas. */
export function scaleDeployment(state: ClusterState, name: string, replicas: number): KeyValue {
	const key = deploymentKey(name);
	const deployment = JSON.parse(get(state.etcd, key)!.value);
	deployment.spec.replicas = replicas;
	deployment.metadata.generation = (deployment.metadata.generation ?? 1) + 1;
	return put(state.etcd, key, JSON.stringify(deployment));
}

/** The Deployment controller sets its ReplicaSet's replicas and says so in an event. */
export function resizeReplicaSet(state: ClusterState, w: Workload, replicas: number) {
	const rs = replicaSetName(w);
	const key = replicaSetKey(w);
	const obj = JSON.parse(get(state.etcd, key)!.value);
	const from: number = obj.spec.replicas;
	obj.spec.replicas = replicas;
	obj.metadata.generation = (obj.metadata.generation ?? 1) + 1;
	obj.metadata.annotations = {
		...obj.metadata.annotations,
		'deployment.kubernetes.io/desired-replicas': String(replicas),
		'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge(replicas))
	};
	const kv = put(state.etcd, key, JSON.stringify(obj));
	const up = replicas > from;
	const event = recordObjectEvent(
		state,
		{
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			namespace: 'default',
			name: w.name,
			uid: uid(state.seed, `deploy/${w.name}`)
		},
		{ component: 'deployment-controller' },
		'Normal',
		'ScalingReplicaSet',
		`Scaled ${up ? 'up' : 'down'} replica set ${rs} from ${from} to ${replicas}`
	);
	return { rs, from, up, kv, event, maxReplicas: replicas + maxSurge(replicas) };
}

/** The scale PATCH through the apiserver into etcd, kubectl's answer, the controller's watch: phases 0–3 from `phase`. */
export function scaleMessages(name: string, kv: KeyValue, phase = 0): FlowMessage[] {
	return [
		...write(
			KUBECTL,
			`PATCH /apis/apps/v1/namespaces/default/deployments/${name}/scale`,
			kv.key,
			kv.mod_revision,
			phase
		),
		msg(API, KUBECTL, 'response', '200 OK', phase + 3),
		msg(API, KCM, 'watch', `watch MODIFIED deployments/${name}`, phase + 3)
	];
}

/** resizeReplicaSet's writes as messages: the ReplicaSet PUT, its event, the watch back: phases 0–4 from `phase`. */
export function resizeMessages(r: ReturnType<typeof resizeReplicaSet>, phase = 0): FlowMessage[] {
	return [
		...write(KCM, `PUT replicasets/${r.rs}`, r.kv.key, r.kv.mod_revision, phase),
		msg(KCM, API, 'event', `${eventVerb(r.event)} events: ScalingReplicaSet`, phase + 3),
		...persist(r.event.key, r.event.mod_revision, phase + 4),
		msg(API, KCM, 'watch', `watch MODIFIED replicasets/${r.rs}`, phase + 3)
	];
}
