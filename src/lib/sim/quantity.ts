/**
 * Kubernetes resource quantities (`250m`, `1.5`, `128Mi`, `1Gi`) converted to the integers the
 * simulation stores: CPU in millicores, memory in bytes.
 *
 * Arithmetic is done on BigInt so that `0.1`, `1.5Gi` or `999999.999` never pick up binary
 * floating-point error before the integrality and range checks.
 */

/** Above a million cores the input is a typo, not a node; refusing it keeps sums far from 2^53. */
/** bytes in a mebibyte and a gibibyte, for sizes written in code */
export const Mi = 2 ** 20;
export const Gi = 2 ** 30;

export const MAX_CPU_MILLI = 1_000_000 * 1000;

/** Largest byte count we accept: beyond 2^53 a JS number can no longer hold every integer. */
export const MAX_MEMORY_BYTES = 2 ** 53;

/** A Map, not an object literal, so that suffixes like `toString` cannot hit the prototype. */
const MEMORY_SUFFIX = new Map<string, bigint>([
	['', 1n],
	['k', 10n ** 3n],
	['M', 10n ** 6n],
	['G', 10n ** 9n],
	['T', 10n ** 12n],
	['P', 10n ** 15n],
	['E', 10n ** 18n],
	['Ki', 1n << 10n],
	['Mi', 1n << 20n],
	['Gi', 1n << 30n],
	['Ti', 1n << 40n],
	['Pi', 1n << 50n],
	['Ei', 1n << 60n]
]);

/** Largest first, so formatting picks the most compact exact suffix. */
const BINARY_FORMAT_ORDER: [string, number][] = [
	['Ei', 2 ** 60],
	['Pi', 2 ** 50],
	['Ti', 2 ** 40],
	['Gi', 2 ** 30],
	['Mi', 2 ** 20],
	['Ki', 2 ** 10]
];

/** An unsigned decimal split into an integer scaled by 10^-scale, e.g. "1.25" → 125 / 10^2. */
interface Decimal {
	digits: bigint;
	scale: number;
}

/**
 * Splits user text into number and suffix. Signs and exponents are refused on purpose: requests
 * are never negative, and `1e3` style input is valid Kubernetes but only confuses a learner here.
 * Surrounding whitespace is trimmed because the text comes from form fields.
 */
function splitQuantity(text: string): { number: Decimal; suffix: string } | null {
	const match = /^(\d+\.?\d*|\.\d+)([A-Za-z]*)$/.exec(text.trim());
	if (!match) return null;
	const [whole, fraction = ''] = match[1].split('.');
	return {
		number: { digits: BigInt((whole || '0') + fraction), scale: fraction.length },
		suffix: match[2]
	};
}

/** Ceiling division for non-negative BigInts. */
function ceilDiv(numerator: bigint, denominator: bigint): bigint {
	return (numerator + denominator - 1n) / denominator;
}

/**
 * CPU quantity → millicores. Only cores (`2`, `0.5`) and millicores (`250m`) are accepted, and the
 * result must be a whole number of millicores: the simulation has no finer unit, so `1.5m` or
 * `0.0005` is refused instead of being silently rounded.
 */
export function parseCpu(text: string): number | null {
	const parts = splitQuantity(text);
	if (!parts) return null;
	const { digits, scale } = parts.number;
	let perMilli: bigint;
	if (parts.suffix === '') perMilli = 1000n;
	else if (parts.suffix === 'm') perMilli = 1n;
	else return null;
	const numerator = digits * perMilli;
	const denominator = 10n ** BigInt(scale);
	if (numerator % denominator !== 0n) return null;
	const milli = numerator / denominator;
	if (milli > BigInt(MAX_CPU_MILLI)) return null;
	return Number(milli);
}

/**
 * Memory quantity → bytes. Accepts plain bytes, decimal (k M G T P E) and binary (Ki … Ei)
 * suffixes, and `m` (millibytes) because Kubernetes does too. Fractional bytes are rounded up,
 * as `Quantity.Value()` does, so `1.5` becomes 2 and `500m` becomes 1.
 */
export function parseMemory(text: string): number | null {
	const parts = splitQuantity(text);
	if (!parts) return null;
	const { digits, scale } = parts.number;
	let numerator: bigint;
	let denominator = 10n ** BigInt(scale);
	const multiplier = MEMORY_SUFFIX.get(parts.suffix);
	if (multiplier !== undefined) numerator = digits * multiplier;
	else if (parts.suffix === 'm') {
		numerator = digits;
		denominator *= 1000n;
	} else return null;
	const bytes = ceilDiv(numerator, denominator);
	if (bytes > BigInt(MAX_MEMORY_BYTES)) return null;
	return Number(bytes);
}

/** Millicores → `2` for whole cores (as kubectl prints them), otherwise `250m`. */
export function formatCpu(milli: number): string {
	return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Bytes → the largest binary suffix that divides exactly (`128Mi`, `2Gi`), else plain bytes. */
export function formatMemory(bytes: number): string {
	if (bytes === 0) return '0';
	for (const [suffix, size] of BINARY_FORMAT_ORDER) {
		if (bytes % size === 0) return `${bytes / size}${suffix}`;
	}
	return String(bytes);
}
