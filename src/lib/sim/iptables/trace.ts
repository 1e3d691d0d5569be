/**
 * Walks a packet through the rule text the way netfilter does, rule by rule: IP header matches,
 * then each -m match in order (stopping at the first that fails, so a statistic match only draws
 * when it is reached), then the target. Nothing here knows which service a rule was written for;
 * the outcome comes from evaluating the parsed lines.
 *
 * A packet from a pod enters the host through the pod's veth, so it takes the forwarding path:
 * nat PREROUTING (where kube-proxy DNATs it, reference §3 step 4), filter FORWARD (where a
 * service without endpoints REJECTs it), nat POSTROUTING (masquerade). A packet sent by a
 * process on the node itself takes nat OUTPUT and filter OUTPUT instead (`from: 'node'`).
 */
import { cidrContains } from './ip';
import { option, parseRule, type ParsedMatch, type ParsedRule } from './parseRule';
import { effectiveProbability } from './probability';
import type { IptRule, IptTable, ProxyRules, TableName } from './types';

export interface TracePacket {
	src: string;
	dst: string;
	dport: number;
	proto: 'tcp' | 'udp' | 'sctp';
	/** where the packet starts; default 'pod' (a pod on this node) */
	from?: 'pod' | 'node';
}

export interface TraceOptions {
	/** the node's own addresses, for "-m addrtype --dst-type LOCAL"; a ClusterIP is never one */
	localAddresses?: readonly string[];
}

export interface TraceHop {
	table: TableName;
	chain: string;
	/** position of the rule in its chain */
	index: number;
	ruleId: string;
	line: string;
	matched: boolean;
	/** for a statistic rule that was reached: the kernel's probability (stored / 2^31) … */
	probability?: number;
	/** … and the draw it was compared with; the rule matches when draw < probability */
	draw?: number;
}

export type TraceOutcome =
	| {
			kind: 'dnat';
			to: { ip: string; port: number };
			sep: string;
			svc: string;
			masquerade: boolean;
	  }
	| { kind: 'reject'; ruleId: string }
	| { kind: 'drop'; ruleId: string }
	| { kind: 'none' };

export interface Trace {
	hops: TraceHop[];
	outcome: TraceOutcome;
}

type Verdict = { verdict: 'ACCEPT' | 'DROP' | 'REJECT'; rule: IptRule } | undefined;

interface State {
	src: string;
	dst: string;
	dport: number;
	proto: string;
	mark: number;
	/** conntrack states the packet has; DNAT is added once it is destination-NATed */
	ct: Set<string>;
	local: Set<string>;
	rand: () => number;
	hops: TraceHop[];
	stack: string[];
	dnat?: { ip: string; port: number; sep: string; svc: string };
	masquerade: boolean;
}

const PATHS: Record<'pod' | 'node', [TableName, string][]> = {
	pod: [
		['nat', 'PREROUTING'],
		['filter', 'FORWARD'],
		['nat', 'POSTROUTING']
	],
	node: [
		['nat', 'OUTPUT'],
		['filter', 'OUTPUT'],
		['nat', 'POSTROUTING']
	]
};

export function tracePacket(
	result: ProxyRules,
	packet: TracePacket,
	rand: () => number,
	options: TraceOptions = {}
): Trace {
	const s: State = {
		...packet,
		mark: 0,
		ct: new Set(['NEW']),
		local: new Set(options.localAddresses ?? []),
		rand,
		hops: [],
		stack: [],
		masquerade: false
	};
	const indexes = { filter: chainIndex(result.filter), nat: chainIndex(result.nat) };
	for (const [table, chain] of PATHS[packet.from ?? 'pod']) {
		const v = walk(s, indexes[table], table, chain);
		if (v?.verdict === 'REJECT')
			return { hops: s.hops, outcome: { kind: 'reject', ruleId: v.rule.id } };
		if (v?.verdict === 'DROP')
			return { hops: s.hops, outcome: { kind: 'drop', ruleId: v.rule.id } };
	}
	if (!s.dnat) return { hops: s.hops, outcome: { kind: 'none' } };
	const { ip, port, sep, svc } = s.dnat;
	return {
		hops: s.hops,
		outcome: { kind: 'dnat', to: { ip, port }, sep, svc, masquerade: s.masquerade }
	};
}

interface ChainIndex {
	rules: Map<string, IptRule[]>;
	parsed: Map<string, ParsedRule>;
}

/** Parsed once per table snapshot: tables are immutable values in a timeline. */
const indexCache = new WeakMap<IptTable, ChainIndex>();

function chainIndex(table: IptTable): ChainIndex {
	const cached = indexCache.get(table);
	if (cached) return cached;
	const rules = new Map<string, IptRule[]>();
	for (const name of [...table.builtins.map((b) => b.name), ...table.chains.map((c) => c.name)]) {
		rules.set(name, []);
	}
	for (const rule of [...table.jumps, ...table.rules]) {
		if (!rules.has(rule.chain)) rules.set(rule.chain, []);
		rules.get(rule.chain)!.push(rule);
	}
	const parsed = new Map([...table.jumps, ...table.rules].map((r) => [r.id, parseRule(r.line)]));
	indexCache.set(table, { rules, parsed });
	return { rules, parsed };
}

