/**
 * What `kubectl get` does with a listing before it prints it, and the printers that read paths:
 * `--field-selector` (the apiserver's field labels, per kind), `--sort-by` (kubectl get/sorter.go),
 * `-o jsonpath=…` (cli-runtime printers/jsonpath.go) and `-o custom-columns=…`
 * (kubectl get/customcolumn.go).
 */
import { quantityProblem, quantityValue } from '../manifest/quantityText';
import { executeTemplate, goSyntax, parseTemplate, pathValues, relaxed } from './jsonpath';
import type { ResourceType, StoredObject } from './resources';
import { tableText } from './tabwriter';

type Json = unknown;
type Obj = Record<string, Json>;
const obj = (v: Json): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: Json) => (v === undefined || v === null ? '' : String(v));

// ---------------------------------------------------------------------------------------------
// --field-selector

/** The field labels each kind's registry selects on (its ToSelectableFields), read from the object. */
const FIELDS: Record<string, Record<string, (o: Obj) => string>> = {
	pods: {
		'spec.nodeName': (o) => str(obj(o.spec).nodeName),
		'spec.restartPolicy': (o) => str(obj(o.spec).restartPolicy),
		'spec.schedulerName': (o) => str(obj(o.spec).schedulerName),
		'spec.serviceAccountName': (o) => str(obj(o.spec).serviceAccountName),
		'spec.hostNetwork': (o) => String(obj(o.spec).hostNetwork === true),
		'status.phase': (o) => str(obj(o.status).phase),
		// the first of status.podIPs
		'status.podIP': (o) => str(obj((obj(o.status).podIPs as Json[] | undefined)?.[0]).ip),
		// accepted by the conversion, but not a selectable field: it matches as empty
		'status.podIPs': () => '',
		'status.nominatedNodeName': (o) => str(obj(o.status).nominatedNodeName)
	},
	nodes: { 'spec.unschedulable': (o) => String(obj(o.spec).unschedulable === true) },
	services: {
		'spec.clusterIP': (o) => str(obj(o.spec).clusterIP),
		'spec.type': (o) => str(obj(o.spec).type)
	},
	events: {
		...Object.fromEntries(
			['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'].map(
				(f) => [`involvedObject.${f}`, (o: Obj) => str(obj(o.involvedObject)[f])]
			)
		),
		reason: (o) => str(o.reason),
		reportingComponent: (o) => str(o.reportingComponent),
		source: (o) => str(obj(o.source).component) || str(o.reportingComponent),
		type: (o) => str(o.type)
	},
	namespaces: { 'status.phase': (o) => str(obj(o.status).phase) }
};
/** kinds whose conversion knows its own labels: anything else is "not supported" there */
const CONVERTED = new Set(Object.keys(FIELDS));
const ALIASES: Record<string, Record<string, string>> = { pods: { 'spec.host': 'spec.nodeName' } };

function metaField(r: ResourceType, label: string): ((o: Obj) => string) | null {
	if (label === 'metadata.name') return (o) => str(obj(o.metadata).name);
	// a node is not namespaced: its conversion refuses the namespace
	if (label === 'metadata.namespace' && r.name !== 'nodes' && r.name !== 'namespaces')
		return (o) => str(obj(o.metadata).namespace);
	return null;
}

interface Term {
	label: string;
	op: '=' | '!=';
	value: string;
}

/** fields.ParseSelector: terms split on unescaped commas and sorted; `!=`, `==` or `=` in each */
function parseFieldSelector(text: string): Term[] | { error: string } {
	const terms = text
		.split(/(?<!\\),/)
		.filter((t) => t !== '')
		.sort();
	const out: Term[] = [];
	for (const term of terms) {
		const m = /^(.*?)(!=|==|=)(.*)$/.exec(term);
		if (!m) return { error: `invalid selector: '${text}'; can't understand '${term}'` };
		out.push({
			label: m[1],
			op: m[2] === '!=' ? '!=' : '=',
			value: m[3].replace(/\\(.)/g, '$1')
		});
	}
	return out;
}

/** The objects a field selector keeps, or the apiserver's BadRequest as kubectl prints it. */
export function fieldSelect(
	r: ResourceType,
	objects: StoredObject[],
	selector: string,
	labelSelector: string
): StoredObject[] | { error: string } {
	const terms = parseFieldSelector(selector);
	const refuse = (why: string) => ({
		error: `Error from server (BadRequest): Unable to find "${r.group}/${r.version}, Resource=${r.name}" that match label selector "${labelSelector}", field selector "${selector}": ${why}`
	});
	if ('error' in terms) return refuse(terms.error);
	const readers: [Term, (o: Obj) => string][] = [];
	for (const t of terms) {
		const label = ALIASES[r.name]?.[t.label] ?? t.label;
		const read = metaField(r, label) ?? FIELDS[r.name]?.[label];
		if (!read)
			return refuse(
				CONVERTED.has(r.name)
					? `field label not supported: ${t.label}`
					: `"${t.label}" is not a known field selector: only "metadata.name", "metadata.namespace"`
			);
		readers.push([t, read]);
	}
	return objects.filter((o) =>
		readers.every(([t, read]) => (read(o as unknown as Obj) === t.value) === (t.op === '='))
	);
}

// ---------------------------------------------------------------------------------------------
// --sort-by

