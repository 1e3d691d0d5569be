/**
 * A packet's walk through the rules kube-proxy last wrote on one node, as the iptables panel
 * shows it: every rule it was tested against, the random draws, and the DNAT target.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { parseRule } from '$lib/sim/iptables/parseRule';
import { tracePacket, type Trace, type TraceOutcome } from '$lib/sim/iptables/trace';
import { nodeRules } from '$lib/sim/nodeRules';
import type { TableName } from '$lib/sim/iptables/types';

/** What the iptables panel highlights while a packet passes one node's rules. */
export interface PacketStep {
	node: string;
	/** the rules the packet was tested against, in order (see sim/iptables/trace.ts) */
	hops: {
		table: TableName;
		chain: string;
		/** rule id (see sim/iptables) */
		rule: string;
		matched: boolean;
		/** where the rule jumps: a chain, DNAT, REJECT … */
		target?: string;
		/** a statistic rule's --probability as written (0.3333333333), and the draw it met */
		probability?: string;
		draw?: number;
	}[];
	/** how the walk ended */
	outcome: TraceOutcome['kind'];
	/** the DNAT target the packet got, or null */
	to: { ip: string; port: number } | null;
}

const target = (line: string) => parseRule(line).target?.name;
const writtenProbability = (line: string) => /--probability (\S+)/.exec(line)?.[1] ?? '';

export function traceOnNode(
	state: ClusterState,
	node: string,
	packet: { src: string; dst: string; dport: number },
	rand: () => number
): PacketStep {
	const rules = nodeRules(state, node);
	if (!rules) return { node, hops: [], outcome: 'none', to: null };
	const address = state.nodes.find((n) => n.name === node)?.address;
	const trace = tracePacket(rules, { ...packet, proto: 'tcp', from: 'pod' }, rand, {
		localAddresses: address ? [address] : []
	});
	return packetStep(node, trace);
}

/** A tracer's result as a step records it. */
export function packetStep(node: string, trace: Trace): PacketStep {
	return {
		node,
		hops: trace.hops.map((h) => ({
			table: h.table,
			chain: h.chain,
			rule: h.ruleId,
			matched: h.matched,
			...(target(h.line) ? { target: target(h.line) } : {}),
			// the probability as the rule writes it (0.3333333333), not the kernel's rounding of it;
			// the draw unrounded: the panel decides how many digits tell the verdict
			...(h.probability !== undefined ? { probability: writtenProbability(h.line) } : {}),
			...(h.draw !== undefined ? { draw: h.draw } : {})
		})),
		outcome: trace.outcome.kind,
		to: trace.outcome.kind === 'dnat' ? trace.outcome.to : null
	};
}
