/**
 * Label selectors as `kubectl get -l` takes them (k8s.io/apimachinery/pkg/labels/selector.go):
 * `k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`, joined by commas.
 */
export type Requirement = (labels: Record<string, string>) => boolean;

/**
 * The selector as one test, or the parser's complaint about the requirement it could not read:
 * what it found where an operator belongs (parseOperator's message).
 */
export function parseSelector(text: string): Requirement | { error: string } {
	// an empty selector selects everything (labels.Everything)
	if (!text.trim()) return () => true;
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const c of text) {
		if (c === '(') depth++;
		if (c === ')') depth--;
		if (c === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += c;
	}
	parts.push(current);
	const tests: Requirement[] = [];
	for (const raw of parts) {
		const part = raw.trim();
		const set = part.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/);
		const cmp = part.match(/^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/);
		if (set) {
			const [, key, op, list] = set;
			const values = list.split(',').map((v) => v.trim());
			const value = (l: Record<string, string>) => (Object.hasOwn(l, key) ? l[key] : undefined);
			tests.push((l) => (op === 'in' ? values.includes(value(l)!) : !values.includes(value(l)!)));
		} else if (cmp) {
			const [, key, op, value] = cmp;
			const has = (l: Record<string, string>) => Object.hasOwn(l, key) && l[key] === value;
			tests.push((l) => (op === '!=' ? !has(l) : has(l)));
		} else if (/^[\w./-]+$/.test(part)) tests.push((l) => Object.hasOwn(l, part));
		else if (/^!\s*[\w./-]+$/.test(part)) {
			const key = part.slice(1).trim();
			tests.push((l) => !Object.hasOwn(l, key));
		} else {
			const found = part.replace(/^!?\s*[\w./-]*\s*/, '').match(/^([!=<>(),]+|[^\s!=<>(),]+)/);
			return {
				error: `unable to parse requirement: found '${found?.[1] ?? ''}', expected: in, notin, =, ==, !=, gt, lt`
			};
		}
	}
	return (labels) => tests.every((t) => t(labels));
}
