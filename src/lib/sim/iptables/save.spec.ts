import { describe, expect, it } from 'vitest';
import { proxyRules } from './proxyRules';
import { saveRuleLine, saveString, saveText, tableSaveText } from './save';
import { makeService, makeSlice } from './testFixtures';

const cfg = { clusterCIDR: '10.0.0.0/8' };
const svc1 = makeService('ns1', 'svc1', '172.30.1.1');

describe('saveRuleLine: iptables-save normalisation', () => {
	it.each([
		[
			'-A KUBE-SERVICES -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 -j KUBE-SVC-AQI2S6QIMU7PVVRP',
			'-A KUBE-SERVICES -d 172.30.1.1/32 -p tcp -m comment --comment "ns1/svc1 cluster IP" -m tcp --dport 80 -j KUBE-SVC-AQI2S6QIMU7PVVRP'
		],
		[
			'-A KUBE-SVC-X -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
			'-A KUBE-SVC-X ! -s 10.0.0.0/8 -d 172.30.1.1/32 -p tcp -m comment --comment "ns1/svc1 cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ'
		],
		[
			'-A KUBE-SEP-X -m comment --comment ns1/svc1 -m tcp -p tcp -j DNAT --to-destination 10.0.1.1:80',
			'-A KUBE-SEP-X -p tcp -m comment --comment "ns1/svc1" -m tcp -j DNAT --to-destination 10.0.1.1:80'
		],
		[
			'-A KUBE-SVC-X -m comment --comment "a -> b" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-Y',
			'-A KUBE-SVC-X -m comment --comment "a -> b" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-Y'
		],
		[
			'-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000',
			'-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000'
		],
		[
			'-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
			'-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0'
		],
		[
			'-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN',
			'-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN'
		],
		[
			'-A KUBE-SERVICES -m comment --comment "x has no endpoints" -m tcp -p tcp -d 172.30.0.46 --dport 80 -j REJECT',
			'-A KUBE-SERVICES -d 172.30.0.46/32 -p tcp -m comment --comment "x has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable'
		],
		['-A X -s 10.0.1.5/8 -j RETURN', '-A X -s 10.0.0.0/8 -j RETURN']
	])('%s', (restore, saved) => {
		expect(saveRuleLine(restore)).toBe(saved);
	});

	it('quotes like xtables_save_string', () => {
		expect(saveString('plain_Name-1')).toBe('plain_Name-1');
		expect(saveString('ns1/svc1')).toBe('"ns1/svc1"');
		expect(saveString('say "hi"')).toBe('"say \\"hi\\""');
	});
});

describe('tableSaveText', () => {
	const result = proxyRules(
		[svc1],
		[makeSlice('ns1', 'svc1', ['10.0.1.1', '10.0.1.2', '10.0.1.3'])],
		cfg
	);

	it('shows the nat table as iptables-save prints it on the node', () => {
		expect(tableSaveText(result, 'nat')).toBe(
			[
				'*nat',
				':PREROUTING ACCEPT [0:0]',
				':INPUT ACCEPT [0:0]',
				':OUTPUT ACCEPT [0:0]',
				':POSTROUTING ACCEPT [0:0]',
				':KUBE-MARK-MASQ - [0:0]',
				':KUBE-NODEPORTS - [0:0]',
				':KUBE-POSTROUTING - [0:0]',
				':KUBE-PROXY-CANARY - [0:0]',
				':KUBE-SEP-3JOIVZTXZZRGORX4 - [0:0]',
				':KUBE-SEP-IO5XOSKPAXIFQXAJ - [0:0]',
				':KUBE-SEP-XGJFVO3L2O5SRFNT - [0:0]',
				':KUBE-SERVICES - [0:0]',
				':KUBE-SVC-AQI2S6QIMU7PVVRP - [0:0]',
				'-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
				'-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
				'-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
				'-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000',
				'-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
				'-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0',
				'-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE',
				'-A KUBE-SEP-3JOIVZTXZZRGORX4 -s 10.0.1.1/32 -m comment --comment "ns1/svc1" -j KUBE-MARK-MASQ',
				'-A KUBE-SEP-3JOIVZTXZZRGORX4 -p tcp -m comment --comment "ns1/svc1" -m tcp -j DNAT --to-destination 10.0.1.1:80',
				'-A KUBE-SEP-IO5XOSKPAXIFQXAJ -s 10.0.1.2/32 -m comment --comment "ns1/svc1" -j KUBE-MARK-MASQ',
				'-A KUBE-SEP-IO5XOSKPAXIFQXAJ -p tcp -m comment --comment "ns1/svc1" -m tcp -j DNAT --to-destination 10.0.1.2:80',
				'-A KUBE-SEP-XGJFVO3L2O5SRFNT -s 10.0.1.3/32 -m comment --comment "ns1/svc1" -j KUBE-MARK-MASQ',
				'-A KUBE-SEP-XGJFVO3L2O5SRFNT -p tcp -m comment --comment "ns1/svc1" -m tcp -j DNAT --to-destination 10.0.1.3:80',
				'-A KUBE-SERVICES -d 172.30.1.1/32 -p tcp -m comment --comment "ns1/svc1 cluster IP" -m tcp --dport 80 -j KUBE-SVC-AQI2S6QIMU7PVVRP',
				'-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
				'-A KUBE-SVC-AQI2S6QIMU7PVVRP ! -s 10.0.0.0/8 -d 172.30.1.1/32 -p tcp -m comment --comment "ns1/svc1 cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
				'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.1:80" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-3JOIVZTXZZRGORX4',
				'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.2:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-IO5XOSKPAXIFQXAJ',
				'-A KUBE-SVC-AQI2S6QIMU7PVVRP -m comment --comment "ns1/svc1 -> 10.0.1.3:80" -j KUBE-SEP-XGJFVO3L2O5SRFNT',
				'COMMIT',
				''
			].join('\n')
		);
	});

	it('shows the filter jumps in the order a live node has them', () => {
		const jumps = tableSaveText(proxyRules([svc1], [], cfg), 'filter')
			.split('\n')
			.filter((l) => /^-A (INPUT|FORWARD|OUTPUT) /.test(l));
		expect(jumps).toEqual([
			'-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
			'-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
			'-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
			'-A INPUT -j KUBE-FIREWALL',
			'-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
			'-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
			'-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
			'-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
			'-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
			'-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
			'-A OUTPUT -j KUBE-FIREWALL'
		]);
	});

	it('shows the REJECT rule and the localnet rule in the filter table', () => {
		const text = tableSaveText(proxyRules([svc1], [], cfg), 'filter');
		expect(text).toContain(
			'\n-A KUBE-SERVICES -d 172.30.1.1/32 -p tcp -m comment --comment "ns1/svc1 has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable\n'
		);
		expect(text).toContain(
			'\n-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP\n'
		);
		expect(
			text.startsWith('*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n')
		).toBe(true);
	});

	it('saveText is filter then nat', () => {
		expect(saveText(result)).toBe(tableSaveText(result, 'filter') + tableSaveText(result, 'nat'));
	});
});
