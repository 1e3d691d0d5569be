import { describe, expect, it } from 'vitest';
import { masqueradeMarkForBit } from './fixedRules';
import { proxyRules } from './proxyRules';
import { restoreText, tableRestoreText } from './restore';
import { makeService, makeSlice } from './testFixtures';
import type { IptRule } from './types';

/** Reference §3, "ClusterIP service with 3 endpoints", copied verbatim. */
const REFERENCE_NAT = `*nat
:KUBE-NODEPORTS - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SEP-3JOIVZTXZZRGORX4 - [0:0]
:KUBE-SEP-IO5XOSKPAXIFQXAJ - [0:0]
:KUBE-SEP-XGJFVO3L2O5SRFNT - [0:0]
:KUBE-SVC-AQI2S6QIMU7PVVRP - [0:0]
-A KUBE-SERVICES -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 -j KUBE-SVC-AQI2S6QIMU7PVVRP
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE
-A KUBE-SEP-3JOIVZTXZZRGORX4 -m comment --comment ns1/svc1 -s 10.0.1.1 -j KUBE-MARK-MASQ
-A KUBE-SEP-3JOIVZTXZZRGORX4 -m comment --comment ns1/svc1 -m tcp -p tcp -j DNAT --to-destination 10.0.1.1:80
-A KUBE-SEP-IO5XOSKPAXIFQXAJ -m comment --comment ns1/svc1 -s 10.0.1.2 -j KUBE-MARK-MASQ
-A KUBE-SEP-IO5XOSKPAXIFQXAJ -m comment --comment ns1/svc1 -m tcp -p tcp -j DNAT --to-destination 10.0.1.2:80
-A KUBE-SEP-XGJFVO3L2O5SRFNT -m comment --comment ns1/svc1 -s 10.0.1.3 -j KUBE-MARK-MASQ
-A KUBE-SEP-XGJFVO3L2O5SRFNT -m comment --comment ns1/svc1 -m tcp -p tcp -j DNAT --to-destination 10.0.1.3:80
-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ
-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.1:80" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-3JOIVZTXZZRGORX4
-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.2:80" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-IO5XOSKPAXIFQXAJ
-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.3:80" -j KUBE-SEP-XGJFVO3L2O5SRFNT
COMMIT
`;

const svc1 = makeService('ns1', 'svc1', '172.30.1.1');
const slice1 = (...ips: string[]) => makeSlice('ns1', 'svc1', ips);
const cfg = { clusterCIDR: '10.0.0.0/8', randomFully: false };
const natLines = (rules: IptRule[]) => rules.map((r) => r.line);

describe('proxyRules: the reference example', () => {
	it('nat table is byte-identical to the reference block', () => {
		const result = proxyRules([svc1], [slice1('10.0.1.1', '10.0.1.2', '10.0.1.3')], cfg);
		expect(tableRestoreText(result, 'nat')).toBe(REFERENCE_NAT);
	});

	it('does not depend on the order endpoints are listed in', () => {
		const result = proxyRules([svc1], [slice1('10.0.1.3', '10.0.1.1', '10.0.1.2')], cfg);
		expect(tableRestoreText(result, 'nat')).toBe(REFERENCE_NAT);
	});

	it('writes the filter table first, as one iptables-restore input', () => {
		const result = proxyRules([svc1], [slice1('10.0.1.1')], cfg);
		const text = restoreText(result);
		expect(text.startsWith('*filter\n:KUBE-NODEPORTS - [0:0]\n:KUBE-SERVICES - [0:0]\n')).toBe(
			true
		);
		expect(text.endsWith(tableRestoreText(result, 'nat'))).toBe(true);
		expect(text.match(/^COMMIT$/gm)).toHaveLength(2);
	});
});

describe('proxyRules: load balancing over n endpoints', () => {
	const svcRules = (n: number) => {
		const ips = Array.from({ length: n }, (_, i) => `10.0.1.${i + 1}`);
		const result = proxyRules([svc1], [slice1(...ips)], cfg);
		return natLines(result.nat.rules.filter((r) => r.chain === 'KUBE-SVC-AQI2S6QIMU7PVVRP'));
	};

	it('1 endpoint: one unconditional rule', () => {
		expect(svcRules(1).slice(1)).toEqual([
			'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.1:80" -j KUBE-SEP-3JOIVZTXZZRGORX4'
		]);
	});

	it('2 endpoints: 1/2, then the rest', () => {
		expect(svcRules(2).slice(1)).toEqual([
			'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.1:80" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-3JOIVZTXZZRGORX4',
			'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.2:80" -j KUBE-SEP-IO5XOSKPAXIFQXAJ'
		]);
	});

	it('3 endpoints: 1/3, 1/2, the rest', () => {
		expect(svcRules(3).map((l) => l.match(/--probability (\S+)/)?.[1])).toEqual([
			undefined,
			'0.3333333333',
			'0.5000000000',
			undefined
		]);
	});

	it('4 endpoints: 1/4, 1/3, 1/2, the rest', () => {
		expect(svcRules(4).map((l) => l.match(/--probability (\S+)/)?.[1])).toEqual([
			undefined,
			'0.2500000000',
			'0.3333333333',
			'0.5000000000',
			undefined
		]);
	});
});

