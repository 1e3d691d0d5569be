/**
 * The rules kube-proxy writes for one ClusterIP service port, as in v1.34's syncProxyRules and
 * writeServiceToEndpointRules (pkg/proxy/iptables/proxier.go), Cluster traffic policy, no
 * session affinity.
 */
import type { EndpointSliceObject, ServiceObject, ServicePort } from '$lib/sim/model';
import {
	servicePortEndpointChainName,
	servicePortName,
	servicePortPolicyClusterChain
} from './chainNames';
import { servicePortEndpoints, usableEndpoints } from './endpoints';
import { KUBE_MARK_MASQ, KUBE_SERVICES, type ResolvedConfig } from './fixedRules';
import { computeProbability } from './probability';
import { makeRule, quoted } from './rule';
import type { ChainDecl, IptRule, RuleOwner, ServicePortRules } from './types';

/** Above this many endpoints kube-proxy drops per-endpoint comments ("large cluster mode"). */
export const LARGE_CLUSTER_ENDPOINTS = 1000;

export function describeServicePort(
	service: ServiceObject,
	port: ServicePort,
	slices: readonly EndpointSliceObject[]
): ServicePortRules {
	const { namespace, name } = service.metadata;
	const spn = servicePortName(namespace, name, port.name);
	const proto = port.protocol.toLowerCase();
	const allEndpoints = servicePortEndpoints(service, port, slices);
	const endpoints = usableEndpoints(allEndpoints).map((ep) => ({
		...ep,
		sepChain: servicePortEndpointChainName(spn, proto, ep.endpoint)
	}));
	return {
		service: `${namespace}/${name}`,
		servicePort: spn,
		clusterIP: service.spec.clusterIP,
		port: port.port,
		protocol: proto,
		svcChain: servicePortPolicyClusterChain(spn, proto),
		allEndpoints,
		endpoints
	};
}

export interface ServicePortOutput {
	filterRules: IptRule[];
	natChains: ChainDecl[];
	natRules: IptRule[];
}

export function servicePortRules(
	sp: ServicePortRules,
	cfg: ResolvedConfig,
	largeCluster: boolean
): ServicePortOutput {
	const owner = (endpoint?: string): RuleOwner => ({
		kind: 'service',
		service: sp.service,
		servicePort: sp.servicePort,
		...(endpoint === undefined ? {} : { endpoint })
	});
	const { protocol: proto, servicePort: spn } = sp;
	const portal = ['-m', proto, '-p', proto, '-d', sp.clusterIP, '--dport', String(sp.port)];
	if (sp.endpoints.length === 0) {
		// No nat chains at all: the filter table answers with an ICMP port-unreachable instead.
		const args = ['-m', 'comment', '--comment', quoted(`${spn} has no endpoints`), ...portal];
		return {
			filterRules: [makeRule('filter', KUBE_SERVICES, [...args, '-j', 'REJECT'], owner())],
			natChains: [],
			natRules: []
		};
	}
	const clusterIPComment = ['-m', 'comment', '--comment', quoted(`${spn} cluster IP`), ...portal];
	const natRules = [
		makeRule('nat', KUBE_SERVICES, [...clusterIPComment, '-j', sp.svcChain], owner())
	];
	const natChains: ChainDecl[] = [{ name: sp.svcChain, owner: owner() }];
	if (cfg.clusterCIDR) {
		// Traffic from outside the pod network (e.g. a node routing the service range) is SNATed,
		// because its reply might come back through another node.
		const masq = [...clusterIPComment, '!', '-s', cfg.clusterCIDR, '-j', KUBE_MARK_MASQ];
		natRules.push(makeRule('nat', sp.svcChain, masq, owner()));
	}
	const comment = (text: string): string[] =>
		largeCluster ? [] : ['-m', 'comment', '--comment', text];
	const n = sp.endpoints.length;
	sp.endpoints.forEach((ep, i) => {
		const args = comment(quoted(`${spn} -> ${ep.endpoint}`));
		// 1/(n-i) of what is left: each endpoint ends up with 1/n overall; the last one always matches.
		if (i < n - 1) args.push('-m', 'statistic', '--mode', 'random');
		if (i < n - 1) args.push('--probability', computeProbability(n - i));
		natRules.push(makeRule('nat', sp.svcChain, [...args, '-j', ep.sepChain], owner(ep.endpoint)));
	});
	for (const ep of sp.endpoints) {
		natChains.push({ name: ep.sepChain, owner: owner(ep.endpoint) });
		// Unquoted: a service port name has no spaces, and kube-proxy writes it as is.
		const head = comment(spn);
		// Hairpin: a pod reaching itself through the service must be SNATed or it drops the reply.
		const hairpin = [...head, '-s', ep.ip, '-j', KUBE_MARK_MASQ];
		const dnat = [...head, '-m', proto, '-p', proto, '-j', 'DNAT', '--to-destination', ep.endpoint];
		natRules.push(makeRule('nat', ep.sepChain, hairpin, owner(ep.endpoint)));
		natRules.push(makeRule('nat', ep.sepChain, dnat, owner(ep.endpoint)));
	}
	return { filterRules: [], natChains, natRules };
}
