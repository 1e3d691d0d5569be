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

const SCALE: Record<string, number> = {
	'': 1,
	n: 1e-9,
	u: 1e-6,
	m: 1e-3,
	k: 1e3,
	M: 1e6,
	G: 1e9,
	T: 1e12,
	P: 1e15,
	E: 1e18,
	Ki: 2 ** 10,
	Mi: 2 ** 20,
	Gi: 2 ** 30,
	Ti: 2 ** 40,
	Pi: 2 ** 50,
	Ei: 2 ** 60
};

/** The amount a quantity quantityProblem accepts stands for, as a float (for ordering). */
export function quantityValue(text: string): number {
	const [, number, suffix] = PATTERN.exec(text.trim())!;
	const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
	return Number(number) * (exponent ? 10 ** Number(exponent[1]) : SCALE[suffix]);
}
