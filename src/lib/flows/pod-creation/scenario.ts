/**
 * Pod-creation scenario parameters: parsed from a URL or the form, validated, with a clear
 * message per bad value and the default kept in its place.
 */
import { formatCpu, formatMemory, parseCpu, parseMemory } from '$lib/sim/quantity';
import { parseImage } from '$lib/sim/registry';

export interface PodScenario {
	nodes: number;
	name: string;
	image: string;
	/** millicores, null = no request */
	cpu: number | null;
	/** bytes, null = no request */
	memory: number | null;
	seed: string;
}

export const MAX_NODES = 50;

export const defaultPodScenario: PodScenario = {
	nodes: 3,
	name: 'nginx',
	image: 'nginx:1.27',
	cpu: null,
	memory: null,
	seed: 'kubestep'
};

/** The parameters a pod-creation link reads (besides `step` and `lang`). */
export const POD_PARAMS = ['nodes', 'name', 'image', 'cpu', 'memory', 'seed'] as const;

/**
 * A rejected input: which parameter or field (as given: an unknown parameter's name too), the
 * value as given (shown as text, never as HTML), why.
 */
export interface InputProblem {
	field: string;
	value: string;
	reason:
		| 'unknown'
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
		| 'step'
		| 'action'
		| 'tooManyActions'
		| 'noSuchPod'
		| 'tooManyNodes'
		| 'noRoom';
	min?: number;
	max?: number;
	/** for 'unknown': the parameters the page does read, comma-separated */
	known?: string;
}

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export function parseIntInRange(text: string, min: number, max: number): number | null {
	if (!/^\s*\d+\s*$/.test(text)) return null;
	const n = Number(text);
	return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

export function isDns1123Label(name: string): boolean {
	return name.length <= 63 && dns1123Label.test(name);
}

/** Service names are DNS-1035 labels: like DNS-1123 but starting with a letter. */
export function isDns1035Label(name: string): boolean {
	return name.length <= 63 && dns1035Label.test(name);
}

export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Reads scenario values from query parameters; bad values fall back to `base`. Unknown and
 * repeated parameters are the deep link's business (deepLink.ts), not this function's.
 */
export function parsePodScenario(
	params: URLSearchParams,
	base: PodScenario = defaultPodScenario
): { scenario: PodScenario; problems: InputProblem[] } {
	const scenario = { ...base };
	const problems: InputProblem[] = [];
	const read = (
		field: keyof PodScenario,
		accept: (v: string) => boolean,
		reason: InputProblem['reason'],
		extra?: Partial<InputProblem>
	) => {
		const v = params.get(field);
		if (v === null) return undefined;
		// surrounding whitespace (a pasted link, a form field) is not part of any value
		if (accept(v.trim())) return v.trim();
		problems.push({ field, value: v, reason, ...extra });
		return undefined;
	};
	const nodes = read('nodes', (v) => parseIntInRange(v, 1, MAX_NODES) !== null, 'integerRange', {
		min: 1,
		max: MAX_NODES
	});
	if (nodes !== undefined) scenario.nodes = Number(nodes);
	const name = read('name', isDns1123Label, 'dns1123');
	if (name !== undefined) scenario.name = name;
	const image = read('image', (v) => parseImage(v) !== null, 'image');
	if (image !== undefined) scenario.image = image;
	const cpu = read('cpu', (v) => v === '' || parseCpu(v) !== null, 'cpu');
	if (cpu !== undefined) scenario.cpu = cpu === '' ? null : parseCpu(cpu);
	const memory = read('memory', (v) => v === '' || parseMemory(v) !== null, 'memory');
	if (memory !== undefined) scenario.memory = memory === '' ? null : parseMemory(memory);
	const seed = read('seed', (v) => SEED_PATTERN.test(v), 'seed');
	if (seed !== undefined) scenario.seed = seed;
	return { scenario, problems };
}

/** The query string for a scenario: only values that differ from the defaults. */
export function podScenarioParams(s: PodScenario): URLSearchParams {
	const p = new URLSearchParams();
	const d = defaultPodScenario;
	if (s.nodes !== d.nodes) p.set('nodes', String(s.nodes));
	if (s.name !== d.name) p.set('name', s.name);
	if (s.image !== d.image) p.set('image', s.image);
	if (s.cpu !== null) p.set('cpu', formatCpu(s.cpu));
	if (s.memory !== null) p.set('memory', formatMemory(s.memory));
	if (s.seed !== d.seed) p.set('seed', s.seed);
	return p;
}
