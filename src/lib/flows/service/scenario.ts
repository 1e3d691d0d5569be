/**
 * Service-flow scenario: cluster size, the Deployment's replicas, the Service's ports and name,
 * the seed, and the what-if actions played after the Service is up (`then=scale:1,add-node`).
 * Each bad value becomes a problem to show and its default stays.
 */
import { dns1035, int, list, parseIntInRange, seed, type ScenarioSpec } from '../kit/fields';
import { isDns1123Label } from '$lib/sim/manifest/names';

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

export const serviceScenarioSpec: ScenarioSpec<ServiceScenario> = {
	fields: {
		nodes: int(1, SERVICE_MAX_NODES),
		replicas: int(0, MAX_REPLICAS),
		port: int(1, 65535),
		targetPort: int(1, 65535),
		// every cluster already has Service default/kubernetes: exposing it again would be a 409
		name: dns1035([RESERVED_NAME]),
		seed: seed(),
		actions: list(
			{ read: parseAction, write: formatAction, invalid: { reason: 'action', max: MAX_REPLICAS } },
			MAX_ACTIONS,
			'then'
		)
	},
	defaults: defaultServiceScenario
};
