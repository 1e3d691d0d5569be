/**
 * Every invariant of one flow's timeline at once, for the model-based and property tests: each
 * snapshot consistent, each step's writes accounted for by etcd's revision, every pod bound at
 * most once, and for the Service flow the slice and every node's rules after each sync and at the
 * end. Test support only.
 */
import { kubeProxyPodOn, workloadOf } from '$lib/sim/serviceCluster';
import { desiredReplicas, ownedPods } from '$lib/sim/workloads';
import type { ServiceScenario } from '$lib/flows/service/scenario';
import type { ServiceTimeline } from '$lib/flows/service/timeline';
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
	const out = timelineViolations(tl);
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
