/**
 * kube-proxy's half: each node's proxy runs syncProxyRules and hands the result to
 * `iptables-restore --noflush`. Nothing is written back to the API (reference §3, step 3).
 */
import { servicePortEndpoints, usableEndpoints } from '$lib/sim/iptables/endpoints';
import { restoreText } from '$lib/sim/iptables/restore';
import { nodeRules, rulesOf } from '$lib/sim/nodeRules';
import { listServices, listSlices } from '$lib/sim/services';
import type { FlowMessage } from '$lib/flows/types';
import {
	API,
	KCM,
	msg,
	nodeEnd,
	proxy,
	service,
	serviceWatch,
	slice,
	type ProxyCommand,
	type ServiceFlowDraft,
	serviceStep
} from './draft';

/**
 * Endpoints kube-proxy spreads traffic over: the ready ones, or when none is ready the ones still
 * serving while terminating (the same choice the rules are generated with).
 */
export function proxiedEndpoints(d: ServiceFlowDraft): number {
	const svc = service(d);
	if (!svc) return 0;
	const slices = listSlices(d.state);
	return usableEndpoints(servicePortEndpoints(svc, svc.spec.ports[0], slices)).length;
}

/** kube-proxy hands its rules to the node's kernel (netfilter), which applies them to packets. */
function restoreMessages(nodes: string[], phase: number): FlowMessage[] {
	return nodes.map((n) =>
		msg(proxy(n), nodeEnd(n), 'request', 'iptables-restore --noflush', phase)
	);
}

/** Whether a sync now would write anything new on `node`: its last rules against the store's. */
function rulesChange(d: ServiceFlowDraft, node: string): boolean {
	const before = nodeRules(d.state, node);
	const after = rulesOf({ services: listServices(d.state), slices: listSlices(d.state) });
	return !before || restoreText(before) !== restoreText(after);
}

/** Every proxy with a pending change syncs, in parallel. */
export function syncRules(d: ServiceFlowDraft) {
	const nodes = d.syncing;
	d.syncing = [];
	const svc = service(d);
	return serviceStep({
		step: {
			stage: 'kube-proxy',
			params: {
				name: d.scenario.name,
				nodes: nodes.length,
				endpoints: proxiedEndpoints(d),
				ip: svc?.spec.clusterIP ?? ''
			},
			messages: restoreMessages(nodes, 0),
			active: nodes.map(proxy),
			wrote: [],
			focusNode: d.state.nodes.at(-1)?.name
		},
		proxies: nodes.map((node): ProxyCommand => ({ node, event: { type: 'proxy.sync' } }))
	});
}

/**
 * After an action changed the Service's slice: the MODIFIED event reaches every kube-proxy at
 * once, and each resyncs (one step, two phases: the fan-out, then the restores).
 */
export function resync(d: ServiceFlowDraft) {
	const s = slice(d)!;
	const watch = serviceWatch(d, 'endpointslices', 'MODIFIED', s.metadata.name, 0).filter(
		(m) => m.to !== KCM
	);
	const nodes = d.state.nodes.map((n) => n.name);
	return serviceStep({
		step: {
			stage: 'kube-proxy',
			params: {
				name: d.scenario.name,
				slice: s.metadata.name,
				nodes: nodes.length,
				endpoints: proxiedEndpoints(d),
				changed: rulesChange(d, nodes[0]) ? 1 : 0
			},
			messages: [...watch, ...restoreMessages(nodes, 1)],
			active: [API, ...nodes.map(proxy)],
			wrote: [],
			focusNode: d.state.nodes.at(-1)?.name
		},
		proxies: nodes.flatMap((node): ProxyCommand[] => [
			{ node, event: { type: 'proxy.watch', change: 'MODIFIED', slice: s } },
			{ node, event: { type: 'proxy.sync' } }
		])
	});
}