/** sortorder.NaturalLess: digit runs compare as numbers */
export function naturalLess(a: string, b: string): boolean {
	const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const [c1, c2] = [a[i], b[j]];
		const [d1, d2] = [digit(c1), digit(c2)];
		if (d1 !== d2) return d1;
		if (!d1) {
			if (c1 !== c2) return c1 < c2;
			i++;
			j++;
			continue;
		}
		while (a[i] === '0') i++;
		while (b[j] === '0') j++;
		const [z1, z2] = [i, j];
		while (digit(a[i])) i++;
		while (digit(b[j])) j++;
		if (i - z1 !== j - z2) return i - z1 < j - z2;
		const [n1, n2] = [a.slice(z1, i), b.slice(z2, j)];
		if (n1 !== n2) return n1 < n2;
		if (z1 !== z2) return z1 < z2;
	}
	return a.length < b.length;
}

/** isLess: quantities as quantities, other strings in natural order, numbers as numbers */
function less(a: Json, b: Json): boolean | null {
	if (typeof a === 'string' && typeof b === 'string') {
		if (!quantityProblem(a) && !quantityProblem(b)) return quantityValue(a) < quantityValue(b);
		return naturalLess(a, b);
	}
	if (typeof a === 'number' && typeof b === 'number') return a < b;
	return null;
}

/**
 * The objects in --sort-by's order, or what kubectl says when it cannot sort them. sorter.go's Less
 * puts an object without the field first, even before another without it, and sort.Sort takes
 * twelve items or fewer by insertion sort: those come out in reverse. (Beyond twelve Go's pdqsort
 * may order equal keys otherwise; here they keep their order.)
 */
export function sortBy(
	objects: StoredObject[],
	expr: string
): StoredObject[] | { error: string } | { unsortable: true } {
	const path = relaxed(expr);
	if (typeof path !== 'string') return path;
	const nodes = parseTemplate(path);
	// SortObjects returns the parser's error as it is
	if ('error' in nodes) return nodes;
	const keys: (Json | undefined)[] = [];
	for (const o of objects) {
		const found = pathValues(nodes, o);
		if ('error' in found) return found;
		keys.push(found.length ? found[0] : undefined);
	}
	if (objects.length && keys.every((k) => k === undefined))
		return { error: `couldn't find any field with path "${path}" in the list of objects` };
	let unsortable = false;
	const lessAt = (i: number, j: number): boolean => {
		if (keys[i] === undefined) return true;
		if (keys[j] === undefined) return false;
		const lt = less(keys[i], keys[j]);
		if (lt === null) unsortable = true;
		return lt === true;
	};
	const order = objects.map((_, i) => i);
	if (order.length <= 12) {
		for (let i = 1; i < order.length; i++)
			for (let j = i; j > 0 && lessAt(order[j], order[j - 1]); j--)
				[order[j], order[j - 1]] = [order[j - 1], order[j]];
	} else order.sort((x, y) => (lessAt(x, y) ? -1 : lessAt(y, x) ? 1 : 0));
	return unsortable ? { unsortable: true } : order.map((i) => objects[i]);
}

// ---------------------------------------------------------------------------------------------
// -o jsonpath, -o custom-columns

/** `-o jsonpath=TEMPLATE` over the object (one asked by name) or the List kubectl makes. */
export function printJsonPath(template: string, value: Json): { text: string } | { error: string } {
	if (!template) return { error: 'error: template format specified but no template given' };
	const nodes = parseTemplate(template);
	if ('error' in nodes)
		return { error: `error: error parsing jsonpath ${template}, ${nodes.error}` };
	const text = executeTemplate(nodes, value);
	if (typeof text === 'string') return { text };
	return {
		error: `error: error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${text.error}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(value)}\n\n`
	};
}

/** fmt.Sprint of an unstructured value: maps as map[k:v], lists as [a b] */
function goSprint(v: Json): string {
	if (v === null || v === undefined) return '<nil>';
	if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
	if (typeof v === 'object')
		return `map[${Object.keys(v)
			.sort()
			.map((k) => `${k}:${goSprint((v as Obj)[k])}`)
			.join(' ')}]`;
	return String(v);
}

/** printers.EscapeTerminal: no escape sequence reaches the terminal */
const escapeTerminal = (s: string) => s.replaceAll('\u001b', '^[').replaceAll('\r', '\\r');

/**
 * `-o custom-columns=HEADER:PATH,…`: a header row (as written), then a row per object; a path
 * that finds nothing is <none>, several values are joined with commas.
 */
export function printCustomColumns(
	spec: string,
	objects: StoredObject[],
	headers: boolean
): { text: string; error?: string } | { error: string } {
	if (!spec) return { error: 'error: custom-columns format specified but no custom columns given' };
	const columns: { header: string; path: string }[] = [];
	for (const part of spec.split(',')) {
		const colon = part.indexOf(':');
		if (colon < 0)
			return {
				error: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`
			};
		const path = relaxed(part.slice(colon + 1));
		if (typeof path !== 'string') return { error: `error: ${path.error}` };
		columns.push({ header: part.slice(0, colon), path });
	}
	const rows: string[][] = headers ? [columns.map((c) => c.header)] : [];
	const parsed = [];
	for (const c of columns) {
		const nodes = parseTemplate(c.path);
		// the header is written before the first column's path is read
		if ('error' in nodes) return { text: tableText(rows), error: `error: ${nodes.error}` };
		parsed.push(nodes);
	}
	for (const o of objects) {
		const row: string[] = [];
		for (const nodes of parsed) {
			const found = pathValues(nodes, o);
			if ('error' in found) return { text: tableText(rows), error: `error: ${found.error}` };
			row.push(found.length ? escapeTerminal(found.map(goSprint).join(',')) : '<none>');
		}
		rows.push(row);
	}
	return { text: tableText(rows) };
}
