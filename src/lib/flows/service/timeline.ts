/**
 * serviceTimeline(scenario): run the Service flow machine to its end and keep every step, each
 * with the kube-proxy actors' state after it. Pure: the same scenario gives the same steps.
 */
import { createActor, type AnyActorRef } from 'xstate';
import type { ProxySnapshot } from '$lib/sim/cluster';
import { listServices, listSlices } from '$lib/sim/services';
import { createServiceCluster, kubeProxyPodOn } from '$lib/sim/serviceCluster';
import type { Timeline } from '$lib/flows/types';
import type { KubeProxyContext } from './kubeProxyMachine';
import type { ServiceScenario } from './scenario';
import type { SkipReason } from './draft';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import { proxyActorId, serviceMachine, type ServiceStep } from './machine';

export interface ServiceTimeline extends Timeline<ServiceStep> {
	/** actions the flow could not play (a pod that no longer exists, a node past the limit, no room) */
	skipped: { index: number; reason: SkipReason }[];
}

/** The proxies as each actor stands now, keyed by node. */
function readProxies(children: Record<string, AnyActorRef | undefined>, nodes: string[]) {
	const out: Record<string, ProxySnapshot> = {};
	for (const n of nodes) {
		const snap = children[proxyActorId(n)]?.getSnapshot();
		if (!snap) continue;
		const c = snap.context as KubeProxyContext;
		out[n] = { state: snap.value, cache: c.cache, applied: c.applied, pod: c.pod };
	}
	return out;
}

export function serviceTimeline(scenario: ServiceScenario): ServiceTimeline {
	const initial = createServiceCluster(scenario);
	initial.etcd.log = [];
	const objects = { services: listServices(initial), slices: listSlices(initial) };
	const proxies = initial.nodes.map((n) => ({
		node: n.name,
		pod: kubeProxyPodOn(initial, n.name)!.metadata.name,
		objects
	}));
	initial.proxies = Object.fromEntries(
		proxies.map((p) => [
			p.node,
			{ state: 'watching', cache: objects, applied: objects, pod: p.pod }
		])
	);
	const actor = createActor(serviceMachine, {
		input: { scenario, state: structuredClone(initial), proxies }
	});
	// Each step's snapshot gets the proxies as they stand once the step's events were delivered.
	const complete = () => {
		const snap = actor.getSnapshot();
		const last = snap.context.steps.at(-1);
		if (last)
			last.snapshot.proxies = readProxies(
				snap.children as Record<string, AnyActorRef | undefined>,
				last.snapshot.nodes.map((n) => n.name)
			);
	};
	runToEnd(actor, complete);
	const { steps, skipped } = actor.getSnapshot().context;
	actor.stop();
	const actionStarts = steps.flatMap((s, i) =>
		s.action !== undefined && s.action !== steps[i - 1]?.action ? [i] : []
	);
	return {
		flow: 'service',
		subject: `default/${scenario.name}`,
		steps,
		initial,
		skipped,
		actionStarts
	};
}