describe('proxyRules: a service without endpoints', () => {
	const result = proxyRules([svc1], [], cfg);

	it('gets a REJECT rule in the filter table KUBE-SERVICES chain', () => {
		expect(natLines(result.filter.rules.filter((r) => r.chain === 'KUBE-SERVICES'))).toEqual([
			'-A KUBE-SERVICES -m comment --comment "ns1/svc1 has no endpoints" -m tcp -p tcp -d 172.30.1.1 --dport 80 -j REJECT'
		]);
	});

	it('gets no nat chain and no portal rule', () => {
		expect(result.nat.chains.map((c) => c.name)).toEqual([
			'KUBE-NODEPORTS',
			'KUBE-SERVICES',
			'KUBE-MARK-MASQ',
			'KUBE-POSTROUTING'
		]);
		expect(natLines(result.nat.rules.filter((r) => r.chain === 'KUBE-SERVICES'))).toHaveLength(1);
	});

	it('is rejected when its only endpoint is not ready', () => {
		const notReady = makeSlice('ns1', 'svc1', [{ ip: '10.0.1.1', ready: false, serving: false }]);
		const r = proxyRules([svc1], [notReady], cfg);
		expect(r.filter.rules.some((x) => x.args.at(-1) === 'REJECT')).toBe(true);
		expect(r.servicePorts[0].allEndpoints).toHaveLength(1);
		expect(r.servicePorts[0].endpoints).toHaveLength(0);
	});
});

describe('proxyRules: the fixed rules', () => {
	it('writes the v1.34 filter table', () => {
		expect(tableRestoreText(proxyRules([], [], cfg), 'filter')).toBe(
			[
				'*filter',
				':KUBE-NODEPORTS - [0:0]',
				':KUBE-SERVICES - [0:0]',
				':KUBE-EXTERNAL-SERVICES - [0:0]',
				':KUBE-FIREWALL - [0:0]',
				':KUBE-FORWARD - [0:0]',
				':KUBE-PROXY-FIREWALL - [0:0]',
				'-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
				'-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP',
				'-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
				'-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
				'COMMIT',
				''
			].join('\n')
		);
	});

	it('follows the config switches', () => {
		const r = proxyRules([svc1], [slice1('10.0.1.1')], {
			randomFully: true,
			localhostNodePorts: false,
			nfacct: false,
			masqueradeMark: masqueradeMarkForBit(14)
		});
		const text = restoreText(r);
		expect(text).toContain('-j MASQUERADE --random-fully\n');
		expect(text).toContain('-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000\n');
		expect(text).toContain('-m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS\n');
		expect(text).toContain('-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP\n');
		expect(text).not.toContain('KUBE-FIREWALL');
		// Without a cluster CIDR there is no local-traffic detector and no "! -s" masquerade rule.
		expect(text).not.toContain('! -s');
	});

	it('formats the mark like Go "%#08x"', () => {
		expect(masqueradeMarkForBit(14)).toBe('0x00004000');
		expect(masqueradeMarkForBit(0)).toBe('0x00000001');
	});
});

