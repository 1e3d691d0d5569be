/**
 * The shapes apimachinery's validation accepts (pkg/util/validation/validation.go), as patterns
 * and yes/no checks. A link's values need only the answer; validationText.ts says what is wrong
 * in the API server's words, and stays out of a page's first load.
 */
export const DNS1123_LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1035_LABEL_PATTERN = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN_PATTERN =
	/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const LABEL_VALUE_PATTERN = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
export const NAME_PART_PATTERN = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** IsDNS1123Label */
export const isDns1123Label = (v: string) => v.length <= 63 && DNS1123_LABEL_PATTERN.test(v);
/** IsDNS1035Label: like a DNS-1123 label but starting with a letter (a Service's name) */
export const isDns1035Label = (v: string) => v.length <= 63 && DNS1035_LABEL_PATTERN.test(v);
/** IsDNS1123Subdomain */
export const isDns1123Subdomain = (v: string) =>
	v.length <= 253 && DNS1123_SUBDOMAIN_PATTERN.test(v);
/** IsValidLabelValue */
export const isLabelValue = (v: string) => v.length <= 63 && LABEL_VALUE_PATTERN.test(v);

/** The two parts of a qualified name: an optional prefix before the last `/`, and the name. */
export function qualifiedNameParts(v: string): { prefix: string | null; name: string } {
	const slash = v.lastIndexOf('/');
	return slash < 0
		? { prefix: null, name: v }
		: { prefix: v.slice(0, slash), name: v.slice(slash + 1) };
}

/** IsQualifiedName: an optional DNS subdomain prefix and `/`, then a name part of 63 at most */
export function isQualifiedName(v: string): boolean {
	const { prefix, name } = qualifiedNameParts(v);
	if (prefix !== null && !isDns1123Subdomain(prefix)) return false;
	return name.length > 0 && name.length <= 63 && NAME_PART_PATTERN.test(name);
}
