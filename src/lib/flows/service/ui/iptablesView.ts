/**
 * What the iptables panel shows, as plain data: one table's lines in either text form, each rule
 * line tagged with its rule id; the lines a step added or removed; the rules a packet passed; and
 * a short account of the packet's random backend choice.
 */
import type { PacketStep } from '$lib/flows/service/packet';
import type { IptablesUi } from '$lib/flows/service/ui/iptablesText';
import { tableRestoreText } from '$lib/sim/iptables/restore';
import { saveRuleLine, tableSaveText } from '$lib/sim/iptables/save';
import type { ProxyRules, TableName } from '$lib/sim/iptables/types';

export type RuleFormat = 'restore' | 'save';

export interface RuleLine {
	/** what the diff compares: the rule id for a rule, the text for any other line */
	key: string;
	text: string;
	ruleId?: string;
}

export type Change = 'added' | 'removed';
export type HopMark = 'matched' | 'passed';

export interface ShownLine extends RuleLine {
	change?: Change;
	hop?: HopMark;
}

// Rule sets are immutable snapshots (nodeRules caches them), so their lines are built once.
const cache = new WeakMap<ProxyRules, Map<string, RuleLine[]>>();

/**
 * The table exactly as restore.ts or save.ts prints it, split into lines. Rule lines get their id
 * back by matching the printed text, so the text forms stay owned by those modules.
 */
export function tableLines(rules: ProxyRules, table: TableName, format: RuleFormat): RuleLine[] {
	let byKey = cache.get(rules);
	if (!byKey) cache.set(rules, (byKey = new Map()));
	const memo = byKey.get(`${table}/${format}`);
	if (memo) return memo;
	const t = rules[table];
	// restore input holds no jumps from built-in chains; iptables-save lists them
	const candidates = format === 'restore' ? t.rules : [...t.jumps, ...t.rules];
	const ids = new Map<string, string[]>();
	for (const r of candidates) {
		const text = format === 'restore' ? r.line : saveRuleLine(r.line);
		ids.set(text, [...(ids.get(text) ?? []), r.id]);
	}
	const text = format === 'restore' ? tableRestoreText(rules, table) : tableSaveText(rules, table);
	const lines = text
		.trimEnd()
		.split('\n')
		.map((line): RuleLine => {
			const ruleId = line.startsWith('-A ') ? ids.get(line)?.shift() : undefined;
			return ruleId ? { key: ruleId, text: line, ruleId } : { key: `line:${line}`, text: line };
		});
	byKey.set(`${table}/${format}`, lines);
	return lines;
}

/**
 * `after` with the lines of `before` it lacks put back in place, marked removed, and its own new
 * lines marked added: a longest-common-subsequence diff on the keys. Both lists keep a fixed order
 * (kube-proxy's sort, or iptables-save's), so an unchanged rule never shows as moved.
 */
export function diffLines(before: readonly RuleLine[], after: readonly RuleLine[]): ShownLine[] {
	const [n, m] = [before.length, after.length];
	// lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..]
	const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i][j] =
				before[i].key === after[j].key
					? lcs[i + 1][j + 1] + 1
					: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	const out: ShownLine[] = [];
	let [i, j] = [0, 0];
	while (i < n || j < m) {
		if (i < n && j < m && before[i].key === after[j].key) {
			out.push(after[j]);
			i++;
			j++;
		} else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
			out.push({ ...before[i++], change: 'removed' });
		} else out.push({ ...after[j++], change: 'added' });
	}
	return out;
}

/** Rule id → what the packet did there, for one table: a match wins over an earlier pass. */
export function hopMarks(trace: PacketStep | undefined, table: TableName): Map<string, HopMark> {
	const marks = new Map<string, HopMark>();
	for (const hop of trace?.hops ?? []) {
		if (hop.table !== table) continue;
		if (hop.matched) marks.set(hop.rule, 'matched');
		else if (!marks.has(hop.rule)) marks.set(hop.rule, 'passed');
	}
	return marks;
}

/**
 * The lines to show. `before` is null when no change is to be shown (the step has not applied
 * yet); a rule a removed line carried is not marked as passed, since the packet met the new rules.
 */
