/**
 * The chains and rules kube-proxy writes on every sync whatever the Services are, and the jumps
 * from the built-in chains that it installs once (iptablesJumpChains), as in v1.34's
 * pkg/proxy/iptables/proxier.go syncProxyRules for IPv4.
 */
import { FIXED, makeRule, quoted } from './rule';
import type { ChainDecl, IptRule, ProxyConfig, TableName } from './types';

export const KUBE_SERVICES = 'KUBE-SERVICES';
export const KUBE_EXTERNAL_SERVICES = 'KUBE-EXTERNAL-SERVICES';
export const KUBE_NODEPORTS = 'KUBE-NODEPORTS';
export const KUBE_POSTROUTING = 'KUBE-POSTROUTING';
export const KUBE_MARK_MASQ = 'KUBE-MARK-MASQ';
export const KUBE_FORWARD = 'KUBE-FORWARD';
export const KUBE_PROXY_FIREWALL = 'KUBE-PROXY-FIREWALL';
export const KUBE_PROXY_CANARY = 'KUBE-PROXY-CANARY';
/** kubelet's chain; kube-proxy keeps a copy of its localnet rule (issue 90259) */
export const KUBE_FIREWALL = 'KUBE-FIREWALL';

export const NODEPORTS_COMMENT =
	'kubernetes service nodeports; NOTE: this must be the last rule in this chain';

export type ResolvedConfig = Required<Omit<ProxyConfig, 'clusterCIDR'>> &
	Pick<ProxyConfig, 'clusterCIDR'>;

export function resolveConfig(config: ProxyConfig): ResolvedConfig {
	return {
		masqueradeMark: '0x4000',
		randomFully: false,
		localhostNodePorts: true,
		nfacct: true,
		conntrackTCPLiberal: false,
		...config
	};
}

/** What a live kube-proxy writes for --iptables-masquerade-bit: Go's fmt.Sprintf("%#08x", 1<<bit). */
export function masqueradeMarkForBit(bit: number): string {
	// Go pads the digits, not the "0x", to the width: 1<<14 → "0x00004000".
	return `0x${(2 ** bit).toString(16).padStart(8, '0')}`;
}

const decl = (names: string[]): ChainDecl[] => names.map((name) => ({ name, owner: FIXED }));

export function fixedFilterChains(cfg: ResolvedConfig): ChainDecl[] {
	const names = [KUBE_SERVICES, KUBE_EXTERNAL_SERVICES, KUBE_FORWARD, KUBE_NODEPORTS];
	names.push(KUBE_PROXY_FIREWALL);
	if (cfg.localhostNodePorts) names.push(KUBE_FIREWALL);
	return decl(names);
}

export function fixedNatChains(): ChainDecl[] {
	return decl([KUBE_SERVICES, KUBE_NODEPORTS, KUBE_POSTROUTING, KUBE_MARK_MASQ]);
}

/** Written before the per-service rules. */
export function fixedFilterHead(cfg: ResolvedConfig): IptRule[] {
	if (!cfg.localhostNodePorts) return [];
	// route_localnet=1 makes 127.0.0.1:<nodePort> reachable from outside; this closes that hole.
	const args = ['-m', 'comment', '--comment', quoted('block incoming localnet connections')];
	args.push('-d', '127.0.0.0/8', '!', '-s', '127.0.0.0/8');
	args.push('-m', 'conntrack', '!', '--ctstate', 'RELATED,ESTABLISHED,DNAT', '-j', 'DROP');
	return [makeRule('filter', KUBE_FIREWALL, args)];
}

/** Written after the per-service rules. */
export function fixedFilterTail(cfg: ResolvedConfig): IptRule[] {
	const rules: IptRule[] = [];
	const mark = `${cfg.masqueradeMark}/${cfg.masqueradeMark}`;
	if (!cfg.conntrackTCPLiberal) {
		// Without tcp_be_liberal an out-of-window packet is INVALID and would reset the connection.
		const args = ['-m', 'conntrack', '--ctstate', 'INVALID'];
		if (cfg.nfacct) args.push('-m', 'nfacct', '--nfacct-name', 'ct_state_invalid_dropped_pkts');
		rules.push(makeRule('filter', KUBE_FORWARD, [...args, '-j', 'DROP']));
	}
	const forwarding = ['-m', 'comment', '--comment', quoted('kubernetes forwarding rules')];
	forwarding.push('-m', 'mark', '--mark', mark, '-j', 'ACCEPT');
	rules.push(makeRule('filter', KUBE_FORWARD, forwarding));
	const conntrack = ['-m', 'comment', '--comment', quoted('kubernetes forwarding conntrack rule')];
	conntrack.push('-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT');
	rules.push(makeRule('filter', KUBE_FORWARD, conntrack));
	return rules;
}

