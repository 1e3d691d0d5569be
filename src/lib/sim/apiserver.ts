/**
 * kube-apiserver: the request pipeline (authentication → authorization → decoding with the
 * scheme's defaults → mutating admission → the storage's BeginCreate (a Service's ClusterIP) →
 * validation → validating admission → persist; handlers/create.go and registry/store.go) and the watch fan-out,
 * which decides per watcher whether a change is ADDED, MODIFIED or DELETED for it
 * (cacher/cache_watcher.go: an object that starts matching a watcher's filter is ADDED).
 */
import type { ClusterState } from './cluster';
import type { KeyValue } from './etcd';
import { decodePod, encodePodSpec, podKey, storePod } from './podCodec';
import type { PodObject } from './model';
import { admitPod } from './podAdmission';

export interface PipelineStage {
	stage:
		| 'authentication'
		| 'authorization'
		| 'watchCache'
		| 'table'
		| 'decode'
		| 'mutatingAdmission'
		| 'allocate'
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

/**
 * The first two stages of every request kubectl sends as kubeadm's admin: its client certificate
 * names the user and group, and RBAC allows the verb through the binding kubeadm made.
 */
export function adminAccess(verb: string, resource: string, namespace: string): PipelineStage[] {
	return [
		{
			stage: 'authentication',
			detail: `x509 client certificate: user "${ADMIN_USER}", groups ["${ADMIN_GROUP}", "system:authenticated"]`
		},
		{
			stage: 'authorization',
			detail: `RBAC: allowed ${verb} ${resource} in namespace "${namespace}" (ClusterRoleBinding kubeadm:cluster-admins → cluster-admin)`
		}
	];
}

/** The stages a pod create passes, in order; `outcome` is what persisting it gave. */
export function pipelineStages(
	pod: PodObject,
	mutations: string[],
	outcome: { revision: number } | { conflict: true }
): PipelineStage[] {
	const { namespace, name } = pod.metadata;
	const key = podKey(namespace, name);
	return [
		...adminAccess('create', 'pods', namespace),
		{ stage: 'decode', detail: podDefaults(pod) },
		{ stage: 'mutatingAdmission', detail: mutations.join('; ') },
		{
			stage: 'validation',
			detail: `pods "${name}": metadata, spec.containers and requests are valid`
		},
		{
			stage: 'validatingAdmission',
			detail:
				'PodSecurity (enforce=privileged, the default): allowed; ResourceQuota: no quota in namespace'
		},
		{
			stage: 'persist',
			detail:
				'conflict' in outcome
					? `create ${key} failed: the key exists → 409 AlreadyExists`
					: `create ${key} → revision ${outcome.revision}`
		}
	];
}

/**
 * What decoding the request filled in, before any admission plugin runs: the scheme's defaults
 * (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container) that the stored pod
 * carries.
 */
function podDefaults(pod: PodObject): string {
	const spec = encodePodSpec(pod.spec);
	const pulls = [
		...(spec.initContainers ?? []).map(
			(c) => `initContainers[${c.name}].imagePullPolicy=${c.imagePullPolicy}`
		),
		...spec.containers.map((c) => `containers[${c.name}].imagePullPolicy=${c.imagePullPolicy}`)
	];
	const { restartPolicy, schedulerName, dnsPolicy, terminationGracePeriodSeconds } = spec;
	return `defaults: restartPolicy=${restartPolicy}, schedulerName=${schedulerName}, dnsPolicy=${dnsPolicy}, terminationGracePeriodSeconds=${terminationGracePeriodSeconds}, enableServiceLinks=true, ${pulls.join(', ')}, terminationMessagePath=${spec.containers[0].terminationMessagePath}`;
}

/**
 * The full create pipeline for a pod. Storage creates only if the key is absent (etcd txn with
 * a create_revision == 0 guard), so an existing name ends in AlreadyExists and writes nothing.
 */
export function createPod(state: ClusterState, pod: PodObject): KeyValue | null {
	admitPod(pod, state.seed);
	if (readPod(state, podKey(pod.metadata.namespace, pod.metadata.name))) return null;
	return storePod(state.etcd, pod);
}

/** GuaranteedUpdate of a stored pod: read, change, write back with a new revision. */
export function updatePod(
	state: ClusterState,
	key: string,
	change: (pod: PodObject) => void
): { before: PodObject; after: PodObject; kv: KeyValue } {
	const current = state.etcd.kvs[key];
	if (!current) throw new Error(`pod ${key} not found`);
	const before = decodePod(current);
	const after = decodePod(current);
	change(after);
	const kv = storePod(state.etcd, after);
	return { before, after, kv };
}

export function readPod(state: ClusterState, key: string): PodObject | null {
	const kv = state.etcd.kvs[key];
	return kv ? decodePod(kv) : null;
}

/** The watch events one pod write sends, to every pod watcher of the cluster. */
export function podDeliveries(
	state: ClusterState,
	before: PodObject | null,
	after: PodObject | null
): Delivery[] {
	return fanOut(podWatchers(state.nodes.map((n) => n.name)), before, after);
}
