/**
 * Every invariant of one flow's timeline at once, for the model-based and property tests: each
 * snapshot consistent, each step's writes accounted for by etcd's revision, every pod bound at
 * most once, and for the Service flow the slice and every node's rules after each sync and at the
 * end. Test support only.
 */
import { kubeProxyPodOn, workloadOf } from '$lib/sim/serviceCluster';
import { replicaSetStatus } from '$lib/sim/workloadStatus';
import { replicaSetKey, type Workload } from '$lib/sim/workloads';
import { desiredReplicas, ownedPods } from '$lib/sim/workloads';
import type { ServiceScenario } from '$lib/flows/service/scenario';
import type { ServiceTimeline } from '$lib/flows/service/timeline';
import type { KubectlGetScenario } from '$lib/flows/kubectl-get/scenario';
import type { KubectlGetTimeline } from '$lib/flows/kubectl-get/timeline';
import type { Timeline } from '$lib/flows/types';
import {
	bindingViolations,
	clusterViolations,
	proxyViolations,
	revisionViolations,
	sliceViolations,
	states
} from './invariants';
import { listPods } from '$lib/sim/podCodec';
import type { ClusterState } from '$lib/sim/cluster';
import { nodeReady } from '$lib/sim/nodeLifecycle';
import { TAINT_OUT_OF_SERVICE } from '$lib/sim/nodeChanges';
import { timestamp } from '$lib/sim/time';
import { podRequests, toleratesTaint } from '$lib/sim/scheduler';
import { startReplicas, type ScaleOutScenario } from '$lib/flows/scale-out/scenario';
import { actionIndex, endingOf, type NodeFailureScenario } from '$lib/flows/node-failure/scenario';
import type { NodeFailureTimeline } from '$lib/flows/node-failure/timeline';
import { STATEFUL_POD, webTolerationSeconds } from '$lib/flows/node-failure/twists';

const at = (i: number, id: string, list: string[]) => list.map((v) => `step ${i + 1} ${id}: ${v}`);

/** Invariants every flow's timeline keeps, whatever the flow. */
export function timelineViolations(tl: Timeline): string[] {
	const all = states(tl);
	return [
		...clusterViolations(tl.initial).map((v) => `initial: ${v}`),
		...tl.steps.flatMap((s, i) => [
			...at(i, s.id, clusterViolations(s.snapshot)),
			...at(i, s.id, revisionViolations(all[i], s))
		]),
		...bindingViolations(tl)
	];
}

/** Steps after which every kube-proxy has synced. */
const SYNCS = new Set(['syncNoEndpoints', 'syncRules', 'resync', 'syncNode']);
/** Steps that write the Service's EndpointSlice from the pods as they are. */
const SLICE_WRITES = new Set(['persistSlice', 'controllersReact', 'sliceUpdate']);

/**
 * The Service flow's own: rules after each sync, the slice after each write, and at the end a
 * settled cluster: every action played or skipped, the Deployment's replicas all Running and
 * Ready with nothing left terminating, a kube-proxy pod and a synced proxy on every node.
 */
export function serviceViolations(tl: ServiceTimeline, scenario: ServiceScenario): string[] {
	const name = scenario.name;
	const out = [...timelineViolations(tl), ...workloadStatusViolations(tl, workloadOf(scenario))];
	tl.steps.forEach((s, i) => {
		if (SYNCS.has(s.id)) out.push(...at(i, s.id, proxyViolations(s.snapshot, name)));
		if (SLICE_WRITES.has(s.id)) out.push(...at(i, s.id, sliceViolations(s.snapshot, name)));
	});
	const end = tl.steps.at(-1)!.snapshot;
	const fin = (list: string[]) => list.map((v) => `end: ${v}`);
	out.push(...fin(proxyViolations(end, name)), ...fin(sliceViolations(end, name)));
	const played = tl.actionStarts!.map((i) => tl.steps[i].action!);
	const skipped = tl.skipped.map((s) => s.index);
	const accounted = [...played, ...skipped].sort((a, b) => a - b);
	if (accounted.join() !== scenario.actions.map((_, i) => i).join())
		out.push(
			`end: actions played [${played}] and skipped [${skipped}] of ${scenario.actions.length}`
		);
	const w = workloadOf(scenario);
	const replicas = ownedPods(listPods(end), w);
	const want = desiredReplicas(end, w);
	if (replicas.length !== want)
		out.push(`end: ${replicas.length} replicas, Deployment wants ${want}`);
	for (const p of replicas) {
		const ready = p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
		if (p.status.phase !== 'Running' || !ready || p.metadata.deletionTimestamp)
			out.push(`end: ${p.metadata.name} is ${p.status.phase}, ready ${ready}, not settled`);
	}
	for (const n of end.nodes) {
		const pod = kubeProxyPodOn(end, n.name);
		if (pod?.spec.nodeName !== n.name || pod.status.phase !== 'Running')
			out.push(`end: no running kube-proxy pod on ${n.name}`);
		else if (end.proxies?.[n.name]?.pod !== pod.metadata.name)
			out.push(`end: kube-proxy actor of ${n.name} is not its pod's`);
	}
	return out;
}

