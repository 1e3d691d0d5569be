/**
 * resource.ParseQuantity's two ways of refusing a text (apimachinery pkg/api/resource/quantity.go):
 * one that does not match its pattern (ErrFormatWrong), and one whose suffix is none it knows
 * (ErrSuffix).
 */
const PATTERN = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const SUFFIXES = new Set([
	'',
	'n',
	'u',
	'm',
	'k',
	'M',
	'G',
	'T',
	'P',
	'E',
	'Ki',
	'Mi',
	'Gi',
	'Ti',
	'Pi',
	'Ei'
]);

export const QUANTITY_FORMAT_ERROR =
	"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

export function quantityProblem(text: string): 'format' | 'suffix' | undefined {
	const m = PATTERN.exec(text.trim());
	if (!m || !/\d/.test(m[1]) || (m[1].match(/\./g)?.length ?? 0) > 1) return 'format';
	const suffix = m[2];
	// a decimal exponent: e or E, then a signed integer
	if (/^[eE][-+]?\d+$/.test(suffix)) return undefined;
	return SUFFIXES.has(suffix) ? undefined : 'suffix';
}
