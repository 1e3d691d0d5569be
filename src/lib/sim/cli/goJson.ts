/**
 * JSON as `kubectl get -o json` prints it: json.MarshalIndent with four spaces over the
 * unstructured object the apiserver returned, so map keys come out sorted, and Go's encoder
 * escapes <, > and & for HTML (cli-runtime/pkg/printers/json.go).
 */
export function goJson(value: unknown, { sorted = true } = {}): string {
	// a typed object (kubectl run's, say) keeps its Go struct's field order: the order given here
	return JSON.stringify(sorted ? sortKeys(value) : value, null, 4).replace(
		/[<>&]/g,
		(c) => `\\u00${c.charCodeAt(0).toString(16)}`
	);
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])
		);
	return value;
}
