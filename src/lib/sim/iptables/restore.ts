/**
 * kube-proxy's iptables-restore input: "*filter", chain lines, rules, "COMMIT", then the same for
 * "*nat" (syncProxyRules writes iptablesData in that order and restores it with --noflush, so
 * only the chains it declares are flushed and rewritten).
 */
import type { IptTable, ProxyRules, TableName } from './types';

/** utiliptables.MakeChainLine: a declaration that creates the chain or flushes it. */
export const chainLine = (name: string): string => `:${name} - [0:0]`;

export function tableRestoreText(result: ProxyRules, name: TableName): string {
	return tableText(result[name]);
}

export function restoreText(result: ProxyRules): string {
	return tableText(result.filter) + tableText(result.nat);
}

function tableText(table: IptTable): string {
	const lines = [
		`*${table.name}`,
		...table.chains.map((c) => chainLine(c.name)),
		...table.rules.map((r) => r.line),
		'COMMIT'
	];
	return lines.join('\n') + '\n';
}
