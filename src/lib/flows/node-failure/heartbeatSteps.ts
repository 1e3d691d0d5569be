/**
 * The steady state and the silence: every kubelet renews its Lease, the node lifecycle controller
 * checks on its monitor period, one node stops, and the grace period runs while the others go on.
 */
import {
	LEASE_DURATION_S,
	LEASE_RENEW_S,
	NODE_MONITOR_GRACE_S,
	NODE_MONITOR_PERIOD_S,
	lastRenewalBefore,
	renewLease,
	unknownAt
} from '$lib/sim/nodeLifecycle';
import {
	API,
	ETCD,
	KCM,
	clockText,
	kubelet,
	liveNodes,
	nfStep,
	type NodeFailureDraft
} from './draft';
import { leaseRenewals } from '$lib/flows/kit/leases';

/** When the failed node's kubelet stops, in simulated seconds: just after a renewal. */
export const STOP_AT = 25;

/** The renewal times in (from, to]: every LEASE_RENEW_S from 0. */
const renewalTimes = (from: number, to: number) =>
	Array.from({ length: Math.floor(to / LEASE_RENEW_S) }, (_, i) => (i + 1) * LEASE_RENEW_S).filter(
		(t) => t > from
	);

/** Renewals at every interval in (from, to], without messages: time the step skips over. */
function renewQuietly(d: NodeFailureDraft, nodes: string[], from: number, to: number): string[] {
	// every renewal is a write of its own, the same Lease's included: one revision each
	return renewalTimes(from, to).flatMap((t) => nodes.map((n) => renewLease(d.state, n, t).key));
}

export function renewLeases(d: NodeFailureDraft) {
	d.state.clock = 0;
	const nodes = d.state.nodes.map((n) => n.name);
	const { kvs, messages } = leaseRenewals(d.state, nodes, 0);
	return nfStep({
		stage: 'heartbeats',
		params: {
			nodes: nodes.length,
			interval: LEASE_RENEW_S,
			duration: LEASE_DURATION_S,
			first: kvs[0].mod_revision,
			last: kvs.at(-1)!.mod_revision
		},
		messages,
		active: [API, ETCD, KCM, ...nodes.map(kubelet)],
		wrote: kvs.map((kv) => kv.key)
	});
}

export function monitorNodes(d: NodeFailureDraft) {
	d.state.clock = NODE_MONITOR_PERIOD_S;
	return nfStep({
		stage: 'heartbeats',
		params: {
			period: NODE_MONITOR_PERIOD_S,
			grace: NODE_MONITOR_GRACE_S,
			nodes: d.state.nodes.length,
			age: d.state.clock
		},
		messages: [],
		active: [KCM],
		wrote: []
	});
}

export function nodeStops(d: NodeFailureDraft) {
	const from = d.state.clock;
	const nodes = d.state.nodes.map((n) => n.name);
	const wrote = renewQuietly(d, nodes, 0, STOP_AT);
	d.lastRenewal = lastRenewalBefore(STOP_AT);
	d.state.clock = STOP_AT;
	return nfStep({
		stage: 'heartbeats',
		skipped: STOP_AT - from,
		params: {
			node: d.failed,
			at: clockText(STOP_AT),
			last: clockText(d.lastRenewal),
			renewals: renewalTimes(from, STOP_AT).map(clockText).join(', '),
			skipped: STOP_AT - from
		},
		messages: [],
		active: [kubelet(d.failed)],
		wrote
	});
}

export function othersRenew(d: NodeFailureDraft) {
	const at = d.lastRenewal + LEASE_RENEW_S;
	d.state.clock = at;
	const nodes = liveNodes(d);
	const { kvs, messages } = leaseRenewals(d.state, nodes, at);
	return nfStep({
		stage: 'detection',
		params: { node: d.failed, silent: at - d.lastRenewal, others: nodes.length },
		messages,
		active: [API, ETCD, KCM, ...nodes.map(kubelet)],
		wrote: kvs.map((kv) => kv.key)
	});
}

/**
 * The last check before the controller acts: at lastRenewal + grace the silence equals the
 * grace period, and the source's test is "after", so the node is still Ready.
 */
export function graceRuns(d: NodeFailureDraft) {
	const from = d.state.clock;
	const at = unknownAt(d.lastRenewal) - NODE_MONITOR_PERIOD_S;
	const wrote = renewQuietly(d, liveNodes(d), from, at);
	d.state.clock = at;
	return nfStep({
		stage: 'detection',
		skipped: at - from,
		params: {
			node: d.failed,
			silent: at - d.lastRenewal,
			grace: NODE_MONITOR_GRACE_S,
			skipped: at - from,
			at: clockText(at),
			next: clockText(at + NODE_MONITOR_PERIOD_S)
		},
		messages: [],
		active: [KCM],
		wrote
	});
}