/**
 * The node-failure flow's own, at every step: live web pods never exceed the replicas, never two
 * db-0, a pod lands on the failed node only once it is Ready again, no pod is deleted before the
 * shortest toleration runs out unless a what-if does it, a DaemonSet pod is evicted only by the
 * out-of-service taint. At the end: an ending leaves nothing Terminating on the failed node, and
 * the ReplicaSet and StatefulSet have every pod they want (bound or Pending). Orphans (pods bound
 * to a deleted Node) are what the pod garbage collector removes: only `nodeDeleted` may show them.
 */
export function nodeFailureViolations(tl: NodeFailureTimeline, scenario: NodeFailureScenario) {
	const out = [
		...timelineViolations(tl).filter(
			(v) =>
				!(/ nodeDeleted: /.test(v) && v.endsWith(`bound to ${tl.failed}, which does not exist`))
		),
		...workloadStatusViolations(
			tl,
			workloadOf({ name: 'web', targetPort: 8080, seed: scenario.seed })
		)
	];
	const firstEviction = 75 + Math.min(300, webTolerationSeconds(scenario) ?? 300);
	const web = (s: ClusterState) => listPods(s).filter((p) => p.metadata.labels?.app === 'web');
	tl.steps.forEach((step, i) => {
		const pods = listPods(step.snapshot);
		const bad = (v: string) => out.push(`step ${i + 1} ${step.id}: ${v}`);
		const live = web(step.snapshot).filter((p) => !p.metadata.deletionTimestamp);
		if (live.length > scenario.replicas) bad(`${live.length} live web pods`);
		if (pods.filter((p) => p.metadata.name === STATEFUL_POD).length > 1) bad('two db-0');
		const ready = nodeReady(step.snapshot, tl.failed) === 'True';
		for (const p of pods) {
			const fresh = p.metadata.creationTimestamp > timestamp(0);
			if (fresh && p.spec.nodeName === tl.failed && !ready)
				bad(`${p.metadata.name} placed on ${tl.failed} while it is not Ready`);
			if (
				p.metadata.deletionTimestamp &&
				step.snapshot.clock < firstEviction &&
				step.action === undefined
			)
				bad(`${p.metadata.name} deleted at ${step.snapshot.clock}`);
			const daemon = p.metadata.ownerReferences?.some((o) => o.kind === 'DaemonSet');
			const outOfService = step.snapshot.nodes
				.find((n) => n.name === tl.failed)
				?.taints.some((t) => t.key === TAINT_OUT_OF_SERVICE);
			if (daemon && p.metadata.deletionTimestamp && !outOfService)
				bad(`DaemonSet pod ${p.metadata.name} evicted`);
		}
	});
	const end = tl.steps.at(-1)!.snapshot;
	const fin = (v: string) => out.push(`end: ${v}`);
	if (endingOf(scenario)) {
		const stuck = listPods(end).filter(
			(p) => p.spec.nodeName === tl.failed && p.metadata.deletionTimestamp
		);
		if (stuck.length)
			fin(`still Terminating on ${tl.failed}: ${stuck.map((p) => p.metadata.name)}`);
	}
	const active = web(end).filter((p) => !p.metadata.deletionTimestamp);
	if (active.length !== scenario.replicas) fin(`${active.length} of ${scenario.replicas} web pods`);
	if (
		actionIndex(scenario, 'statefulset') >= 0 &&
		!listPods(end).some((p) => p.metadata.name === STATEFUL_POD)
	)
		fin('no db-0');
	return out;
}

/**
 * The scale-out flow's own: no node ever holds more CPU requests than it can allocate, a pod is
 * bound only to a node without an untolerated NoSchedule taint, and at the end the ReplicaSet is
 * back to `from` pods, none terminating.
 */
