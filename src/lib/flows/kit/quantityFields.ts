/**
 * Resource quantity fields (`cpu: cpu()`, `memory: memory()`), apart from fields.ts so that a flow
 * whose scenario has none does not load the quantity parser with its page.
 */
import { formatCpu, formatMemory, parseCpu, parseMemory } from '$lib/sim/quantity';
import type { Field } from './fields';

/** A resource quantity, or no request at all (empty). */
function quantity(
	parse: (v: string) => number | null,
	format: (n: number) => string,
	reason: 'cpu' | 'memory'
): Field<number | null> {
	return {
		read: (v) => {
			if (v === '') return { value: null };
			const n = parse(v);
			return n === null ? { problems: [{ reason }] } : { value: n };
		},
		write: (n) => (n === null ? '' : format(n)),
		input: { type: 'text', optional: true }
	};
}

/** millicores: `250m`, `0.5`, `2` */
export const cpu = () => quantity(parseCpu, formatCpu, 'cpu');
/** bytes: `128Mi`, `1Gi`, `500M` */
export const memory = () => quantity(parseMemory, formatMemory, 'memory');
