/**
 * kube-apiserver: the request pipeline (reference §1: authentication → authorization →
 * mutating admission → validation → validating admission → persist) and the watch fan-out,
 * which decides per watcher whether a change is ADDED, MODIFIED or DELETED for it
 * (cacher/cache_watcher.go: an object that starts matching a watcher's filter is ADDED).
 */
import type { ClusterState } from './cluster';
import { put, type KeyValue } from './etcd';
import type { PodObject } from './model';

export interface PipelineStage {
	stage:
		| 'authentication'
		| 'authorization'
		| 'mutatingAdmission'
		| 'validation'
		| 'validatingAdmission'
		| 'persist';
	/** what this stage decided or changed, in Kubernetes' own terms (not translated) */
	detail: string;
}

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface Watcher {
	/** the actor holding the watch */
	actor: string;
	/** the informer's list/watch filter, as the component sets it */
	selector: string;
	matches: (pod: PodObject) => boolean;
}

export interface Delivery {
	actor: string;
	type: WatchType;
	selector: string;
}

/** The pod watchers of a cluster: scheduler, controller-manager, one kubelet per node. */
export function podWatchers(nodes: string[]): Watcher[] {
	return [
		{
			actor: 'kube-scheduler',
			selector: 'status.phase!=Succeeded,status.phase!=Failed',
			matches: (p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'
		},
		{ actor: 'kube-controller-manager', selector: '', matches: () => true },
		...nodes.map((n) => ({
			actor: `kubelet@${n}`,
			selector: `spec.nodeName=${n}`,
			matches: (p: PodObject) => p.spec.nodeName === n
		}))
	];
}

export function fanOut(
	watchers: Watcher[],
	before: PodObject | null,
	after: PodObject | null
): Delivery[] {
	const out: Delivery[] = [];
	for (const w of watchers) {
		const was = before !== null && w.matches(before);
		const is = after !== null && w.matches(after);
		const type: WatchType | null = was && is ? 'MODIFIED' : is ? 'ADDED' : was ? 'DELETED' : null;
		if (type) out.push({ actor: w.actor, type, selector: w.selector });
	}
	return out;
}

/** The admin user kubeadm writes into admin.conf (group kubeadm:cluster-admins since v1.29). */
export const ADMIN_USER = 'kubernetes-admin';
export const ADMIN_GROUP = 'kubeadm:cluster-admins';

/** Mutating admission as the default plugins change a new pod. */
export function admitPod(pod: PodObject): string[] {
	const changes: string[] = [];
	if (!pod.spec.serviceAccountName) {
		pod.spec.serviceAccountName = 'default';
		changes.push('ServiceAccount: serviceAccountName=default');
	}
	const tolerations = pod.spec.tolerations ?? [];
	for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
		if (!tolerations.some((t) => t.key === key)) {
			tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
			changes.push(`DefaultTolerationSeconds: ${key}:NoExecute for 300s`);
		}
	}
	pod.spec.tolerations = tolerations;
	return changes;
}

/** The full create pipeline for a pod: returns every stage and the stored key. */
export function createPod(
	state: ClusterState,
	pod: PodObject
): { stages: PipelineStage[]; kv: KeyValue } {
	const { namespace, name } = pod.metadata;
	const mutations = admitPod(pod);
	const key = `/registry/pods/${namespace}/${name}`;
	const stored = JSON.parse(JSON.stringify(pod)) as PodObject;
	delete stored.metadata.resourceVersion;
	const kv = put(state.etcd, key, JSON.stringify(stored));
	return {
		kv,
		stages: [
			{
				stage: 'authentication',
				detail: `x509 client certificate: user "${ADMIN_USER}", groups ["${ADMIN_GROUP}", "system:authenticated"]`
			},
			{
				stage: 'authorization',
				detail: `RBAC: allowed create pods in namespace "${namespace}" (ClusterRoleBinding kubeadm:cluster-admins → cluster-admin)`
			},
			{ stage: 'mutatingAdmission', detail: mutations.join('; ') },
			{
				stage: 'validation',
				detail: `pods "${name}": metadata, spec.containers and requests are valid`
			},
			{
				stage: 'validatingAdmission',
				detail: 'PodSecurity (baseline): allowed; ResourceQuota: no quota in namespace'
			},
			{ stage: 'persist', detail: `create ${key} → revision ${kv.mod_revision}` }
		]
	};
}

/** GuaranteedUpdate of a stored pod: read, change, write back with a new revision. */
export function updatePod(
	state: ClusterState,
	key: string,
	change: (pod: PodObject) => void
): { before: PodObject; after: PodObject; kv: KeyValue } {
	const current = state.etcd.kvs[key];
	if (!current) throw new Error(`pod ${key} not found`);
	const before = JSON.parse(current.value) as PodObject;
	const after = JSON.parse(current.value) as PodObject;
	change(after);
	const kv = put(state.etcd, key, JSON.stringify(after));
	return { before, after, kv };
}

/** All pods stored under /registry/pods, with resourceVersion filled in. */
export function listPods(state: ClusterState): PodObject[] {
	return Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith('/registry/pods/'))
		.sort((a, b) => (a.key < b.key ? -1 : 1))
		.map((kv) => {
			const p = JSON.parse(kv.value) as PodObject;
			p.metadata.resourceVersion = String(kv.mod_revision);
			return p;
		});
}
