import { describe, expect, it } from 'vitest';
import { isDns1123Label, isDns1123Subdomain, isLabelValue, isQualifiedName } from './names';
import {
	dns1123Label,
	dns1123Subdomain,
	labelValueProblems,
	qualifiedNameProblems
} from './validationText';

// names a link may carry, good and bad at every rule's edge
const SAMPLES = [
	'',
	'a',
	'web',
	'Web',
	'-web',
	'web-',
	'web_1',
	'my.name',
	'a'.repeat(63),
	'a'.repeat(64),
	'example.com/key',
	'example.com/',
	'/key',
	'Example.com/key',
	'node-role.kubernetes.io/control-plane',
	'a/b/c',
	`${'a'.repeat(254)}/key`,
	'x'.repeat(253),
	'x'.repeat(254),
	'12345',
	'my_value',
	'.dot'
];

describe('the yes/no checks a link uses agree with the API server’s messages', () => {
	it.each(SAMPLES.map((s) => [s.length > 20 ? `${s.slice(0, 12)}…(${s.length})` : s, s]))(
		'%j',
		(_, s) => {
			expect(isDns1123Label(s)).toBe(dns1123Label(s).length === 0);
			expect(isDns1123Subdomain(s)).toBe(dns1123Subdomain(s).length === 0);
			expect(isLabelValue(s)).toBe(labelValueProblems(s).length === 0);
			expect(isQualifiedName(s)).toBe(qualifiedNameProblems(s).length === 0);
		}
	);
});
