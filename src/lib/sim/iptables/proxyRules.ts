/**
 * One node's kube-proxy sync in iptables mode: Services + EndpointSlices → the filter and nat
 * tables kube-proxy hands to iptables-restore.
 *
 * Output order is the one upstream's tests compare against (proxier_test.go sortIPTablesRules),
 * which is also the reference block's: KUBE-NODEPORTS, KUBE-SERVICES, then the other chains by
 * name; rules grouped by chain; KUBE-SERVICES rules by service name with the nodeports rule last.
 * A live kube-proxy writes the per-service chains and rules in Go map order, which differs from
 * sync to sync; iptables-restore's result is the same either way.
 */
import type { EndpointSliceObject, ServiceObject } from '$lib/sim/model';
import { compareStrings } from '../compare';
import {
	BUILTINS,
	KUBE_NODEPORTS,
	KUBE_SERVICES,
	NODEPORTS_COMMENT,
	fixedFilterChains,
	fixedFilterHead,
	fixedFilterTail,
	fixedNatChains,
	fixedNatHead,
	fixedNatTail,
	jumpRules,
	resolveConfig
} from './fixedRules';
import { tokenize } from './parseRule';
import { LARGE_CLUSTER_ENDPOINTS, describeServicePort, servicePortRules } from './serviceRules';
import type { ChainDecl, IptRule, IptTable, ProxyConfig, ProxyRules, TableName } from './types';

/** Headless services (clusterIP None) and services without an IP get no rules. */
const proxied = (svc: ServiceObject): boolean =>
	svc.spec.clusterIP !== '' && svc.spec.clusterIP !== 'None';

export function proxyRules(
	services: readonly ServiceObject[],
	slices: readonly EndpointSliceObject[],
	config: ProxyConfig = {}
): ProxyRules {
	const cfg = resolveConfig(config);
	const ordered = services
		.filter(proxied)
		.toSorted((a, b) => compareStrings(serviceKey(a), serviceKey(b)));
	const servicePorts = ordered.flatMap((svc) =>
		svc.spec.ports.map((port) => describeServicePort(svc, port, slices))
	);
	const total = servicePorts.reduce((sum, sp) => sum + sp.allEndpoints.length, 0);
	const outputs = servicePorts.map((sp) =>
		servicePortRules(sp, cfg, total > LARGE_CLUSTER_ENDPOINTS)
	);
	const filterRules = [
		...fixedFilterHead(cfg),
		...outputs.flatMap((o) => o.filterRules),
		...fixedFilterTail(cfg)
	];
	const natRules = [
		...fixedNatHead(cfg),
		...outputs.flatMap((o) => o.natRules),
		...fixedNatTail(cfg)
	];
	const natChains = [...fixedNatChains(), ...outputs.flatMap((o) => o.natChains)];
	return {
		filter: table('filter', fixedFilterChains(cfg), filterRules),
		nat: table('nat', natChains, natRules),
		servicePorts
	};
}

const serviceKey = (svc: ServiceObject): string => `${svc.metadata.namespace}/${svc.metadata.name}`;

function table(name: TableName, chains: ChainDecl[], rules: IptRule[]): IptTable {
	const sorted = chains.toSorted((a, b) => compareChains(a.name, b.name));
	return {
		name,
		builtins: BUILTINS[name].map((chain) => ({ name: chain, policy: 'ACCEPT' })),
		chains: sorted,
		rules: sorted.flatMap((c) =>
			sortChainRules(
				c.name,
				rules.filter((r) => r.chain === c.name)
			)
		),
		jumps: jumpRules(name)
	};
}

/** sortIPTablesRules' chain order: KUBE-NODEPORTS, KUBE-SERVICES, other KUBE-*, the rest. */
export function compareChains(a: string, b: string): number {
	const rank = (c: string): number =>
		c === KUBE_NODEPORTS ? 0 : c === KUBE_SERVICES ? 1 : c.startsWith('KUBE-') ? 2 : 3;
	return rank(a) - rank(b) || compareStrings(a, b);
}

/** The service name a rule's comment starts with: up to the first space or colon. */
function commentServiceName(rule: IptRule): string | undefined {
	const tokens = tokenize(rule.line);
	const at = tokens.indexOf('--comment');
	if (at < 0) return undefined;
	const comment = tokens[at + 1].replace(/^"|"$/g, '');
	return comment.split(/[ :]/)[0];
}

/** Stable sort by service name, the "must be the last rule" rule kept last. */
function sortChainRules(chain: string, rules: IptRule[]): IptRule[] {
	if (chain !== KUBE_SERVICES && chain !== KUBE_NODEPORTS) return rules;
	const last = (r: IptRule): number => (r.line.includes(NODEPORTS_COMMENT) ? 1 : 0);
	return rules.toSorted((a, b) => {
		const [nameA, nameB] = [commentServiceName(a), commentServiceName(b)];
		// Like upstream's orderByCommentServiceName, a rule without a comment stays where it is.
		const byName = nameA === undefined || nameB === undefined ? 0 : compareStrings(nameA, nameB);
		return last(a) - last(b) || byName;
	});
}