export function fixedNatHead(cfg: ResolvedConfig): IptRule[] {
	const mark = cfg.masqueradeMark;
	const masq = ['-m', 'comment', '--comment', quoted('kubernetes service traffic requiring SNAT')];
	masq.push('-j', 'MASQUERADE');
	if (cfg.randomFully) masq.push('--random-fully');
	return [
		makeRule('nat', KUBE_POSTROUTING, [
			'-m',
			'mark',
			'!',
			'--mark',
			`${mark}/${mark}`,
			'-j',
			'RETURN'
		]),
		// Clearing the mark keeps a packet that re-traverses the stack from being masqueraded twice.
		makeRule('nat', KUBE_POSTROUTING, ['-j', 'MARK', '--xor-mark', mark]),
		makeRule('nat', KUBE_POSTROUTING, masq),
		makeRule('nat', KUBE_MARK_MASQ, ['-j', 'MARK', '--or-mark', mark])
	];
}

/** The tail call to KUBE-NODEPORTS, after every service portal rule. */
export function fixedNatTail(cfg: ResolvedConfig): IptRule[] {
	const args = ['-m', 'comment', '--comment', quoted(NODEPORTS_COMMENT)];
	args.push('-m', 'addrtype', '--dst-type', 'LOCAL');
	// Localhost NodePorts only work with route_localnet, which localhostNodePorts turns on.
	if (!cfg.localhostNodePorts) args.push('!', '-d', '127.0.0.0/8');
	return [makeRule('nat', KUBE_SERVICES, [...args, '-j', KUBE_NODEPORTS])];
}

type Jump = [TableName, string, string, string, string[]];
const NEW = ['-m', 'conntrack', '--ctstate', 'NEW'];
const PORTALS = 'kubernetes service portals';
const EXTERNAL = 'kubernetes externally-visible service portals';
const LB_FIREWALL = 'kubernetes load balancer firewall';

/** iptablesJumpChains: [table, source chain, target chain, comment, extra args], in source order. */
const JUMP_CHAINS: Jump[] = [
	['filter', 'INPUT', KUBE_EXTERNAL_SERVICES, EXTERNAL, NEW],
	['filter', 'FORWARD', KUBE_EXTERNAL_SERVICES, EXTERNAL, NEW],
	['filter', 'INPUT', KUBE_NODEPORTS, 'kubernetes health check service ports', []],
	['filter', 'FORWARD', KUBE_SERVICES, PORTALS, NEW],
	['filter', 'OUTPUT', KUBE_SERVICES, PORTALS, NEW],
	['filter', 'FORWARD', KUBE_FORWARD, 'kubernetes forwarding rules', []],
	['filter', 'INPUT', KUBE_PROXY_FIREWALL, LB_FIREWALL, NEW],
	['filter', 'OUTPUT', KUBE_PROXY_FIREWALL, LB_FIREWALL, NEW],
	['filter', 'FORWARD', KUBE_PROXY_FIREWALL, LB_FIREWALL, NEW],
	['nat', 'OUTPUT', KUBE_SERVICES, PORTALS, []],
	['nat', 'PREROUTING', KUBE_SERVICES, PORTALS, []],
	['nat', 'POSTROUTING', KUBE_POSTROUTING, 'kubernetes postrouting rules', []]
];

export const BUILTINS: Record<TableName, string[]> = {
	filter: ['INPUT', 'FORWARD', 'OUTPUT'],
	nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING']
};

/**
 * The built-in chains' jump rules in kernel order. Each kube-proxy jump is prepended, so a later
 * entry of the list ends up first. kubelet starts before kube-proxy and has already appended
 * "-j KUBE-FIREWALL" to INPUT and OUTPUT (kube-proxy's iptablesKubeletJumpChains then finds them
 * present), which is why those stay last, as on a live node.
 */
export function jumpRules(table: TableName): IptRule[] {
	const byChain = new Map<string, IptRule[]>(BUILTINS[table].map((c) => [c, []]));
	if (table === 'filter') {
		for (const chain of ['INPUT', 'OUTPUT']) {
			byChain.get(chain)!.push(makeRule(table, chain, ['-j', KUBE_FIREWALL], FIXED, 'ensure'));
		}
	}
	for (const [t, from, to, comment, extra] of JUMP_CHAINS) {
		if (t !== table) continue;
		const args = [...extra, '-m', 'comment', '--comment', quoted(comment), '-j', to];
		byChain.get(from)!.unshift(makeRule(table, from, args, FIXED, 'ensure'));
	}
	return BUILTINS[table].flatMap((chain) => byChain.get(chain)!);
}
