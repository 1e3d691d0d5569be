/**
 * Every flow KubeStep has, by id: what the gallery says of it, the link parameters the bench
 * plays it at its largest, and the loaders of its page module (its model, narration, form and
 * tabs, a chunk of its own) and of its model alone (for the worker that builds timelines). The gallery, the flow route, prerendering, the end-to-end tests and
 * the bench all read this list; an id not in it is a 404. Relative imports only: the end-to-end
 * tests and the bench read this file outside the app's build.
 */
import type { FlowUi } from '../components/flowUi';
import type { FlowDefinition } from './kit/definition';
import { about as podCreation } from './pod-creation/about';
import { about as service } from './service/about';

export interface FlowEntry {
	about: Record<
		'en' | 'ko',
		{
			title: string;
			/** the CKA curriculum's domains the flow prepares for */
			cka: string;
			/** what a learner comes away knowing, a sentence each */
			teaches: string[];
			/** the flow's path in one line of components and objects */
			summary: string;
		}
	>;
	/** URL parameters of the largest scenario the flow takes (the bench's stress run) */
	stress: string;
	/** the page module: the model, its narration, form and tabs */
	load: () => Promise<FlowUi>;
	/** the model alone (scenario fields, timeline), for the build worker: no interface code */
	model: () => Promise<FlowDefinition>;
}

export const FLOWS = {
	'pod-creation': {
		about: podCreation,
		stress: 'nodes=50',
		load: () => import('./pod-creation/ui').then((m) => m.ui),
		model: () => import('./pod-creation/flow').then((m) => m.default as FlowDefinition)
	},
	service: {
		about: service,
		stress: 'nodes=50&replicas=50',
		load: () => import('./service/ui').then((m) => m.ui),
		model: () => import('./service/flow').then((m) => m.default as FlowDefinition)
	}
} satisfies Record<string, FlowEntry>;

export type FlowId = keyof typeof FLOWS;

/** The flows in the gallery's order. */
export const FLOW_IDS = Object.keys(FLOWS) as FlowId[];

export function isFlowId(id: string): id is FlowId {
	return Object.hasOwn(FLOWS, id);
}
