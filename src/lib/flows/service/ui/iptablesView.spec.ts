import { describe, expect, it } from 'vitest';
import type { PacketStep } from '$lib/flows/service/packet';
import { proxyRules } from '$lib/sim/iptables/proxyRules';
import { tableRestoreText } from '$lib/sim/iptables/restore';
import { tableSaveText } from '$lib/sim/iptables/save';
import { makeService, makeSlice } from '$lib/sim/iptables/testFixtures';
import { tracePacket } from '$lib/sim/iptables/trace';
import { iptablesUi } from '$lib/flows/service/ui/iptablesText';
import { packetStep } from '$lib/flows/service/packet';
import {
	diffLines,
	formatDraw,
	hopMarks,
	packetLines,
	packetSummary,
	shownLines,
	tableLines,
	type RuleLine
} from './iptablesView';

const cfg = { clusterCIDR: '10.244.0.0/16', randomFully: true };
const web = makeService('default', 'web', '10.96.0.50', [{ port: 80, targetPort: 8080 }]);
const port8080 = [{ name: '', protocol: 'TCP' as const, port: 8080 }];
const rulesWith = (ips: string[]) =>
	proxyRules([web], [makeSlice('default', 'web', ips, port8080)], cfg);
const two = rulesWith(['10.244.1.2', '10.244.2.2']);
const three = rulesWith(['10.244.1.2', '10.244.2.2', '10.244.3.2']);
const none = rulesWith([]);

/** A trace as the flow records it (PacketStep), from the real tracer. */
function traced(draws: number[], rules = three): PacketStep {
	const packet = { src: '10.244.3.3', dst: '10.96.0.50', dport: 80, proto: 'tcp' as const };
	return packetStep(
		'node-3',
		tracePacket(rules, packet, () => draws.shift() ?? 0.5)
	);
}

describe('tableLines', () => {
	it.each(['filter', 'nat'] as const)(
		'restore form is restore.ts text, line for line (%s)',
		(table) => {
			const lines = tableLines(three, table, 'restore');
			expect(lines.map((l) => l.text).join('\n') + '\n').toBe(tableRestoreText(three, table));
			// every rule the restore input holds has its id, and no jump from a built-in chain is there
			expect(lines.filter((l) => l.ruleId).map((l) => l.ruleId)).toEqual(
				three[table].rules.map((r) => r.id)
			);
		}
	);

	it.each(['filter', 'nat'] as const)('save form is save.ts text, with jumps (%s)', (table) => {
		const lines = tableLines(three, table, 'save');
		expect(lines.map((l) => l.text).join('\n') + '\n').toBe(tableSaveText(three, table));
		const ids = new Set(lines.flatMap((l) => (l.ruleId ? [l.ruleId] : [])));
		for (const r of [...three[table].jumps, ...three[table].rules]) expect(ids).toContain(r.id);
	});

	it('keys a rule by its id in both forms, other lines by their text', () => {
		const sep = three.nat.rules.find((r) => r.line.includes('-j DNAT'))!;
		for (const format of ['restore', 'save'] as const) {
			const line = tableLines(three, 'nat', format).find((l) => l.ruleId === sep.id)!;
			expect(line.key).toBe(sep.id);
		}
		expect(tableLines(three, 'nat', 'restore')[0]).toEqual({ key: 'line:*nat', text: '*nat' });
	});

	it('returns the same array for the same rule set (computed once)', () => {
		expect(tableLines(two, 'nat', 'save')).toBe(tableLines(two, 'nat', 'save'));
	});
});

const L = (...keys: string[]): RuleLine[] => keys.map((k) => ({ key: k, text: k }));
const marked = (lines: ReturnType<typeof diffLines>) =>
	lines.map((l) => (l.change === 'added' ? '+' : l.change === 'removed' ? '-' : ' ') + l.key);

describe('diffLines', () => {
	it.each([
		[L('a', 'b', 'c'), L('a', 'b', 'c'), [' a', ' b', ' c']],
		[L('a', 'c'), L('a', 'b', 'c'), [' a', '+b', ' c']],
		[L('a', 'b', 'c'), L('a', 'c'), [' a', '-b', ' c']],
		[L('a', 'p1', 'z'), L('a', 'p2', 'z'), [' a', '-p1', '+p2', ' z']],
		[L(), L('a', 'b'), ['+a', '+b']],
		[L('a', 'b'), L(), ['-a', '-b']],
		[L('x', 'a', 'b'), L('a', 'b', 'y'), ['-x', ' a', ' b', '+y']]
	])('%j → %j', (before, after, expected) => {
		expect(marked(diffLines(before, after))).toEqual(expected);
	});

	it('scaling 2 → 3 endpoints: new SEP chain and rules added, the changed probability swapped', () => {
		const d = diffLines(tableLines(two, 'nat', 'restore'), tableLines(three, 'nat', 'restore'));
		const added = d.filter((l) => l.change === 'added').map((l) => l.text);
		const removed = d.filter((l) => l.change === 'removed').map((l) => l.text);
		// 1/2 becomes 1/3 on the first endpoint's rule; a new chain, two SEP rules and a jump appear
		expect(removed).toHaveLength(2);
		expect(removed[0]).toContain('--probability 0.5000000000');
		expect(added.filter((t) => t.startsWith(':KUBE-SEP-'))).toHaveLength(1);
		expect(added.some((t) => t.includes('--probability 0.3333333333'))).toBe(true);
		expect(
			added.filter((t) => t.includes('-j DNAT --to-destination 10.244.3.2:8080'))
		).toHaveLength(1);
		// what stays is every line of the new table, in order
		expect(d.filter((l) => l.change !== 'removed').map((l) => l.text)).toEqual(
			tableLines(three, 'nat', 'restore').map((l) => l.text)
		);
	});

	it('losing every endpoint: the nat chains go, filter gains the REJECT', () => {
		const nat = diffLines(tableLines(two, 'nat', 'save'), tableLines(none, 'nat', 'save'));
		expect(nat.some((l) => l.change === 'added')).toBe(false);
		expect(nat.filter((l) => l.change === 'removed' && l.text.includes('KUBE-SEP-'))).not.toEqual(
			[]
		);
		const filter = diffLines(tableLines(two, 'filter', 'save'), tableLines(none, 'filter', 'save'));
		expect(filter.filter((l) => l.change).map((l) => [l.change, l.text])).toEqual([
			[
				'added',
				'-A KUBE-SERVICES -d 10.96.0.50/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable'
			]
		]);
	});
});

