/**
 * Service-flow scenario: cluster size, the Deployment's replicas, the Service's ports and name,
 * the seed, and the what-if actions played after the Service is up (`then=scale:1,add-node`).
 * Each bad value becomes a problem to show and its default stays.
 */
import {
	SEED_PATTERN,
	isDns1035Label,
	isDns1123Label,
	parseIntInRange,
	type InputProblem
} from '$lib/flows/pod-creation/scenario';

export type ServiceAction =
	| { kind: 'scale'; replicas: number }
	| { kind: 'delete'; pod: string }
	| { kind: 'add-node' }
	| { kind: 'packet' };

export interface ServiceScenario {
	nodes: number;
	replicas: number;
	port: number;
	targetPort: number;
	/** the Deployment's name, and the Service's */
	name: string;
	seed: string;
	actions: ServiceAction[];
}

/** The parameters a Service link reads (besides `step` and `lang`). */
export const SERVICE_PARAMS = [
	'nodes',
	'replicas',
	'port',
	'targetPort',
	'name',
	'seed',
	'then'
] as const;

export const SERVICE_MAX_NODES = 50;
export const MAX_REPLICAS = 50;
export const MAX_ACTIONS = 8;
/** the apiserver's own Service, present in every cluster */
export const RESERVED_NAME = 'kubernetes';

export const defaultServiceScenario: ServiceScenario = {
	nodes: 3,
	replicas: 3,
	port: 80,
	targetPort: 8080,
	name: 'web',
	seed: 'kubestep',
	actions: []
};

export function formatAction(a: ServiceAction): string {
	switch (a.kind) {
		case 'scale':
			return `scale:${a.replicas}`;
		case 'delete':
			return `delete:${a.pod}`;
		default:
			return a.kind;
	}
}

/** One action as written in the URL, or null when it is not one. */
export function parseAction(text: string): ServiceAction | null {
	const t = text.trim();
	if (t === 'add-node' || t === 'packet') return { kind: t };
	const [kind, arg, ...rest] = t.split(':');
	if (rest.length || arg === undefined) return null;
	if (kind === 'scale') {
		const n = parseIntInRange(arg, 0, MAX_REPLICAS);
		return n === null ? null : { kind: 'scale', replicas: n };
	}
	if (kind === 'delete') return isDns1123Label(arg) ? { kind: 'delete', pod: arg } : null;
	return null;
}

export function parseServiceScenario(params: URLSearchParams): {
	scenario: ServiceScenario;
	problems: InputProblem[];
} {
	const scenario: ServiceScenario = { ...defaultServiceScenario, actions: [] };
	const problems: InputProblem[] = [];
	const int = (field: 'nodes' | 'replicas' | 'port' | 'targetPort', min: number, max: number) => {
		const v = params.get(field);
		if (v === null) return;
		const n = parseIntInRange(v, min, max);
		if (n === null) problems.push({ field, value: v, reason: 'integerRange', min, max });
		else scenario[field] = n;
	};
	int('nodes', 1, SERVICE_MAX_NODES);
	int('replicas', 0, MAX_REPLICAS);
	int('port', 1, 65535);
	int('targetPort', 1, 65535);
	// surrounding whitespace (a pasted link, a form field) is not part of any value
	const name = params.get('name');
	if (name !== null) {
		if (!isDns1035Label(name.trim()))
			problems.push({ field: 'name', value: name, reason: 'dns1035' });
		// every cluster already has Service default/kubernetes: exposing it again would be a 409
		else if (name.trim() === RESERVED_NAME)
			problems.push({ field: 'name', value: name, reason: 'reservedName' });
		else scenario.name = name.trim();
	}
	const seed = params.get('seed');
	if (seed !== null) {
		if (SEED_PATTERN.test(seed.trim())) scenario.seed = seed.trim();
		else problems.push({ field: 'seed', value: seed, reason: 'seed' });
	}
	const then = params.get('then');
	if (then !== null) {
		// empty entries (`then=`, a trailing comma) say nothing: skipped without a word
		for (const part of then.split(',').filter((p) => p.trim() !== '')) {
			const action = parseAction(part);
			if (!action)
				problems.push({ field: 'then', value: part, reason: 'action', max: MAX_REPLICAS });
			else if (scenario.actions.length >= MAX_ACTIONS)
				problems.push({ field: 'then', value: part, reason: 'tooManyActions', max: MAX_ACTIONS });
			else scenario.actions.push(action);
		}
	}
	return { scenario, problems };
}

/** The query string for a scenario: only values that differ from the defaults. */
export function serviceScenarioParams(s: ServiceScenario): URLSearchParams {
	const p = new URLSearchParams();
	const d = defaultServiceScenario;
	for (const k of ['nodes', 'replicas', 'port', 'targetPort', 'name', 'seed'] as const)
		if (s[k] !== d[k]) p.set(k, String(s[k]));
	if (s.actions.length) p.set('then', s.actions.map(formatAction).join(','));
	return p;
}
