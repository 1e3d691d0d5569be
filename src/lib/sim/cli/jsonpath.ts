/**
 * Kubernetes JSONPath, as `kubectl get -o jsonpath=…`, `-o custom-columns=…` and `--sort-by=…` read
 * it (client-go/util/jsonpath parser.go and jsonpath.go). A template is text and `{…}` actions:
 * fields (`.a`, `['a']`, `.*`), recursive descent (`..a`), indexes, slices and unions (`[0]`,
 * `[-1]`, `[1:3]`, `[*]`, `[0,2]`), filters (`[?(@.a=="x")]`, `[?(@.a)]`), quoted text (`{"\n"}`)
 * and `range … end`. kubectl allows missing keys: a field that is not there prints nothing, while
 * an index past the end is an error. Generic JSONPath libraries read none of this template
 * syntax, so it is written here.
 */
import { goQuote } from './bytesText';

type Json = unknown;
type Literal = string | number | boolean;

type Step =
	| { kind: 'field'; name: string }
	| { kind: 'union'; paths: Step[][] }
	| { kind: 'recursive' }
	| { kind: 'wildcard' }
	| { kind: 'index'; parts: { start?: number; end?: number; step?: number; single: boolean }[] }
	| { kind: 'filter'; left: Step[]; op: string | null; right: Literal | Step[] | null }
	/** a literal in a filter (`[?(0==@.n)]`): itself, whatever the input */
	| { kind: 'constant'; value: Literal };

export type TemplateNode =
	| { kind: 'text'; text: string }
	| { kind: 'path'; steps: Step[] }
	| { kind: 'range'; steps: Step[]; body: TemplateNode[] }
	| { kind: 'identifier'; name: string };

class JsonPathError extends Error {}
const fail = (message: string): never => {
	throw new JsonPathError(message);
};

/** Go's %#U: `U+0023 '#'`, the character itself only when it is printable */
function goRune(c: string): string {
	const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u.test(c) ? `${code} '${c}'` : code;
}

const ESCAPES: Record<string, string> = {
	n: '\n',
	t: '\t',
	r: '\r',
	'\\': '\\',
	'"': '"',
	"'": "'"
};

/** a quoted string from `at` (strconv.UnquoteChar, single quotes allowed too) */
function unquote(text: string, at: number): { value: string; next: number } {
	const quote = text[at];
	let value = '';
	let i = at + 1;
	while (i < text.length && text[i] !== quote) {
		if (text[i] === '\\') {
			const e = ESCAPES[text[i + 1]];
			if (e === undefined) {
				const end = text.indexOf(quote, i + 2);
				fail(
					`unquote string ${text.slice(at, end < 0 ? text.length : end + 1)} error invalid syntax`
				);
			}
			value += e;
			i += 2;
		} else value += text[i++];
	}
	if (i >= text.length) fail('unterminated quoted string');
	return { value, next: i + 1 };
}

/** a field name: up to space, CR/LF, `. , [ ] $ @ { }`, with `\` escaping the next character */
function fieldName(text: string, at: number): { name: string; next: number } {
	let name = '';
	let i = at;
	while (i < text.length && !/[\s.,[\]$@{}]/.test(text[i])) {
		if (text[i] === '\\' && i + 1 < text.length) i++;
		name += text[i++];
	}
	return { name, next: i };
}

