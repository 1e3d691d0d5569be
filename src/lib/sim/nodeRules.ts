/**
 * The rules one node's kube-proxy last wrote: computed from the Services and EndpointSlices its
 * last sync used (ClusterState.proxies), with the node's kube-proxy configuration.
 */
import type { ClusterState, ProxySnapshot } from './cluster';
import { masqueradeMarkForBit } from './iptables/fixedRules';
import { proxyRules } from './iptables/proxyRules';
import type { ProxyConfig, ProxyRules } from './iptables/types';

/**
 * A live kube-proxy on a kubeadm node: the cluster CIDR of the pod network (10.244.0.0/16,
 * flannel's default) turns on the local-traffic detector; a Debian/Ubuntu node's iptables
 * supports --random-fully; the mark is 1<<14 printed with Go's %#08x (0x00004000), not the
 * test proxier's 0x4000 that the reference block shows.
 */
export const NODE_PROXY_CONFIG: ProxyConfig = {
	clusterCIDR: '10.244.0.0/16',
	randomFully: true,
	masqueradeMark: masqueradeMarkForBit(14)
};

const cache = new WeakMap<ProxySnapshot['applied'], ProxyRules>();

/** Snapshots never change, so the rules of one `applied` object are computed once. */
export function rulesOf(applied: ProxySnapshot['applied']): ProxyRules {
	let rules = cache.get(applied);
	if (!rules) {
		rules = proxyRules(applied.services, applied.slices, NODE_PROXY_CONFIG);
		cache.set(applied, rules);
	}
	return rules;
}

export function nodeRules(state: ClusterState, node: string): ProxyRules | null {
	const p = state.proxies?.[node];
	return p ? rulesOf(p.applied) : null;
}
