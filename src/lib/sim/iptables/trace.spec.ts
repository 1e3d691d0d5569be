import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/sim/rng';
import { proxyRules } from './proxyRules';
import { makeService, makeSlice } from './testFixtures';
import { tracePacket, type TracePacket } from './trace';
import type { ProxyRules } from './types';

const cfg = { clusterCIDR: '10.0.0.0/8' };
const svc1 = makeService('ns1', 'svc1', '172.30.1.1');
const three = proxyRules(
	[svc1],
	[makeSlice('ns1', 'svc1', ['10.0.1.1', '10.0.1.2', '10.0.1.3'])],
	cfg
);
const toSvc1: TracePacket = { src: '10.0.2.5', dst: '172.30.1.1', dport: 80, proto: 'tcp' };

/** A rand that replays fixed draws and fails the test if asked for more. */
function draws(...values: number[]): () => number {
	return () => {
		if (values.length === 0) throw new Error('unexpected draw');
		return values.shift()!;
	};
}

describe('tracePacket: picking an endpoint', () => {
	it.each([
		[[0.1], '10.0.1.1', 'KUBE-SEP-3JOIVZTXZZRGORX4'],
		[[0.5, 0.2], '10.0.1.2', 'KUBE-SEP-IO5XOSKPAXIFQXAJ'],
		[[0.9, 0.9], '10.0.1.3', 'KUBE-SEP-XGJFVO3L2O5SRFNT']
	])('draws %j → %s', (values, ip, sep) => {
		expect(tracePacket(three, toSvc1, draws(...values)).outcome).toEqual({
			kind: 'dnat',
			to: { ip, port: 80 },
			sep,
			svc: 'KUBE-SVC-AQI2S6QIMU7PVVRP',
			masquerade: false
		});
	});

	it('compares with the kernel-stored probability, not the written one', () => {
		// 0.33333333340 > 0.3333333333 as written, but < 715827883 / 2^31 ≈ 0.33333333349.
		const trace = tracePacket(three, toSvc1, draws(0.3333333334));
		expect(trace.outcome).toMatchObject({ to: { ip: '10.0.1.1' } });
		const hop = trace.hops.find((h) => h.draw !== undefined)!;
		expect(hop).toMatchObject({
			probability: 715827883 / 2 ** 31,
			draw: 0.3333333334,
			matched: true
		});
	});

	it('records the path rule by rule, from nat PREROUTING to nat POSTROUTING', () => {
		const { hops } = tracePacket(three, toSvc1, draws(0.9, 0.2));
		expect(hops.map((h) => `${h.table} ${h.chain} ${h.index} ${h.matched}`)).toEqual([
			'nat PREROUTING 0 true',
			'nat KUBE-SERVICES 0 true',
			'nat KUBE-SVC-AQI2S6QIMU7PVVRP 0 false',
			'nat KUBE-SVC-AQI2S6QIMU7PVVRP 1 false',
			'nat KUBE-SVC-AQI2S6QIMU7PVVRP 2 true',
			'nat KUBE-SEP-IO5XOSKPAXIFQXAJ 0 false',
			'nat KUBE-SEP-IO5XOSKPAXIFQXAJ 1 true',
			'filter FORWARD 0 true',
			'filter FORWARD 1 true',
			'filter KUBE-FORWARD 0 false',
			'filter KUBE-FORWARD 1 false',
			'filter KUBE-FORWARD 2 false',
			'filter FORWARD 2 true',
			'filter FORWARD 3 true',
			'nat POSTROUTING 0 true',
			'nat KUBE-POSTROUTING 0 true'
		]);
		const tables = [three.nat, three.filter];
		const ids = new Set(tables.flatMap((t) => [...t.rules, ...t.jumps]).map((r) => r.id));
		expect(hops.every((h) => ids.has(h.ruleId))).toBe(true);
		expect(hops[3]).toMatchObject({ draw: 0.9, matched: false });
		expect(hops[4]).toMatchObject({ probability: 0.5, draw: 0.2, matched: true });
	});

	it('draws only when a statistic rule is reached', () => {
		const one = proxyRules([svc1], [makeSlice('ns1', 'svc1', ['10.0.1.1'])], cfg);
		expect(tracePacket(one, toSvc1, draws()).outcome).toMatchObject({ kind: 'dnat' });
	});

	it('spreads connections evenly over three endpoints', () => {
		const rand = createRng('kube-proxy');
		const counts = new Map<string, number>();
		const runs = 3000;
		for (let i = 0; i < runs; i++) {
			const { outcome } = tracePacket(three, toSvc1, rand);
			if (outcome.kind !== 'dnat') throw new Error(outcome.kind);
			counts.set(outcome.to.ip, (counts.get(outcome.to.ip) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual(['10.0.1.1', '10.0.1.2', '10.0.1.3']);
		for (const n of counts.values()) expect(Math.abs(n / runs - 1 / 3)).toBeLessThan(0.04);
	});
});

describe('tracePacket: other outcomes', () => {
	const empty = proxyRules([svc1], [], cfg);

	it('rejects in filter KUBE-SERVICES when the service has no endpoints', () => {
		const { outcome, hops } = tracePacket(empty, toSvc1, draws());
		const reject = empty.filter.rules.find((r) => r.args.at(-1) === 'REJECT')!;
		expect(outcome).toEqual({ kind: 'reject', ruleId: reject.id });
		expect(hops.at(-1)).toMatchObject({ table: 'filter', chain: 'KUBE-SERVICES', matched: true });
	});

	it('takes nat OUTPUT and filter OUTPUT for a packet sent by the node itself', () => {
		const node: TracePacket = { ...toSvc1, src: '192.168.56.11', from: 'node' };
		const { outcome, hops } = tracePacket(empty, node, draws());
		expect(outcome.kind).toBe('reject');
		expect(hops[0]).toMatchObject({ table: 'nat', chain: 'OUTPUT' });
		expect(hops.some((h) => h.table === 'filter' && h.chain === 'OUTPUT')).toBe(true);
		const fromNode = tracePacket(three, node, draws(0.1)).outcome;
		// The node is outside the pod CIDR, so KUBE-SVC marks it and KUBE-POSTROUTING masquerades.
		expect(fromNode).toMatchObject({ kind: 'dnat', masquerade: true });
	});

	it('leaves a packet to an unknown IP alone', () => {
		const packet = { ...toSvc1, dst: '93.184.216.34', dport: 443 };
		expect(tracePacket(three, packet, draws()).outcome).toEqual({ kind: 'none' });
	});

	it('leaves a packet to the right IP but another port alone', () => {
		expect(tracePacket(three, { ...toSvc1, dport: 81 }, draws()).outcome).toEqual({ kind: 'none' });
	});

	it('masquerades hairpin traffic, a pod reaching itself through the service', () => {
		const hairpin = { ...toSvc1, src: '10.0.1.1' };
		expect(tracePacket(three, hairpin, draws(0.1)).outcome).toMatchObject({ masquerade: true });
	});

	it('treats the node address as LOCAL only when told so (KUBE-NODEPORTS)', () => {
		const toNode = { ...toSvc1, dst: '192.168.56.11', dport: 30080 };
		const hops = tracePacket(three, toNode, draws(), { localAddresses: ['192.168.56.11'] }).hops;
		const nodeports = hops.find((h) => h.line.includes('-j KUBE-NODEPORTS') && h.table === 'nat');
		expect(nodeports?.matched).toBe(true);
	});
});

describe('tracePacket reads the rule text', () => {
	it('follows an edited DNAT rule', () => {
		const edited: ProxyRules = structuredClone(three);
		const dnat = edited.nat.rules.find((r) => r.line.includes('--to-destination 10.0.1.1:80'))!;
		dnat.line = dnat.line.replace('10.0.1.1:80', '10.9.9.9:8080');
		expect(tracePacket(edited, toSvc1, draws(0.1)).outcome).toMatchObject({
			to: { ip: '10.9.9.9', port: 8080 }
		});
	});
});