/** the steps of a path from `at`, to the end of `text` or a character `stop` accepts */
function parsePath(text: string, at: number, stop: (c: string) => boolean = () => false) {
	const steps: Step[] = [];
	let i = at;
	while (i < text.length && !stop(text[i])) {
		const c = text[i];
		if (c === '@' || c === '$') i++;
		else if (c === '.' && text[i + 1] === '.') {
			steps.push({ kind: 'recursive' });
			i += 2;
			// `...a` is `..` then `.a`; only a second `..` is refused
			if (text.startsWith('..', i)) fail('invalid multiple recursive descent');
			if (i < text.length && !stop(text[i]) && !/[[\s.]/.test(text[i])) {
				const f = fieldName(text, i);
				if (f.name === '*') steps.push({ kind: 'wildcard' });
				else if (f.name) steps.push({ kind: 'field', name: f.name });
				i = f.next;
			}
		} else if (c === '.') {
			const f = fieldName(text, i + 1);
			if (f.name === '*') steps.push({ kind: 'wildcard' });
			else if (f.name) steps.push({ kind: 'field', name: f.name });
			i = f.next;
		} else if (c === '[') {
			const b = parseBracket(text, i);
			steps.push(...b.steps);
			i = b.next;
		} else if (c === ' ') i++;
		else fail(`unrecognized character in action: ${goRune(c)}`);
	}
	return { steps, next: i };
}

function parseBracket(text: string, at: number): { steps: Step[]; next: number } {
	const i = at + 1;
	if (text[i] === '?') {
		const end = text.indexOf(')]', i);
		if (text[i + 1] !== '(' || end < 0) fail('unterminated filter');
		return { steps: [parseFilter(text.slice(i + 2, end))], next: end + 2 };
	}
	const close = text.indexOf(']', i);
	if (close < 0) fail('unterminated array');
	const inner = text.slice(i, close).trim();
	const keys = inner.split(',').map((k) => /^'([^']*)'$/.exec(k.trim())?.[1]);
	if (keys.every((k) => k !== undefined)) {
		// ['a'] is read again as the path .a: dots split it, a backslash escapes one
		const paths = keys.map((k) => parsePath(`.${k}`, 0).steps);
		return {
			steps: paths.length === 1 ? paths[0] : [{ kind: 'union', paths }],
			next: close + 1
		};
	}
	if (inner === '*') return { steps: [{ kind: 'wildcard' }], next: close + 1 };
	const parts = inner.split(',').map((part) => {
		const index = part.trim();
		const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(index);
		if (!m) return fail(`invalid array index ${index}`);
		const bits = [m[1], m[2]?.slice(1), m[3]?.slice(1)];
		for (const b of bits)
			if (b !== undefined && b !== '' && !/^-?\d+$/.test(b))
				fail(`array index ${b} is not a number`);
		const [start, end, step] = bits.map((b) =>
			b === undefined || b === '' ? undefined : Number(b)
		);
		return { start, end, step, single: m[2] === undefined };
	});
	return { steps: [{ kind: 'index', parts }], next: close + 1 };
}

/** `@.a=="x"`, `@.a<3`, `@.a` (parser.go parseFilter's `^([^!<>=]+)([!<>=]+)(.+?)$`) */
function parseFilter(text: string): Step {
	const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
	const side = (s: string): Literal | Step[] => {
		const t = s.trim();
		if (/^['"]/.test(t)) return unquote(t, 0).value;
		if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
		if (t === 'true' || t === 'false') return t === 'true';
		return parsePath(t, 0).steps;
	};
	const path = (v: Literal | Step[]): Step[] =>
		Array.isArray(v) ? v : [{ kind: 'constant', value: v }];
	if (!m) return { kind: 'filter', left: path(side(text)), op: null, right: null };
	return { kind: 'filter', left: path(side(m[1])), op: m[2], right: side(m[3]) };
}

/**
 * the `}` closing the action opened at `at`, read as the lexer reads it: quoted strings whole, and
 * a `[` only ends at its `]` (a filter at its `)]`) before the action can end
 */
function actionEnd(text: string, at: number): number {
	let i = at + 1;
	while (i < text.length) {
		const c = text[i];
		if (c === '\n' || c === '\r') break;
		if (c === '"' || c === "'") i = unquote(text, i).next;
		else if (c === '[') {
			const filter = text[i + 1] === '?';
			const end = text.slice(i).search(filter ? /\)\]|[\r\n]/ : /\]|[\r\n]/);
			if (end < 0 || /[\r\n]/.test(text[i + end]))
				fail(filter ? 'unterminated filter' : 'unterminated array');
			i += end + (filter ? 2 : 1);
		} else if (c === '}') return i;
		else i++;
	}
	return fail('unclosed action');
}

