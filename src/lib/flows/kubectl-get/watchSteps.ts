/**
 * `kubectl get pods -w` (kubectl/pkg/cmd/get/get.go watch): the list first, printed, then a watch
 * from the list's resourceVersion, served by the watch cache. Another terminal scales web by one,
 * and every write to the new pod reaches kubectl as a watch event the cache passes on: ADDED,
 * then MODIFIED for the binding, the kubelet's first status and Running. Each event is a row.
 */
import { fanOut, podDeliveries, readPod, updatePod, type Watcher } from '$lib/sim/apiserver';
import type { KeyValue } from '$lib/sim/etcd';
import type { PodObject } from '$lib/sim/model';
import { podKey } from '$lib/sim/podCodec';
import { replicaSetName } from '$lib/sim/workloads';
import { watchFanOut } from '$lib/flows/kit/messages';
import {
	admitOnNode,
	createReplicas,
	runContainers,
	scheduleEach
} from '$lib/flows/kit/podLifecycle';
import {
	resizeMessages,
	resizeReplicaSet,
	scaleDeployment,
	scaleMessages
} from '$lib/flows/kit/scaling';
import type { FlowMessage } from '$lib/flows/types';
import { APP, workload } from './cluster';
import {
	API,
	ETCD,
	actorsOf,
	KCM,
	KUBECTL,
	kgStep,
	kubelet,
	msg,
	runtime,
	write,
	type KubectlGetDraft
} from './draft';
import { KUBECTL_CHUNK, NAMESPACE, consistentList, listPath } from './reads';

export const GET_PODS_WATCH = 'kubectl get pods -w';

/** kubectl's watch: every pod of its namespace, no selector */
const kubectlWatch: Watcher = {
	actor: KUBECTL,
	selector: '',
	matches: (p) => p.metadata.namespace === NAMESPACE
};

/**
 * One pod write as the cache hears it on its etcd watch and passes it on to every watcher whose
 * filter the pod matches (kubectl's, the scheduler's, the controllers', the node's kubelet): two
 * phases from `phase`.
 */
export function podEvent(
	d: KubectlGetDraft,
	before: PodObject | null,
	after: PodObject | null,
	kv: KeyValue,
	phase: number
): FlowMessage[] {
	const name = (after ?? before)!.metadata.name;
	const deliveries = [
		...fanOut([kubectlWatch], before, after),
		...podDeliveries(d.state, before, after)
	];
	return [
		msg(ETCD, API, 'watch', `watch ${after ? 'PUT' : 'DELETE'} ${kv.key}`, phase),
		...watchFanOut(deliveries, `pods/${name}`, phase + 1)
	];
}

/** The list (printed unless --watch-only), then the watch from its resourceVersion. */
export function listThenWatch(d: KubectlGetDraft, stage: 'watch' | 'what-if', line: string) {
	const list = consistentList(d, `GET ${listPath(`limit=${KUBECTL_CHUNK}`)}`, KUBECTL_CHUNK, 0);
	const path = listPath(`resourceVersion=${d.listRv}&watch=true`);
	return kgStep({
		stage,
		params: { rv: d.listRv, behind: list.behind, count: list.page.items.length },
		messages: [
			...list.messages,
			msg(KUBECTL, API, 'request', `GET ${path}`, list.phase),
			msg(API, KUBECTL, 'response', '200 OK: the watch stream stays open', list.phase + 1)
		],
		active: [KUBECTL, API, ETCD],
		wrote: [],
		command: { line }
	});
}

export const watchStarts = (d: KubectlGetDraft) => listThenWatch(d, 'watch', GET_PODS_WATCH);

/** Another terminal scales web by one; the Deployment controller resizes its ReplicaSet. */
export function scaledElsewhere(d: KubectlGetDraft) {
	d.state.clock += 5;
	const to = d.scenario.replicas + 1;
	const kv = scaleDeployment(d.state, APP, to);
	const resized = resizeReplicaSet(d.state, workload(d.scenario), to);
	return kgStep({
		stage: 'watch',
		params: { name: APP, to, rs: resized.rs },
		messages: [...scaleMessages(APP, kv), ...resizeMessages(resized, 4)],
		active: [KUBECTL, API, ETCD, KCM],
		wrote: [kv.key, resized.kv.key, resized.event.key],
		command: {
			line: `kubectl scale deployment ${APP} --replicas=${to}`,
			// scale.go prints the object it scaled, with the operation
			output: `deployment.apps/${APP} scaled`
		}
	});
}

