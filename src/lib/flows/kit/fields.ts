/**
 * Scenario fields: each URL parameter (and form input) of a flow's scenario, declared once —
 * `{ nodes: int(1, 50), name: dns1123(), cpu: cpu(), … }` — and read, written and explained from
 * that declaration: a deep link, the address bar, the generic scenario form and the problem
 * messages all go through `parseScenario` and `scenarioParams`. Reading never throws: a bad value
 * becomes a problem to show, and its default stays.
 */
import { parseImage } from '$lib/sim/registry';
import {
	isDns1035Label,
	isDns1123Label,
	isDns1123Subdomain,
	isLabelValue,
	isQualifiedName
} from '$lib/sim/manifest/names';

export type ProblemReason =
	| 'unknown'
	| 'view'
	| 'room'
	| 'embed'
	| 'checkpoints'
	| 'repeated'
	| 'integerRange'
	| 'dns1123'
	| 'dns1035'
	| 'reservedName'
	| 'image'
	| 'cpu'
	| 'memory'
	| 'seed'
	| 'lang'
	| 'text'
	| 'step'
	| 'action'
	| 'tooManyActions'
	| 'noSuchPod'
	| 'tooManyNodes'
	| 'noRoom'
	| 'nodeName'
	| 'noSuchNode'
	| 'nodeAction'
	| 'readAction'
	| 'repeatedWhatIf'
	| 'oneEnding'
	| 'notMore'
	| 'fromDoesNotFit'
	| 'command'
	| 'manifest'
	| 'labels'
	| 'subdomain'
	| 'taint'
	| 'toleration'
	| 'duplicateTaint'
	| 'limitBelowRequest'
	| 'container'
	| 'duplicateContainer'
	| 'containerCommand'
	| 'containerName';

/**
 * A rejected input: which parameter or field (as given: an unknown parameter's name too), the
 * value as given (shown as text, never as HTML), why.
 */
export interface InputProblem {
	field: string;
	value: string;
	reason: ProblemReason;
	min?: number;
	max?: number;
	/** for 'unknown': the parameters the page does read, comma-separated */
	known?: string;
}

/** What a field says is wrong with a value; the reader adds which field and the value as given. */
export type FieldProblem = Omit<InputProblem, 'field' | 'value'> & { value?: string };

/** How the generic scenario form draws a field. */
export type FieldInput =
	| { type: 'number'; min: number; max: number }
	| { type: 'text'; suggestions?: () => string[]; optional?: boolean };

export interface Field<T> {
	/** the value a text stands for (already trimmed), and what is wrong with it, if anything */
	read(text: string): { value?: T; problems?: FieldProblem[] };
	write(value: T): string;
	input: FieldInput;
	/** a field only links carry (the what-ifs played so far): not in the form */
	linkOnly?: boolean;
	/** its URL parameter, when not the property's name */
	param?: string;
}

/** A scenario's fields, one per property of the scenario, in the order the form shows them. */
export type Fields<S> = { [K in keyof S]: Field<S[K]> };

export interface ScenarioSpec<S extends object> {
	fields: Fields<S>;
	defaults: S;
}