describe('hopMarks and shownLines', () => {
	it('marks matched and passed rules of one table; a match wins', () => {
		const trace = traced([0.9, 0.2]);
		const nat = hopMarks(trace, 'nat');
		const sepRules = three.nat.rules.filter((r) => r.chain.startsWith('KUBE-SVC-'));
		// [masquerade check, 1/3 → no, 1/2 → yes, last]: the last one is never reached
		expect(sepRules.map((r) => nat.get(r.id))).toEqual(['passed', 'passed', 'matched', undefined]);
		expect([...hopMarks(trace, 'filter').keys()].every((id) => id.startsWith('filter:'))).toBe(
			true
		);
		const hops = [false, true, false].map((matched) => ({
			table: 'nat' as const,
			chain: 'C',
			rule: 'r',
			matched
		}));
		expect(hopMarks({ node: 'n', hops, outcome: 'none', to: null }, 'nat').get('r')).toBe(
			'matched'
		);
	});

	it('without a trace nothing is marked', () => {
		expect(hopMarks(undefined, 'nat').size).toBe(0);
	});

	it('shows no change before the step applies, and hops only on lines that are still there', () => {
		const before = tableLines(two, 'nat', 'restore');
		const after = tableLines(three, 'nat', 'restore');
		const marks = hopMarks(traced([0.1]), 'nat');
		expect(shownLines(after, null, marks).some((l) => l.change)).toBe(false);
		const shown = shownLines(after, before, marks);
		expect(shown.filter((l) => l.change === 'removed').every((l) => !l.hop)).toBe(true);
		expect(shown.filter((l) => l.hop === 'matched').length).toBeGreaterThan(2);
	});
});

describe('packetSummary', () => {
	it('lists each KUBE-SVC jump with its probability and draw, then the DNAT target', () => {
		const s = packetSummary(traced([0.71, 0.2]));
		expect(s.jumps).toEqual([
			{
				sep: expect.stringMatching(/^KUBE-SEP-/),
				probability: '0.3333333333',
				draw: 0.71,
				taken: false
			},
			{
				sep: expect.stringMatching(/^KUBE-SEP-/),
				probability: '0.5000000000',
				draw: 0.2,
				taken: true
			}
		]);
		expect(s.outcome).toEqual({ kind: 'dnat', to: '10.244.2.2:8080' });
	});

	it('the last rule has no probability and always matches when reached', () => {
		const s = packetSummary(traced([0.9, 0.9]));
		expect(s.jumps.at(-1)).toEqual({ sep: expect.any(String), taken: true });
		expect(s.outcome).toEqual({ kind: 'dnat', to: '10.244.3.2:8080' });
	});

	it('a Service without endpoints: no jumps, REJECT', () => {
		expect(packetSummary(traced([], none))).toEqual({ jumps: [], outcome: { kind: 'reject' } });
	});

	it('nothing matched: no outcome', () => {
		expect(packetSummary({ node: 'n', hops: [], outcome: 'none', to: null }).outcome).toEqual({
			kind: 'none'
		});
	});
});

describe('packetLines', () => {
	it('writes each jump and the end, in English and Korean', () => {
		const trace = traced([0.71, 0.2]);
		const en = packetLines(trace, iptablesUi.en);
		expect(en.map((l) => l.text.replace(/KUBE-SEP-\w+/, 'SEP'))).toEqual([
			'SEP p=0.3333333333 draw 0.71 → no',
			'SEP p=0.5000000000 draw 0.20 → yes',
			'DNAT to 10.244.2.2:8080'
		]);
		expect(en.map((l) => l.strong)).toEqual([false, true, true]);
		expect(en.at(-1)!.outcome).toBe('dnat');
		const ko = packetLines(trace, iptablesUi.ko).map((l) => l.text);
		expect(ko[0]).toMatch(/난수 0\.71 → 다음 규칙으로$/);
		expect(ko.at(-1)).toBe('10.244.2.2:8080으로 DNAT');
	});

	it('says REJECT for a Service without endpoints', () => {
		expect(packetLines(traced([], none), iptablesUi.en)).toEqual([
			{ text: iptablesUi.en.reject, strong: true, outcome: 'reject' }
		]);
	});
});

describe('formatDraw', () => {
	it.each([
		[0.71, '0.3333333333', false, '0.71'],
		[0.3334, '0.3333333333', false, '0.3334'],
		[0.3332, '0.3333333333', true, '0.33'],
		[0.33333333339, '0.3333333333', false, '0.3333333334'],
		// above the written value but below the kernel's 0.33333333349: taken, and 0.33 reads so
		[0.33333333335, '0.3333333333', true, '0.33'],
		[0.123456, undefined, true, '0.12'],
		[0.5, '0.5000000000', false, '0.50']
	])('%f against p=%s (taken %s) → %s', (draw, p, taken, text) => {
		expect(formatDraw(draw, p, taken)).toBe(text);
	});
});