describe('proxyRules: a function of Services and EndpointSlices', () => {
	const svc2 = makeService('ns2', 'svc2', '172.30.2.2', [
		{ name: 'http', port: 8080, targetPort: 80 }
	]);
	const slice2 = makeSlice(
		'ns2',
		'svc2',
		['10.0.2.1'],
		[{ name: 'http', protocol: 'TCP', port: 80 }]
	);

	it('two services: portal rules by service name, nodeports rule last', () => {
		const r = proxyRules([svc2, svc1], [slice2, slice1('10.0.1.1')], cfg);
		const portals = natLines(r.nat.rules.filter((x) => x.chain === 'KUBE-SERVICES'));
		expect(portals.map((l) => l.match(/--comment "([^"]+)"/)?.[1])).toEqual([
			'ns1/svc1 cluster IP',
			'ns2/svc2:http cluster IP',
			'kubernetes service nodeports; NOTE: this must be the last rule in this chain'
		]);
		expect(portals[1]).toContain('-d 172.30.2.2 --dport 8080 -j KUBE-SVC-');
		expect(natLines(r.nat.rules)).toContain(
			`-A ${r.servicePorts[1].endpoints[0].sepChain} -m comment --comment ns2/svc2:http -m tcp -p tcp -j DNAT --to-destination 10.0.2.1:80`
		);
		const names = r.nat.chains.map((c) => c.name);
		expect(names.slice(4)).toEqual([...names.slice(4)].sort());
	});

	it('tags every service rule with its service, port and endpoint', () => {
		const r = proxyRules([svc1, svc2], [slice1('10.0.1.1'), slice2], cfg);
		const sep = r.nat.rules.filter(
			(x) => x.chain.startsWith('KUBE-SEP-') && x.owner.kind === 'service'
		);
		expect(sep.map((x) => x.owner)).toContainEqual({
			kind: 'service',
			service: 'ns2/svc2',
			servicePort: 'ns2/svc2:http',
			endpoint: '10.0.2.1:80'
		});
		const fixed = r.nat.rules.filter((x) => x.owner.kind === 'fixed').map((x) => x.chain);
		expect(new Set(fixed)).toEqual(
			new Set(['KUBE-SERVICES', 'KUBE-MARK-MASQ', 'KUBE-POSTROUTING'])
		);
		expect(new Set(r.nat.rules.map((x) => x.id)).size).toBe(r.nat.rules.length);
	});

	it('leaves a not-ready endpoint out', () => {
		const slice = makeSlice('ns1', 'svc1', ['10.0.1.1', { ip: '10.0.1.2', ready: false }]);
		const text = tableRestoreText(proxyRules([svc1], [slice], cfg), 'nat');
		expect(text).toContain('--to-destination 10.0.1.1:80');
		expect(text).not.toContain('10.0.1.2');
		expect(text).not.toContain('statistic');
	});

	it('falls back to a serving, terminating endpoint when none is ready', () => {
		const slice = makeSlice('ns1', 'svc1', [{ ip: '10.0.1.9', ready: false, terminating: true }]);
		const r = proxyRules([svc1], [slice], cfg);
		expect(tableRestoreText(r, 'nat')).toContain('--to-destination 10.0.1.9:80');
		expect(r.filter.rules.some((x) => x.args.includes('REJECT'))).toBe(false);
	});

	it('ignores a slice labelled for another service', () => {
		const stray = makeSlice('ns1', 'other', ['10.0.9.9']);
		const r = proxyRules([svc1], [stray, slice1('10.0.1.1')], cfg);
		expect(restoreText(r)).not.toContain('10.0.9.9');
	});

	it('needs the slice port name to match the service port name', () => {
		const wrongName = makeSlice(
			'ns2',
			'svc2',
			['10.0.2.1'],
			[{ name: '', protocol: 'TCP', port: 80 }]
		);
		const r = proxyRules([svc2], [wrongName], cfg);
		expect(restoreText(r)).toContain('"ns2/svc2:http has no endpoints"');
	});

	it('skips headless services', () => {
		const headless = makeService('ns1', 'db', 'None');
		expect(
			proxyRules([headless], [makeSlice('ns1', 'db', ['10.0.5.5'])], cfg).servicePorts
		).toEqual([]);
	});

	it('drops per-endpoint comments above 1000 endpoints, like kube-proxy', () => {
		const ips = Array.from({ length: 1001 }, (_, i) => `10.1.${i >> 8}.${i & 255}`);
		const r = proxyRules([svc1], [slice1(...ips)], cfg);
		const sep = r.nat.rules.find((x) => x.chain.startsWith('KUBE-SEP-'))!;
		expect(sep.line).toMatch(/^-A KUBE-SEP-\w+ -s 10\.1\.\d+\.\d+ -j KUBE-MARK-MASQ$/);
		expect(r.nat.rules.find((x) => x.chain === 'KUBE-SERVICES')!.line).toContain('cluster IP');
	});

	it('is deterministic', () => {
		const a = restoreText(proxyRules([svc1, svc2], [slice1('10.0.1.1'), slice2], cfg));
		const b = restoreText(proxyRules([svc2, svc1], [slice2, slice1('10.0.1.1')], cfg));
		expect(a).toBe(b);
	});
});
