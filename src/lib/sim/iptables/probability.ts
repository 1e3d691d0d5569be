/**
 * The random-backend probabilities, in the three forms they take: what kube-proxy writes
 * (computeProbability, Go "%0.10f" of 1/n), what the kernel stores (libxt_statistic.c
 * statistic_parse: lround(0x80000000 * p)), and what iptables-save prints back (print_match:
 * "%.11f" of stored / 0x80000000), which is why a live node shows 0.33333333349.
 */

const TWO_31 = 0x80000000;

/**
 * num/den rounded to `digits` decimals, ties to even: both Go's strconv and glibc's printf round
 * the exact value that way. Exact integers matter for ties such as 1/2048 at ten decimals, where
 * Number.toFixed would round up.
 */
export function formatRatio(num: bigint, den: bigint, digits: number): string {
	const scale = 10n ** BigInt(digits);
	let q = (num * scale) / den;
	const twiceRemainder = 2n * ((num * scale) % den);
	if (twiceRemainder > den || (twiceRemainder === den && q % 2n === 1n)) q += 1n;
	const fraction = (q % scale).toString().padStart(digits, '0');
	return `${q / scale}.${fraction}`;
}

/**
 * kube-proxy's computeProbability(n). Rounding the rational 1/n equals rounding Go's float64 1/n:
 * a tie needs an exactly representable 1/n (n a power of two), and otherwise the float's error
 * (~1e-16/n) is far smaller than 1/n's distance to any rounding boundary (≥ 5e-11/n).
 */
export function computeProbability(n: number): string {
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`computeProbability: bad n ${n}`);
	return formatRatio(1n, BigInt(n), 10);
}

/** The kernel's xt_statistic value for a --probability argument: lround(2^31 · p). */
export function kernelProbability(text: string): number {
	const p = Number(text);
	if (!(p >= 0 && p <= 1)) throw new RangeError(`kernelProbability: bad probability ${text}`);
	// 2^31·p is exact in a double, and for positive values Math.round is C's lround.
	return Math.round(TWO_31 * p);
}

/** The probability the kernel actually applies: a draw matches when below this value. */
export function effectiveProbability(text: string): number {
	return kernelProbability(text) / TWO_31;
}

/** The --probability text iptables-save prints for a rule written with `text`. */
export function saveProbability(text: string): string {
	return formatRatio(BigInt(kernelProbability(text)), BigInt(TWO_31), 11);
}
