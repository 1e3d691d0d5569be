/** Plain-data shapes of one node's kube-proxy rule set; JSON-serialisable for timeline snapshots. */
import type { ServiceEndpoint } from './endpoints';

export type TableName = 'filter' | 'nat';

/**
 * Who a chain or rule was written for. 'fixed' ones are written on every sync whatever the
 * Services are; 'service' ones appear and disappear with a service port (and, for the per-endpoint
 * rules, with one endpoint), which is what a panel highlights and diffs.
 */
export type RuleOwner =
	{ kind: 'fixed' } | { kind: 'service'; service: string; servicePort: string; endpoint?: string };

export interface ChainDecl {
	name: string;
	owner: RuleOwner;
}

export interface IptRule {
	/** "<table>:<line>": unique in a sync and stable across syncs, so it works as a diff key */
	id: string;
	table: TableName;
	chain: string;
	/** the arguments after "-A <chain>", token for token as kube-proxy writes them */
	args: string[];
	/** "-A <chain> <args…>", the iptables-restore line */
	line: string;
	owner: RuleOwner;
	/**
	 * 'restore': part of every iptables-restore input. 'ensure': a jump from a built-in chain that
	 * kube-proxy installs with `iptables -I` (EnsureRule Prepend) on a full sync, or that kubelet
	 * installed, and that restore never touches.
	 */
	source: 'restore' | 'ensure';
}

export interface IptTable {
	name: TableName;
	/** built-in chains in the kernel's order, with their policy */
	builtins: { name: string; policy: 'ACCEPT' }[];
	/** the chains the restore input declares, in output order */
	chains: ChainDecl[];
	/** the restore input's rules, in output order */
	rules: IptRule[];
	/** jumps from built-in chains into kube-proxy's chains, in the order iptables-save lists them */
	jumps: IptRule[];
}

/** kube-proxy's view of one service port after a sync, for panels that explain the rules. */
export interface ServicePortRules {
	service: string;
	servicePort: string;
	clusterIP: string;
	port: number;
	protocol: string;
	/** KUBE-SVC-… (present in nat only when `endpoints` is not empty) */
	svcChain: string;
	/** every endpoint the slices list for the port, sorted; `endpoints` is the usable subset */
	allEndpoints: ServiceEndpoint[];
	endpoints: (ServiceEndpoint & { sepChain: string })[];
}

export interface ProxyRules {
	filter: IptTable;
	nat: IptTable;
	servicePorts: ServicePortRules[];
}

export interface ProxyConfig {
	/** cluster (pod) CIDR for the local-traffic detector; unset → no "! -s <cidr>" masquerade rule */
	clusterCIDR?: string;
	/**
	 * The mark text. Default '0x4000', what the upstream test proxier (and the reference block)
	 * use. A live kube-proxy formats 1<<masqueradeBit with Go's "%#08x", i.e. '0x00004000' for the
	 * default bit 14 (see masqueradeMarkForBit); iptables-save shows 0x4000 either way.
	 */
	masqueradeMark?: string;
	/** append --random-fully to MASQUERADE (iptables ≥ 1.6.2 on a live node); default false */
	randomFully?: boolean;
	/** iptables.localhostNodePorts, default true: KUBE-FIREWALL's localnet rule, no "! -d 127/8" */
	localhostNodePorts?: boolean;
	/** the kernel has xt_nfacct, which kube-proxy (v1.34) uses to count INVALID drops; default true */
	nfacct?: boolean;
	/** net.netfilter.nf_conntrack_tcp_be_liberal is set: no INVALID drop rule; default false */
	conntrackTCPLiberal?: boolean;
}
