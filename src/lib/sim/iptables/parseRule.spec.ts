import { describe, expect, it } from 'vitest';
import { parseRule, tokenize } from './parseRule';

describe('parseRule', () => {
	it('keeps a quoted comment as one argument', () => {
		expect(tokenize('-A X -m comment --comment "a b -> c:80" -j Y')).toEqual([
			'-A',
			'X',
			'-m',
			'comment',
			'--comment',
			'"a b -> c:80"',
			'-j',
			'Y'
		]);
	});

	it('splits a rule into IP header, matches and target', () => {
		const line =
			'-A KUBE-SVC-X -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ';
		expect(parseRule(line)).toEqual({
			chain: 'KUBE-SVC-X',
			source: { cidr: '10.0.0.0/8', negated: true },
			destination: { cidr: '172.30.1.1', negated: false },
			protocol: 'tcp',
			matches: [
				{
					module: 'comment',
					options: [{ name: '--comment', value: 'ns1/svc1 cluster IP', negated: false }]
				},
				{ module: 'tcp', options: [{ name: '--dport', value: '80', negated: false }] }
			],
			target: { name: 'KUBE-MARK-MASQ', options: [] }
		});
	});

	it('negates an option inside a match and reads value-less target flags', () => {
		const mark = parseRule('-A P -m mark ! --mark 0x4000/0x4000 -j RETURN');
		expect(mark.matches[0].options[0]).toEqual({
			name: '--mark',
			value: '0x4000/0x4000',
			negated: true
		});
		const masq = parseRule('-A P -j MASQUERADE --random-fully');
		expect(masq.target).toEqual({
			name: 'MASQUERADE',
			options: [{ name: '--random-fully', negated: false }]
		});
	});

	it('refuses what it cannot read', () => {
		expect(() => parseRule(':KUBE-SERVICES - [0:0]')).toThrow();
		expect(() => parseRule('-A X --dport 80')).toThrow();
	});
});
