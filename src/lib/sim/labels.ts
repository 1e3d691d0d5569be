/** An equality-based label selector (labels.SelectorFromSet): every key present with that value. */
export function selectorMatches(
	selector: Record<string, string>,
	labels: Record<string, string> | undefined
): boolean {
	return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}
