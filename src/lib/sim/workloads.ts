/**
 * A Deployment, its ReplicaSet and their pods, and the DaemonSet behind kube-proxy, as the
 * Service flow's cluster holds them. Names follow the controllers: `<deploy>-<pod-template-hash>`
 * for the ReplicaSet and `<replicaset>-<5 random characters>` for each pod.
 */
import type { ClusterState } from './cluster';
import { put, type KeyValue } from './etcd';
import { generatedName, uid } from './ids';
import type { ContainerSpec, PodObject } from './model';
import { admitPod } from './podAdmission';
import { encodePodSpec } from './podCodec';
import { prepareForCreate } from './podStatus';
import { deploymentStatus } from './workloadStatus';
import { CLUSTER_CREATED, EPOCH_MS, timestamp } from './time';
import {
	deploymentKey,
	desiredReplicas,
	replicaSetKey,
	replicaSetName,
	type Workload
} from './workload';

export { deploymentKey, desiredReplicas, replicaSetKey, replicaSetName, type Workload };

/** A small HTTP server that answers on the port it is given (Kubernetes' own e2e test image). */
export const BACKEND_IMAGE = 'registry.k8s.io/e2e-test-images/agnhost:2.53';
export const CLIENT_IMAGE = 'busybox:1.36';

export function backendContainer(w: Workload): ContainerSpec {
	return {
		name: 'agnhost',
		image: BACKEND_IMAGE,
		args: ['netexec', `--http-port=${w.targetPort}`],
		ports: [{ containerPort: w.targetPort, protocol: 'TCP' }],
		requests: { cpu: 100, memory: 64 * 1024 * 1024 }
	};
}

/**
 * A pod template as stored. Its metadata has no creationTimestamp: since v1.34 the zero time is
 * omitted (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go ObjectMeta, `omitzero`),
 * where earlier releases printed `creationTimestamp: null`.
 */
function podTemplate(w: Workload) {
	return {
		metadata: { labels: { app: w.name, 'pod-template-hash': w.hash } },
		spec: encodePodSpec({ containers: [backendContainer(w)] })
	};
}

/** `kubectl create deployment` with the scheme's defaults (pkg/apis/apps/v1/defaults.go SetDefaults_Deployment). */
export function deploymentObject(w: Workload, replicas: number, seed: string) {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {
			name: w.name,
			namespace: 'default',
			uid: uid(seed, `deploy/${w.name}`),
			creationTimestamp: timestamp(CLUSTER_CREATED),
			labels: { app: w.name },
			annotations: { 'deployment.kubernetes.io/revision': '1' },
			generation: 1
		},
		spec: {
			progressDeadlineSeconds: 600,
			replicas,
			revisionHistoryLimit: 10,
			selector: { matchLabels: { app: w.name } },
			strategy: {
				rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
				type: 'RollingUpdate'
			},
			template: {
				metadata: { labels: { app: w.name } },
				spec: podTemplate(w).spec
			}
		},
		status: deploymentStatus(
			{
				replicas,
				fullyLabeledReplicas: replicas,
				readyReplicas: replicas,
				availableReplicas: replicas,
				observedGeneration: 1
			},
			replicas,
			replicaSetName(w),
			1,
			timestamp(CLUSTER_CREATED)
		)
	};
}

/** maxSurge's default, 25 %, rounded up (intstr.GetScaledValueFromIntOrPercent) */
export const maxSurge = (replicas: number) => Math.ceil(replicas * 0.25);

export function replicaSetObject(w: Workload, replicas: number, seed: string) {
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: {
			name: replicaSetName(w),
			namespace: 'default',
			uid: uid(seed, `rs/${replicaSetName(w)}`),
			creationTimestamp: timestamp(CLUSTER_CREATED),
			generation: 1,
			labels: { app: w.name, 'pod-template-hash': w.hash },
			// SetReplicasAnnotations and the revision (pkg/controller/deployment/util/deployment_util.go)
			annotations: {
				'deployment.kubernetes.io/desired-replicas': String(replicas),
				'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge(replicas)),
				'deployment.kubernetes.io/revision': '1'
			},
			ownerReferences: [owner('apps/v1', 'Deployment', w.name, uid(seed, `deploy/${w.name}`))]
		},
		spec: {
			replicas,
			selector: { matchLabels: { app: w.name, 'pod-template-hash': w.hash } },
			template: podTemplate(w)
		},
		status: {
			replicas,
			fullyLabeledReplicas: replicas,
			readyReplicas: replicas,
			availableReplicas: replicas,
			observedGeneration: 1
		}
	};
}

function owner(apiVersion: string, kind: string, name: string, id: string) {
	return { apiVersion, kind, name, uid: id, controller: true, blockOwnerDeletion: true };
}

export function storeDeployment(state: ClusterState, w: Workload, replicas: number): KeyValue {
	return put(
		state.etcd,
		deploymentKey(w.name),
		JSON.stringify(deploymentObject(w, replicas, state.seed))
	);
}

export function storeReplicaSet(state: ClusterState, w: Workload, replicas: number): KeyValue {
	return put(
		state.etcd,
		replicaSetKey(w),
		JSON.stringify(replicaSetObject(w, replicas, state.seed))
	);
}