export function scaleOutViolations(tl: Timeline, scenario: ScaleOutScenario): string[] {
	const out = [
		...timelineViolations(tl),
		...workloadStatusViolations(
			tl,
			workloadOf({ name: 'web', targetPort: 8080, seed: scenario.seed })
		)
	];
	const all = states(tl);
	tl.steps.forEach((step, i) => {
		const pods = listPods(step.snapshot);
		for (const node of step.snapshot.nodes) {
			const used = pods
				.filter((p) => p.spec.nodeName === node.name)
				.reduce((sum, p) => sum + podRequests(p).cpu, 0);
			if (used > node.allocatable.cpu)
				out.push(
					`step ${i + 1} ${step.id}: ${node.name} holds ${used}m of ${node.allocatable.cpu}m`
				);
		}
		for (const p of pods) {
			const before = listPods(all[i]).find((q) => q.metadata.uid === p.metadata.uid);
			if (!p.spec.nodeName || before?.spec.nodeName) continue;
			const node = all[i].nodes.find((n) => n.name === p.spec.nodeName);
			const blocked = node?.taints.find(
				(t) =>
					t.effect === 'NoSchedule' && !(p.spec.tolerations ?? []).some((x) => toleratesTaint(x, t))
			);
			if (blocked)
				out.push(`step ${i + 1} ${step.id}: ${p.metadata.name} bound past ${blocked.key}`);
		}
	});
	const end = listPods(tl.steps.at(-1)!.snapshot).filter((p) => p.metadata.labels?.app === 'web');
	const from = startReplicas(scenario);
	if (end.length !== from || end.some((p) => p.metadata.deletionTimestamp))
		out.push(`end: ${end.length} web pods, want ${from}`);
	return out;
}

/** After every step, each stored ReplicaSet status is what its controller computes from the pods. */
export function workloadStatusViolations(tl: Timeline, w: Workload): string[] {
	return tl.steps.flatMap((step, i) => {
		const kv = step.snapshot.etcd.kvs[replicaSetKey(w)];
		if (!kv) return [];
		const rs = JSON.parse(kv.value);
		const want = replicaSetStatus(step.snapshot, w, rs.metadata.generation ?? 1);
		return JSON.stringify(rs.status) === JSON.stringify(want)
			? []
			: [`step ${i + 1} ${step.id}: ReplicaSet status ${JSON.stringify(rs.status)}`];
	});
}

/** Lists that are consistent reads: their resourceVersion is etcd's revision when they are served. */
const CONSISTENT = new Set(['cacheAnswers', 'watchStarts', 'watchOnlyOpens', 'firstPage']);

/**
 * The kubectl-get flow's own: a consistent list is at etcd's revision; a resourceVersion=0 list
 * is at most that and holds every pod write before it; the watch ends with the new pod Running;
 * a list in pages reads every pod once.
 */
export function kubectlGetViolations(
	tl: KubectlGetTimeline,
	scenario: KubectlGetScenario
): string[] {
	const out = [
		...timelineViolations(tl),
		...workloadStatusViolations(
			tl,
			workloadOf({ name: 'web', targetPort: 8080, seed: scenario.seed })
		)
	];
	const pods = (s: ClusterState) => listPods(s).filter((p) => p.metadata.namespace === 'default');
	tl.steps.forEach((step, i) => {
		const params: Record<string, string | number> = step.params;
		const rv = Number(params.rv);
		const revision = step.snapshot.etcd.revision;
		const newest = Math.max(...pods(step.snapshot).map((p) => Number(p.metadata.resourceVersion)));
		if (CONSISTENT.has(step.id) && rv !== revision)
			out.push(`step ${i + 1} ${step.id}: a consistent list at ${rv}, etcd at ${revision}`);
		if (step.id === 'rv0List' && (rv > revision || rv < newest))
			out.push(`step ${i + 1} rv0List: at ${rv}, etcd at ${revision}, newest pod at ${newest}`);
		if (step.id === 'nextPages' && params.total !== pods(step.snapshot).length)
			out.push(
				`step ${i + 1} nextPages: ${step.params.total} pods paged of ${pods(step.snapshot).length}`
			);
	});
	// the watch's last row: the new pod Running, or Pending when no node had room for it
	const bound = tl.steps.find((s) => s.id === 'podBound')!;
	const lastWatch = tl.steps.findLast((s) => s.command?.line === 'kubectl get pods -w')!;
	const last = lastWatch.command?.output?.split('\n').at(-1) ?? '';
	const want = bound.params.bound ? / 1\/1 +Running / : / 0\/1 +Pending /;
	if (!want.test(last) || !last.startsWith(String(bound.params.name)))
		out.push(`the watch's last row is not the new pod ${want}: ${last}`);
	return out;
}