/** A whole decimal number in range, or null (no signs, exponents, fractions or other digits). */
export function parseIntInRange(text: string, min: number, max: number): number | null {
	if (!/^\s*\d+\s*$/.test(text)) return null;
	const n = Number(text);
	return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** A field whose value is its text, accepted when `ok` says so. */
function textField(
	ok: (v: string) => FieldProblem | null,
	input: FieldInput = { type: 'text' }
): Field<string> {
	return {
		read: (v) => {
			const problem = ok(v);
			return problem ? { problems: [problem] } : { value: v };
		},
		write: (v) => v,
		input
	};
}

export function int(min: number, max: number): Field<number> {
	return {
		read: (v) => {
			const n = parseIntInRange(v, min, max);
			return n === null ? { problems: [{ reason: 'integerRange', min, max }] } : { value: n };
		},
		write: String,
		input: { type: 'number', min, max }
	};
}

export const dns1123 = () => textField((v) => (isDns1123Label(v) ? null : { reason: 'dns1123' }));

/** A DNS-1035 name that is none of `reserved` (names every cluster already uses). */
export const dns1035 = (reserved: string[] = []) =>
	textField((v) =>
		!isDns1035Label(v)
			? { reason: 'dns1035' }
			: reserved.includes(v)
				? { reason: 'reservedName' }
				: null
	);

export const image = (suggestions?: () => string[]) =>
	textField((v) => (parseImage(v) !== null ? null : { reason: 'image' }), {
		type: 'text',
		suggestions
	});

export const seed = () => textField((v) => (SEED_PATTERN.test(v) ? null : { reason: 'seed' }));

/** what a label map's field writes when it is absent (never a valid value, so never read as one) */
const NO_MAP = '-';

/**
 * Labels or a node selector in a link: `key=value` pairs, comma-separated (`app=web,tier=fe`), each
 * key a qualified name and each value a label value, as the API server checks them; empty is an
 * empty map, and `null` (the parameter absent) is the flow's own default. One bad pair refuses the
 * whole value.
 */
export function labelMap(): Field<Record<string, string> | null> {
	return {
		read: (v) => {
			const value: Record<string, string> = {};
			for (const pair of v.split(',').filter((p) => p.trim() !== '')) {
				const eq = pair.indexOf('=');
				const [key, text] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
				if (eq < 0 || !isQualifiedName(key) || !isLabelValue(text))
					return { problems: [{ reason: 'labels', value: pair }] };
				value[key] = text;
			}
			return { value };
		},
		write: (m) =>
			m === null
				? NO_MAP
				: Object.entries(m)
						.map(([k, v]) => `${k}=${v}`)
						.join(','),
		input: { type: 'text' },
		linkOnly: true
	};
}

/** A label map that is always there (a node selector): empty when the link has none. */
export const selectorMap = (): Field<Record<string, string>> =>
	labelMap() as Field<Record<string, string>>;

/** A name only links carry, which may be absent (null), accepted when `ok` says so. */
function optionalName(ok: (v: string) => boolean, reason: ProblemReason): Field<string | null> {
	return {
		read: (v) => (ok(v) ? { value: v } : { problems: [{ reason }] }),
		write: (v) => v ?? NO_MAP,
		input: { type: 'text' },
		linkOnly: true
	};
}

/**
 * A name that may be absent (spec.nodeName): a DNS-1123 subdomain, as the API server validates a
 * node's name, whether or not such a node exists; absent is null.
 */
export const optionalSubdomain = () => optionalName(isDns1123Subdomain, 'subdomain');

/** A DNS-1123 label that may be absent (a container's own name), `reason` naming what it names. */
export const optionalLabel = (reason: ProblemReason) => optionalName(isDns1123Label, reason);

/**
 * A comma-separated list of at most `max` items (`then=scale:1,packet`): each bad item is reported
 * and skipped, the good ones kept; empty items (a trailing comma) say nothing.
 */
export function list<T>(
	item: { read: (text: string) => T | null; write: (v: T) => string; invalid: FieldProblem },
	max: number,
	param?: string
): Field<T[]> {
	return {
		read: (v) => {
			const value: T[] = [];
			const problems: FieldProblem[] = [];
			for (const part of v.split(',').filter((p) => p.trim() !== '')) {
				const parsed = item.read(part);
				if (parsed === null) problems.push({ ...item.invalid, value: part });
				else if (value.length >= max) problems.push({ reason: 'tooManyActions', max, value: part });
				else value.push(parsed);
			}
			return { value, problems };
		},
		write: (vs) => vs.map(item.write).join(','),
		input: { type: 'text' },
		linkOnly: true,
		param
	};
}

const names = <S extends object>(spec: ScenarioSpec<S>) =>
	Object.keys(spec.fields) as (keyof S & string)[];

const paramOf = <S extends object>(spec: ScenarioSpec<S>, name: keyof S & string) =>
	spec.fields[name].param ?? name;

/** The parameters a scenario reads, in declaration order. */
export const paramNames = <S extends object>(spec: ScenarioSpec<S>): string[] =>
	names(spec).map((n) => paramOf(spec, n));

/**
 * Reads scenario values from query parameters; bad values fall back to `base` (the defaults
 * unless given). Unknown and repeated parameters are the deep link's business (deepLink.ts).
 */
export function parseScenario<S extends object>(
	spec: ScenarioSpec<S>,
	params: URLSearchParams,
	base: S = spec.defaults
): { scenario: S; problems: InputProblem[] } {
	const scenario = { ...base };
	const problems: InputProblem[] = [];
	for (const name of names(spec)) {
		const param = paramOf(spec, name);
		const given = params.get(param);
		if (given === null) continue;
		// surrounding whitespace (a pasted link, a form field) is not part of any value
		const { value, problems: bad = [] } = spec.fields[name].read(given.trim());
		if (value !== undefined) scenario[name] = value;
		for (const p of bad) problems.push({ field: param, ...p, value: p.value ?? given });
	}
	return { scenario, problems };
}

/** The query string for a scenario: only the values that differ from the defaults. */
export function scenarioParams<S extends object>(spec: ScenarioSpec<S>, s: S): URLSearchParams {
	const p = new URLSearchParams();
	for (const name of names(spec)) {
		const f = spec.fields[name];
		const text = f.write(s[name]);
		if (text !== f.write(spec.defaults[name])) p.set(paramOf(spec, name), text);
	}
	return p;
}

/** A scenario's values as the form's text fields hold them. */
export function formValues<S extends object>(spec: ScenarioSpec<S>, s: S): Record<string, string> {
	return Object.fromEntries(
		names(spec)
			.filter((n) => !spec.fields[n].linkOnly)
			.map((n) => [n, spec.fields[n].write(s[n])])
	);
}