/** The n-th pod a ReplicaSet ever made: `generateName: <rs>-`. */
export function replicaPodName(seed: string, w: Workload, n: number): string {
	const rs = replicaSetName(w);
	return generatedName(`${rs}-`, seed, `pod/${rs}/${n}`);
}

/**
 * A pod the ReplicaSet controller creates: `generateName: <rs>-`, owned by the ReplicaSet, not
 * yet scheduled. `n` counts the pods it has made so far, so every name is new.
 */
export function replicaPod(state: ClusterState, w: Workload, n: number, at: number): PodObject {
	const rs = replicaSetName(w);
	const name = replicaPodName(state.seed, w, n);
	const pod: PodObject = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name,
			namespace: 'default',
			uid: uid(state.seed, `default/${name}`),
			creationTimestamp: timestamp(at),
			generateName: `${rs}-`,
			labels: { app: w.name, 'pod-template-hash': w.hash },
			ownerReferences: [owner('apps/v1', 'ReplicaSet', rs, uid(state.seed, `rs/${rs}`))]
		},
		spec: {
			containers: [backendContainer(w)],
			schedulerName: 'default-scheduler',
			serviceAccountName: 'default',
			restartPolicy: 'Always'
		},
		status: { phase: 'Pending' }
	};
	admitPod(pod, state.seed);
	prepareForCreate(pod);
	return pod;
}

/** The pods a ReplicaSet owns (what its controller counts), by name. */
export function ownedPods(pods: PodObject[], w: Workload): PodObject[] {
	return pods
		.filter((p) => p.metadata.labels?.['pod-template-hash'] === w.hash)
		.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

/**
 * Which pods a scale-down deletes first (pkg/controller/replicaset getPodsToDelete →
 * ActivePodsWithRanks.Less in pkg/controller/controller_utils.go): unscheduled before scheduled,
 * pending before running, not ready before ready, then pods on a node that holds more of the
 * ReplicaSet's pods. Given `now` (LogarithmicScaleDown, GA since v1.31): of two ready pods the one
 * ready for less time, then more restarts, then the newer, each age compared as the power of two
 * of its nanoseconds, a tie in that bucket decided by uid. Without `now`: the newest, by name.
 */
export function podsToDelete(pods: PodObject[], count: number, now?: number): PodObject[] {
	const perNode = new Map<string, number>();
	for (const p of pods) {
		const n = p.spec.nodeName ?? '';
		perNode.set(n, (perNode.get(n) ?? 0) + 1);
	}
	const readySince = (p: PodObject) =>
		p.status.conditions?.find((c) => c.type === 'Ready' && c.status === 'True')?.lastTransitionTime;
	const rank = (p: PodObject) => [
		p.spec.nodeName ? 1 : 0,
		p.status.phase === 'Running' ? 1 : 0,
		readySince(p) ? 1 : 0,
		-(perNode.get(p.spec.nodeName ?? '') ?? 0)
	];
	const byRank = [...pods].sort((a, b) => {
		const [ra, rb] = [rank(a), rank(b)];
		for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
		if (now === undefined) {
			const newer =
				Date.parse(b.metadata.creationTimestamp) - Date.parse(a.metadata.creationTimestamp);
			return newer || (a.metadata.name < b.metadata.name ? 1 : -1);
		}
		return byAge(a, b, now, readySince) ?? byRestarts(a, b) ?? byAge(a, b, now, created) ?? 0;
	});
	return byRank.slice(0, count);
}

const created = (p: PodObject) => p.metadata.creationTimestamp;
const restarts = (p: PodObject) =>
	Math.max(0, ...(p.status.containerStatuses ?? []).map((c) => c.restartCount));

/** compareMaxContainerRestarts: more restarts first, or null when equal. */
function byRestarts(a: PodObject, b: PodObject): number | null {
	return restarts(a) === restarts(b) ? null : restarts(b) - restarts(a);
}

/**
 * logarithmicRankDiff on the time `at` gives each pod (null when either lacks one or they are
 * equal): the younger bucket first, the uid when both fall in one.
 */
function byAge(
	a: PodObject,
	b: PodObject,
	now: number,
	at: (p: PodObject) => string | undefined
): number | null {
	const [ta, tb] = [at(a), at(b)];
	if (!ta || !tb || ta === tb) return null;
	// the power of two of the age in nanoseconds (a Go Duration); no age at all ranks -1
	const bucket = (t: string) => {
		const ns = (now - (Date.parse(t) - EPOCH_MS) / 1000) * 1e9;
		return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
	};
	const diff = bucket(ta) - bucket(tb);
	if (diff !== 0) return diff;
	return a.metadata.uid < b.metadata.uid ? -1 : 1;
}

/** SlowStartInitialBatchSize (pkg/controller/controller_utils.go): the first batch of creates. */
export const SLOW_START_INITIAL_BATCH = 1;

/**
 * The batches the ReplicaSet controller creates `count` pods in (slowStartBatch in
 * pkg/controller/replicaset/replica_set.go): 1, 2, 4 … each double the last, the last one what is
 * left; a batch with a failure stops the rest (every create succeeds here).
 */
export function slowStartBatches(count: number): number[] {
	const out: number[] = [];
	let remaining = count;
	for (
		let size = Math.min(remaining, SLOW_START_INITIAL_BATCH);
		size > 0;
		size = Math.min(2 * size, remaining)
	) {
		out.push(size);
		remaining -= size;
	}
	return out;
}
