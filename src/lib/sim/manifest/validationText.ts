/**
 * The API server's validation messages (apimachinery pkg/util/validation/validation.go and
 * field/errors.go), word for word: the double spaces in "(e.g. 'my-name',  or …" are theirs.
 */
export const DNS1123_LABEL =
	"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
export const DNS1123_SUBDOMAIN =
	"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export const LABEL_VALUE =
	"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
export const QUALIFIED_NAME =
	"name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

import { goQuote } from '../cli/bytesText';
import {
	DNS1123_LABEL_PATTERN as label,
	DNS1123_SUBDOMAIN_PATTERN as subdomain,
	LABEL_VALUE_PATTERN as labelValue,
	NAME_PART_PATTERN as namePart,
	qualifiedNameParts
} from './names';

const maxLen = (n: number) => `must be no more than ${n} characters`;

/** IsDNS1123Label: what is wrong with a name, each a message (none when it is good) */
export function dns1123Label(value: string): string[] {
	return [
		...(value.length > 63 ? [maxLen(63)] : []),
		...(label.test(value) ? [] : [DNS1123_LABEL])
	];
}

export function dns1123Subdomain(value: string): string[] {
	return [
		...(value.length > 253 ? [maxLen(253)] : []),
		...(subdomain.test(value) ? [] : [DNS1123_SUBDOMAIN])
	];
}

export function labelValueProblems(value: string): string[] {
	return [
		...(value.length > 63 ? [maxLen(63)] : []),
		...(labelValue.test(value) ? [] : [LABEL_VALUE])
	];
}

/** IsQualifiedName: an optional DNS subdomain prefix and `/`, then a name part of 63 at most */
export function qualifiedNameProblems(value: string): string[] {
	const { prefix, name } = qualifiedNameParts(value);
	const problems: string[] = [];
	if (prefix === '') problems.push('prefix part must be non-empty');
	else if (prefix !== null)
		problems.push(...dns1123Subdomain(prefix).map((m) => `prefix part ${m}`));
	if (!name) problems.push('name part must be non-empty');
	else {
		if (name.length > 63) problems.push(`name part ${maxLen(63)}`);
		if (!namePart.test(name)) problems.push(QUALIFIED_NAME);
	}
	return problems;
}

/** Go's %q of a string (field.Invalid shows string values quoted, numbers bare) */
export const quoted = (v: unknown) =>
	typeof v === 'string' ? goQuote(new TextEncoder().encode(v)) : String(v);

/** field.NotSupported: `Unsupported value: "x": supported values: "a", "b"` */
export const unsupported = (value: string, supported: string[]) =>
	`Unsupported value: ${quoted(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`;