export function parseTemplate(template: string): TemplateNode[] | { error: string } {
	try {
		const root: TemplateNode[] = [];
		const stack: TemplateNode[][] = [root];
		let i = 0;
		while (i < template.length) {
			const open = template.indexOf('{', i);
			const here = stack.at(-1)!;
			if (open < 0) {
				here.push({ kind: 'text', text: template.slice(i) });
				break;
			}
			if (open > i) here.push({ kind: 'text', text: template.slice(i, open) });
			const close = actionEnd(template, open);
			// the lexer skips spaces, not other white space
			const action = template.slice(open + 1, close).replace(/^ +| +$/g, '');
			i = close + 1;
			const word = /^[A-Za-z]\w*/.exec(action)?.[0];
			// a number or a boolean prints itself
			if (/^-?\d+(\.\d+)?$/.test(action) || action === 'true' || action === 'false')
				here.push({ kind: 'text', text: action });
			else if (word === 'range') {
				const node: TemplateNode = { kind: 'range', steps: parsePath(action, 5).steps, body: [] };
				here.push(node);
				stack.push(node.body);
			} else if (word === 'end' && action === 'end' && stack.length > 1) stack.pop();
			else if (word) here.push({ kind: 'identifier', name: word });
			else if (/^['"]/.test(action)) here.push({ kind: 'text', text: unquote(action, 0).value });
			else here.push({ kind: 'path', steps: parsePath(action, 0).steps });
		}
		return root;
	} catch (e) {
		if (e instanceof JsonPathError) return { error: e.message };
		throw e;
	}
}

const isObject = (v: Json): v is Record<string, Json> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go's name of an unstructured value's type */
const goType = (v: Json) =>
	isObject(v)
		? 'map[string]interface {}'
		: Array.isArray(v)
			? '[]interface {}'
			: typeof v === 'string'
				? 'string'
				: typeof v === 'boolean'
					? 'bool'
					: typeof v === 'number'
						? Number.isInteger(v)
							? 'int64'
							: 'float64'
						: 'interface {}';

function select(values: Json[], steps: Step[]): Json[] {
	let current = values;
	for (const step of steps) current = current.flatMap((v) => apply(v, step));
	return current;
}

function descend(v: Json): Json[] {
	if (isObject(v))
		return [
			v,
			...Object.keys(v)
				.sort()
				.flatMap((k) => descend(v[k]))
		];
	if (Array.isArray(v)) return [v, ...v.flatMap(descend)];
	return [v];
}

/** evalArray: each index is a slice, and an index past either end is an error */
function slice(
	value: Json[],
	part: { start?: number; end?: number; step?: number; single: boolean }
) {
	const n = value.length;
	let start = part.start ?? 0;
	if (start < 0) start += n;
	let end = part.single ? start + 1 : (part.end ?? n);
	if (!part.single && end < 0) end += n;
	if (part.step !== undefined && part.step <= 0) fail('step must be > 0');
	if (end === start) return [];
	if (start >= n || start < 0) fail(`array index out of bounds: index ${start}, length ${n}`);
	if (end > n || end < 0) fail(`array index out of bounds: index ${end - 1}, length ${n}`);
	if (start > end) fail(`starting index ${start} is greater than ending index ${end}`);
	const out: Json[] = [];
	for (let i = start; i < end; i += part.step ?? 1) out.push(value[i]);
	return out;
}

function apply(value: Json, step: Step): Json[] {
	switch (step.kind) {
		case 'field':
			return isObject(value) && Object.hasOwn(value, step.name) ? [value[step.name]] : [];
		case 'union':
			return step.paths.flatMap((path) => select([value], path));
		case 'constant':
			return [step.value];
		case 'wildcard':
			if (Array.isArray(value)) return value;
			return isObject(value)
				? Object.keys(value)
						.sort()
						.map((k) => value[k])
				: [];
		case 'recursive':
			return descend(value);
		case 'index':
			if (!Array.isArray(value)) return fail(`${goType(value)} is not array or slice`);
			return step.parts.flatMap((p) => slice(value, p));
		case 'filter': {
			if (!Array.isArray(value))
				return fail(`${goType(value)} is not array or slice and cannot be filtered`);
			return value.filter((item) => {
				const left = select([item], step.left);
				if (step.op === null) return left.length > 0;
				const right = Array.isArray(step.right) ? select([item], step.right) : [step.right];
				if (left.length > 1 || right.length > 1) fail('can only compare one element at a time');
				if (!left.length || !right.length) return false;
				return compare(left[0], step.op, right[0]);
			});
		}
	}
}

function compare(a: Json, op: string, b: Json): boolean {
	if (typeof a !== typeof b) fail('incompatible types for comparison');
	if (typeof a === 'object' || typeof a === 'boolean') {
		if (op === '==' || op === '!=') return (a === b) === (op === '==');
		fail('invalid type for comparison');
	}
	const [x, y] = [a as string | number, b as string | number];
	switch (op) {
		case '==':
			return x === y;
		case '!=':
			return x !== y;
		case '<':
			return x < y;
		case '>':
			return x > y;
		case '<=':
			return x <= y;
		case '>=':
			return x >= y;
	}
	return fail(`unrecognized filter operator ${op}`);
}

/** sorted keys, as Go marshals and prints a map */
const sortedKeys = (_k: string, x: Json) =>
	isObject(x)
		? Object.fromEntries(
				Object.keys(x)
					.sort()
					.map((k) => [k, x[k]])
			)
		: x;

/** one result as PrintResults writes it: maps and lists as compact JSON, the rest as Go prints it */
export function resultText(v: Json): string {
	if (v === null) return 'null';
	if (typeof v === 'object')
		return JSON.stringify(v, sortedKeys).replace(
			/[<>&]/g,
			(c) => `\\u00${c.charCodeAt(0).toString(16)}`
		);
	return String(v);
}

/** Go's %#v of an unstructured value, as kubectl's error dumps the object it was given */
export function goSyntax(v: Json): string {
	if (v === null || v === undefined) return 'interface {}(nil)';
	if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
	if (isObject(v))
		return `map[string]interface {}{${Object.keys(v)
			.sort()
			.map((k) => `${goQuote(new TextEncoder().encode(k))}:${goSyntax(v[k])}`)
			.join(', ')}}`;
	if (typeof v === 'string') return goQuote(new TextEncoder().encode(v));
	return String(v);
}

/** Runs the template over a value: an action's results separated by one space, nothing added. */
export function executeTemplate(nodes: TemplateNode[], value: Json): string | { error: string } {
	const run = (list: TemplateNode[], current: Json): string =>
		list
			.map((node) => {
				if (node.kind === 'text') return node.text;
				if (node.kind === 'identifier')
					return fail(
						node.name === 'end'
							? 'not in range, nothing to end'
							: `unrecognized identifier ${node.name}`
					);
				const results = select([current], node.steps);
				if (node.kind === 'path') return results.map(resultText).join(' ');
				return results.map((r) => run(node.body, r)).join('');
			})
			.join('');
	try {
		return run(nodes, value);
	} catch (e) {
		if (e instanceof JsonPathError) return { error: e.message };
		throw e;
	}
}

/** The values one relaxed path finds in a value (custom columns, --sort-by). */
export function pathValues(nodes: TemplateNode[], value: Json): Json[] | { error: string } {
	try {
		return nodes.flatMap((n) => (n.kind === 'path' ? select([value], n.steps) : []));
	} catch (e) {
		if (e instanceof JsonPathError) return { error: e.message };
		throw e;
	}
}

/**
 * RelaxedJSONPathExpression (kubectl get/customcolumn.go): `a.b`, `.a.b`, `{a.b}` and `{.a.b}`
 * all mean `{.a.b}`; an empty one stays empty.
 */
export function relaxed(expr: string): string | { error: string } {
	if (!expr) return expr;
	const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
	if (!m)
		return {
			error:
				"unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
		};
	return `{.${m[1] ?? m[2]}}`;
}
