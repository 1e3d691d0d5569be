/**
 * Minimal YAML emitter for Kubernetes objects (plain JSON data). A full YAML library would cost
 * more bundle than the rest of the simulation; objects here only hold maps, lists and scalars.
 */

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

// What go-yaml (and so `kubectl -o yaml`) leaves unquoted: plain words, paths, IPs, images.
const plainString = /^[A-Za-z0-9_./@-][A-Za-z0-9_ ./:@()[\]{},=-]*$/;
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

function emit(value: Json, indent: string, lines: string[]): void {
	if (Array.isArray(value)) {
		for (const item of value) {
			if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
				const sub: string[] = [];
				emit(item, indent + '  ', sub);
				lines.push(indent + '- ' + sub[0].trimStart(), ...sub.slice(1));
			} else lines.push(`${indent}- ${scalar(item as string)}`);
		}
		return;
	}
	if (value === null || typeof value !== 'object') return;
	for (const [key, v] of Object.entries(value)) {
		if (isEmpty(v)) continue;
		if (v !== null && typeof v === 'object') {
			if (!Array.isArray(v) && Object.keys(v).length === 0) {
				lines.push(`${indent}${key}: {}`);
				continue;
			}
			lines.push(`${indent}${key}:`);
			emit(v, Array.isArray(v) ? indent : indent + '  ', lines);
		} else lines.push(`${indent}${key}: ${scalar(v ?? null)}`);
	}
}

export function toYaml(value: object): string {
	const lines: string[] = [];
	emit(value as Json, '', lines);
	return lines.join('\n');
}
