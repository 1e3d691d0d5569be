/**
 * Minimal YAML emitter for Kubernetes objects (plain JSON data). A full YAML library would cost
 * more bundle than the rest of the simulation; objects here only hold maps, lists and scalars.
 */

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

// What go-yaml (and so `kubectl -o yaml`) leaves unquoted: plain words, paths, IPs, images.
const plainString = /^[A-Za-z0-9_./@-][A-Za-z0-9_ ./:@()[\]{},=%$-]*$/;
// Strings YAML 1.1 would read back as something else: booleans, null, numbers, timestamps.
const reserved =
	/^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*|\d*\.\d+)([eE][-+]?\d+)?|\d{4}-\d\d?-\d\d?([Tt ].*)?)$/i;

function scalar(v: string | number | boolean | null): string {
	if (typeof v !== 'string') return String(v);
	if (v === '' || !plainString.test(v) || reserved.test(v) || v.endsWith(' ') || v.includes(': ')) {
		return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
	}
	return v;
}

function isEmpty(v: Json): boolean {
	return v === undefined || (Array.isArray(v) && v.length === 0);
}

/**
 * go-yaml v2's map key order (yaml.v2 sorter.go keyList.Less), which `kubectl -o yaml` prints
 * with: rune by rune, a non-letter before a letter, letters by code point (so upper case first),
 * runs of digits by their value, and a prefix before the longer key.
 */
export function goYamlKeyLess(a: string, b: string): boolean {
	const ar = [...a];
	const br = [...b];
	const letter = (c: string) => /\p{L}/u.test(c);
	const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	for (let i = 0; i < ar.length && i < br.length; i++) {
		if (ar[i] === br[i]) continue;
		const al = letter(ar[i]);
		const bl = letter(br[i]);
		if (al && bl) return ar[i] < br[i];
		if (al || bl) return bl;
		let an = 0;
		let bn = 0;
		// a run of digits that began before i with a non-zero digit makes leading zeros count
		if (ar[i] === '0' || br[i] === '0') {
			for (let j = i - 1; j >= 0 && digit(ar[j]); j--) {
				if (ar[j] !== '0') {
					an = 1;
					bn = 1;
					break;
				}
			}
		}
		let ai = i;
		let bi = i;
		for (; ai < ar.length && digit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
		for (; bi < br.length && digit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
		if (an !== bn) return an < bn;
		if (ai !== bi) return ai < bi;
		return ar[i] < br[i];
	}
	return ar.length < br.length;
}

const byGoYaml = (a: string, b: string) => (goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0);

function emit(value: Json, indent: string, lines: string[], sorted: boolean): void {
	if (Array.isArray(value)) {
		for (const item of value) {
			if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
				const sub: string[] = [];
				emit(item, indent + '  ', sub, sorted);
				lines.push(indent + '- ' + sub[0].trimStart(), ...sub.slice(1));
			} else lines.push(`${indent}- ${scalar(item as string)}`);
		}
		return;
	}
	if (value === null || typeof value !== 'object') return;
	const entries = Object.entries(value);
	if (sorted) entries.sort(([a], [b]) => byGoYaml(a, b));
	for (const [key, v] of entries) {
		if (isEmpty(v)) continue;
		if (v !== null && typeof v === 'object') {
			if (!Array.isArray(v) && Object.keys(v).length === 0) {
				lines.push(`${indent}${key}: {}`);
				continue;
			}
			lines.push(`${indent}${key}:`);
			emit(v, Array.isArray(v) ? indent : indent + '  ', lines, sorted);
		} else lines.push(`${indent}${key}: ${scalar(v ?? null)}`);
	}
}

/**
 * YAML of an object. Keys keep their order, as a person writes a manifest; with `sorted`, they
 * come in the order `kubectl get -o yaml` prints (it converts JSON through go-yaml's sorted maps).
 */
export function toYaml(value: object, { sorted = false } = {}): string {
	const lines: string[] = [];
	emit(value as Json, '', lines, sorted);
	return lines.join('\n');
}
