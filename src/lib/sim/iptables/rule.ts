/** Constructors shared by the rule builders. */
import type { IptRule, RuleOwner, TableName } from './types';

export const FIXED: RuleOwner = { kind: 'fixed' };

/** kube-proxy quotes comments itself (fmt.Sprintf(`"%s cluster IP"`, …)) when they hold spaces. */
export const quoted = (text: string): string => `"${text}"`;

export function makeRule(
	table: TableName,
	chain: string,
	args: string[],
	owner: RuleOwner = FIXED,
	source: IptRule['source'] = 'restore'
): IptRule {
	const line = ['-A', chain, ...args].join(' ');
	return { id: `${table}:${line}`, table, chain, args, line, owner, source };
}