function walk(s: State, index: ChainIndex, table: TableName, chain: string): Verdict {
	if (s.stack.length > 32) throw new Error(`tracePacket: chain loop at ${chain}`);
	s.stack.push(chain);
	try {
		for (const [i, rule] of (index.rules.get(chain) ?? []).entries()) {
			const hop: TraceHop = {
				table,
				chain,
				index: i,
				ruleId: rule.id,
				line: rule.line,
				matched: false
			};
			s.hops.push(hop);
			const parsed = index.parsed.get(rule.id)!;
			hop.matched = ruleMatches(parsed, s, hop);
			if (!hop.matched || !parsed.target) continue;
			const { name, options } = parsed.target;
			if (name === 'RETURN') return undefined;
			if (name === 'ACCEPT' || name === 'DROP' || name === 'REJECT') return { verdict: name, rule };
			if (name === 'MARK') setMark(s, options[0]?.name ?? '', options[0]?.value ?? '0');
			else if (name === 'DNAT') {
				const [ip, port] = option(options, '--to-destination')!.value!.split(':');
				const svc = s.stack.findLast((c) => c.startsWith('KUBE-SVC-')) ?? '';
				s.dnat = { ip, port: Number(port), sep: chain, svc };
				[s.dst, s.dport] = [ip, Number(port)];
				s.ct.add('DNAT');
				return { verdict: 'ACCEPT', rule };
			} else if (name === 'MASQUERADE') {
				s.masquerade = true;
				return { verdict: 'ACCEPT', rule };
			} else if (index.rules.has(name)) {
				const v = walk(s, index, table, name);
				if (v) return v;
			} else throw new Error(`tracePacket: unsupported target ${name}`);
		}
		return undefined;
	} finally {
		s.stack.pop();
	}
}

function setMark(s: State, how: string, text: string): void {
	const [value, mask = value] = text.split('/').map(Number);
	if (how === '--or-mark') s.mark = (s.mark | value) >>> 0;
	else if (how === '--xor-mark') s.mark = (s.mark ^ value) >>> 0;
	else if (how === '--set-mark') s.mark = value >>> 0;
	else if (how === '--set-xmark') s.mark = ((s.mark & ~mask) ^ value) >>> 0;
	else throw new Error(`tracePacket: unsupported MARK ${how}`);
}

function ruleMatches(rule: ParsedRule, s: State, hop: TraceHop): boolean {
	if (rule.source && cidrContains(rule.source.cidr, s.src) === rule.source.negated) return false;
	if (rule.destination && cidrContains(rule.destination.cidr, s.dst) === rule.destination.negated) {
		return false;
	}
	if (rule.protocol && rule.protocol !== s.proto) return false;
	return rule.matches.every((m) => moduleMatches(m, s, hop));
}

const isLocal = (s: State, ip: string): boolean =>
	s.local.has(ip) || cidrContains('127.0.0.0/8', ip);

function moduleMatches(m: ParsedMatch, s: State, hop: TraceHop): boolean {
	// Each option is ANDed with the others; "!" inverts that option alone.
	return (
		m.options.every((o) => {
			const value = o.value ?? '';
			let hit: boolean;
			if (m.module === 'comment' || m.module === 'nfacct') hit = true;
			else if (m.module === 'statistic' && o.name === '--mode' && value === 'random') hit = true;
			else if (m.module === 'statistic' && o.name === '--probability') {
				hop.probability = effectiveProbability(value);
				hop.draw = s.rand();
				hit = hop.draw < hop.probability;
			} else if (['tcp', 'udp', 'sctp'].includes(m.module) && o.name === '--dport') {
				const [low, high = low] = value.split(':').map(Number);
				hit = s.dport >= low && s.dport <= high;
			} else if (m.module === 'mark' && o.name === '--mark') {
				const [mark, mask = 0xffffffff] = value.split('/').map(Number);
				hit = (s.mark & mask) >>> 0 === mark;
			} else if (m.module === 'addrtype' && value === 'LOCAL') {
				if (o.name !== '--dst-type' && o.name !== '--src-type') return unsupported(m, o.name);
				hit = isLocal(s, o.name === '--dst-type' ? s.dst : s.src);
			} else if (m.module === 'conntrack' && o.name === '--ctstate') {
				hit = value.split(',').some((state) => s.ct.has(state));
			} else return unsupported(m, o.name);
			return hit !== o.negated;
		}) &&
		(!['tcp', 'udp', 'sctp'].includes(m.module) || m.module === s.proto)
	);
}

function unsupported(m: ParsedMatch, name: string): never {
	throw new Error(`tracePacket: unsupported match -m ${m.module} ${name}`);
}