/** The ReplicaSet controller creates the pod: the first event kubectl's watch hears. */
export function podAdded(d: KubectlGetDraft) {
	const w = workload(d.scenario);
	// replicaPod already gives the pod what PrepareForCreate sets
	const { messages, wrote } = createReplicas(d, w, 1, () => {});
	const name = d.created.pop()!;
	d.newPod = name;
	const kv = d.state.etcd.kvs[podKey(NAMESPACE, name)];
	const all = [...messages, ...podEvent(d, null, readPod(d.state, kv.key), kv, 3)];
	return kgStep({
		stage: 'watch',
		params: { name, rs: replicaSetName(w), rv: kv.mod_revision },
		messages: all,
		active: actorsOf(all),
		wrote,
		command: { line: GET_PODS_WATCH }
	});
}

/** A write to the new pod, which the watchers hear as MODIFIED. */
const podModified = (d: KubectlGetDraft, change: (p: PodObject) => void) =>
	updatePod(d.state, podKey(NAMESPACE, d.newPod), change);

/**
 * kube-scheduler binds the new pod (MODIFIED: spec.nodeName set, still Pending), or finds no node
 * with room and marks it Unschedulable (MODIFIED too: the row is printed again).
 */
export function podBound(d: KubectlGetDraft) {
	const key = podKey(NAMESPACE, d.newPod);
	const before = readPod(d.state, key)!;
	const result = scheduleEach(d, [d.newPod]);
	d.starting = [];
	const kv = d.state.etcd.kvs[key];
	const after = readPod(d.state, key)!;
	const node = after.spec.nodeName ?? '';
	// the scheduler heard ADDED with everyone else: its answer is what this step adds
	const own = result.messages.filter((m) => m.kind !== 'watch');
	const first = Math.min(...own.map((m) => m.phase));
	const last = Math.max(...own.map((m) => m.phase)) - first;
	const messages = [
		...own.map((m) => ({ ...m, phase: m.phase - first })),
		...podEvent(d, before, after, kv, last + 1)
	];
	return kgStep({
		stage: 'watch',
		params: { name: d.newPod, node, rv: kv.mod_revision, bound: node ? 1 : 0, why: result.why },
		messages,
		active: actorsOf(messages),
		wrote: result.wrote,
		command: { line: GET_PODS_WATCH }
	});
}

/** The kubelet's first status: admitted, ContainerCreating. */
export function podCreating(d: KubectlGetDraft) {
	d.state.clock += 1;
	const { before, after, kv } = podModified(d, (p) => admitOnNode(d.state, p));
	const node = after.spec.nodeName!;
	const messages = [
		...write(kubelet(node), `PATCH pods/${d.newPod}/status (Pending)`, kv.key, kv.mod_revision, 0),
		...podEvent(d, before, after, kv, 3)
	];
	return kgStep({
		stage: 'watch',
		params: { name: d.newPod, node, rv: kv.mod_revision },
		messages,
		active: actorsOf(messages),
		wrote: [kv.key],
		command: { line: GET_PODS_WATCH }
	});
}

/** Sandbox, image, container: the kubelet reports Running. */
export function podRunning(d: KubectlGetDraft) {
	d.state.clock += 2;
	const { before, after, kv } = podModified(d, (p) => runContainers(d.state, p));
	const node = after.spec.nodeName!;
	const messages = [
		msg(kubelet(node), runtime(node), 'cri', 'RunPodSandbox · CreateContainer · StartContainer', 0),
		...write(kubelet(node), `PATCH pods/${d.newPod}/status (Running)`, kv.key, kv.mod_revision, 1),
		...podEvent(d, before, after, kv, 4)
	];
	return kgStep({
		stage: 'watch',
		params: { name: d.newPod, node, rv: kv.mod_revision, ip: after.status.podIP ?? '' },
		messages,
		active: actorsOf(messages),
		wrote: [kv.key],
		command: { line: GET_PODS_WATCH }
	});
}
