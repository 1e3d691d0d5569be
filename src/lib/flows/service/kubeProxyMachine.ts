/**
 * One node's kube-proxy (reference §3): its informers keep a cache of Services and
 * EndpointSlices; a change marks a sync pending (syncing), and `syncProxyRules` writes the
 * node's rules from the cache (synced). The Service flow spawns one per node, so a fan-out is
 * visibly parallel: every actor goes watching → syncing → synced on its own.
 */
import { assign, setup } from 'xstate';
import type { EndpointSliceObject, ServiceObject } from '$lib/sim/model';

export interface ProxyObjects {
	services: ServiceObject[];
	slices: EndpointSliceObject[];
}

export interface KubeProxyContext {
	node: string;
	/** the kube-proxy pod running on the node */
	pod: string;
	cache: ProxyObjects;
	/** what the last iptables-restore was computed from */
	applied: ProxyObjects;
}

export type ProxyEvent =
	| { type: 'proxy.list'; objects: ProxyObjects }
	| {
			type: 'proxy.watch';
			change: 'ADDED' | 'MODIFIED' | 'DELETED';
			service?: ServiceObject;
			slice?: EndpointSliceObject;
	  }
	| { type: 'proxy.sync' };

const keyOf = (o: { metadata: { namespace: string; name: string } }) =>
	`${o.metadata.namespace}/${o.metadata.name}`;

/** An informer's cache after one event: replace or drop the object by namespace/name. */
function upsert<T extends { metadata: { namespace: string; name: string } }>(
	list: T[],
	obj: T | undefined,
	deleted: boolean
): T[] {
	if (!obj) return list;
	const rest = list.filter((o) => keyOf(o) !== keyOf(obj));
	return deleted ? rest : [...rest, obj].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
}

export const kubeProxyMachine = setup({
	types: {
		context: {} as KubeProxyContext,
		input: {} as { node: string; pod: string; objects: ProxyObjects },
		events: {} as ProxyEvent
	},
	actions: {
		cache: assign(({ context, event }) => {
			if (event.type === 'proxy.list') return { cache: event.objects };
			if (event.type !== 'proxy.watch') return {};
			const gone = event.change === 'DELETED';
			return {
				cache: {
					services: upsert(context.cache.services, event.service, gone),
					slices: upsert(context.cache.slices, event.slice, gone)
				}
			};
		}),
		apply: assign(({ context }) => ({ applied: context.cache }))
	}
}).createMachine({
	id: 'kubeProxy',
	context: ({ input }) => ({
		node: input.node,
		pod: input.pod,
		cache: input.objects,
		applied: input.objects
	}),
	initial: 'watching',
	states: {
		watching: {
			on: {
				'proxy.watch': { target: 'syncing', actions: 'cache' },
				'proxy.list': { target: 'syncing', actions: 'cache' }
			}
		},
		syncing: {
			on: {
				'proxy.watch': { actions: 'cache' },
				'proxy.sync': { target: 'synced', actions: 'apply' }
			}
		},
		synced: {
			on: { 'proxy.watch': { target: 'syncing', actions: 'cache' } }
		}
	}
});