export function shownLines(
	current: readonly RuleLine[],
	before: readonly RuleLine[] | null,
	marks: ReadonlyMap<string, HopMark>
): ShownLine[] {
	const lines: ShownLine[] = before ? diffLines(before, current) : [...current];
	return lines.map((l) => {
		const hop = l.ruleId && l.change !== 'removed' ? marks.get(l.ruleId) : undefined;
		return hop ? { ...l, hop } : l;
	});
}

/** nat first: it is where a ClusterIP is DNATed (kube-proxy itself writes filter first). */
export const TABLE_ORDER: readonly TableName[] = ['nat', 'filter'];

export interface ShownTable {
	table: TableName;
	lines: ShownLine[];
	added: number;
	removed: number;
}

/**
 * Both tables of one node as the panel shows them. `previous` is the node's rules before the step
 * (null: it had no kube-proxy, so everything is new); changes are marked only when `showChanges`.
 */
export function nodeTables(
	current: ProxyRules,
	previous: ProxyRules | null,
	showChanges: boolean,
	format: RuleFormat,
	trace?: PacketStep
): ShownTable[] {
	return TABLE_ORDER.map((table) => {
		const before = showChanges ? (previous ? tableLines(previous, table, format) : []) : null;
		const lines = shownLines(tableLines(current, table, format), before, hopMarks(trace, table));
		const count = (c: Change) => lines.filter((l) => l.change === c).length;
		return { table, lines, added: count('added'), removed: count('removed') };
	});
}

export interface Jump {
	sep: string;
	/** the --probability the rule was written with; absent on a chain's last rule */
	probability?: string;
	draw?: number;
	taken: boolean;
}

export type PacketOutcome = { kind: 'dnat'; to: string } | { kind: 'reject' } | { kind: 'none' };

/** Each KUBE-SVC → KUBE-SEP rule the packet reached, with its probability and draw, and the end. */
export function packetSummary(trace: PacketStep): { jumps: Jump[]; outcome: PacketOutcome } {
	const jumps = trace.hops.flatMap((h): Jump[] => {
		const sep = h.chain.startsWith('KUBE-SVC-') ? h.target : undefined;
		if (!sep?.startsWith('KUBE-SEP-')) return [];
		const odds = h.probability === undefined ? {} : { probability: h.probability, draw: h.draw };
		return [{ sep, ...odds, taken: h.matched }];
	});
	const outcome: PacketOutcome = trace.to
		? { kind: 'dnat', to: `${trace.to.ip}:${trace.to.port}` }
		: trace.outcome === 'reject'
			? { kind: 'reject' }
			: { kind: 'none' };
	return { jumps, outcome };
}

/**
 * A draw short enough to read (two decimals), with more digits only where the rounded draw would
 * seem to fall on the other side of the written probability than the kernel's verdict (`taken`).
 * The kernel compares with the probability it stores (0.33333333349 for 0.3333333333), so a draw
 * in between keeps all its digits.
 */
export function formatDraw(draw: number, probability: string | undefined, taken: boolean): string {
	const p = Number(probability);
	if (probability === undefined || !Number.isFinite(p)) return draw.toFixed(2);
	for (let digits = 2; digits <= 12; digits++) {
		const text = draw.toFixed(digits);
		if (Number(text) < p === taken) return text;
	}
	return String(draw);
}

/** The summary as sentences: each jump with its odds and verdict, then where the packet went. */
export function packetLines(
	trace: PacketStep,
	ui: IptablesUi
): { text: string; strong: boolean; outcome?: PacketOutcome['kind'] }[] {
	const { jumps, outcome } = packetSummary(trace);
	const end =
		outcome.kind === 'dnat'
			? ui.dnat({ to: outcome.to })
			: outcome.kind === 'reject'
				? ui.reject
				: ui.noDnat;
	return [
		...jumps.map((j) => {
			const taken = j.taken ? 1 : 0;
			const text =
				j.probability === undefined || j.draw === undefined
					? ui.lastJump({ sep: j.sep, taken })
					: ui.jump({
							sep: j.sep,
							p: j.probability,
							draw: formatDraw(j.draw, j.probability, j.taken),
							taken
						});
			return { text, strong: j.taken };
		}),
		{ text: end, strong: true, outcome: outcome.kind }
	];
}
