/**
 * Every flow KubeStep has, by id: its title, the link parameters the bench
 * plays it at its largest, and the loaders of its page module (its model, narration, form and
 * tabs, a chunk of its own) and of its model alone (for the worker that builds timelines). The gallery, the flow route, prerendering, the end-to-end tests and
 * the bench all read this list; an id not in it is a 404. Relative imports only: the end-to-end
 * tests and the bench read this file outside the app's build.
 */
import type { FlowUi } from '../components/flowUi';
import type { FlowDefinition } from './kit/definition';

export interface FlowEntry {
	/** the flow's name, in English and Korean (the gallery's other words: gallery.ts) */
	title: Record<'en' | 'ko', string>;
	/** URL parameters of the largest scenario the flow takes (the bench's stress run) */
	stress: string;
	/** the page module: the model, its narration, form and tabs */
	load: () => Promise<FlowUi>;
	/** the model alone (scenario fields, timeline), for the build worker: no interface code */
	model: () => Promise<FlowDefinition>;
}

export const FLOWS = {
	'pod-creation': {
		title: { en: 'Pod creation', ko: '파드 생성' },
		stress: 'nodes=50',
		load: () => import('./pod-creation/ui').then((m) => m.ui),
		model: () => import('./pod-creation/flow').then((m) => m.default as FlowDefinition)
	},
	service: {
		title: { en: 'Service and kube-proxy', ko: 'Service와 kube-proxy' },
		stress: 'nodes=50&replicas=50',
		load: () => import('./service/ui').then((m) => m.ui),
		model: () => import('./service/flow').then((m) => m.default as FlowDefinition)
	},
	'node-failure': {
		title: { en: 'A node fails', ko: '노드 장애' },
		stress: 'nodes=50&replicas=50',
		load: () => import('./node-failure/ui').then((m) => m.ui),
		model: () => import('./node-failure/flow').then((m) => m.default as FlowDefinition)
	},
	'scale-out': {
		title: { en: 'Scale out, then add a node', ko: '스케일 아웃과 노드 추가' },
		stress: 'nodes=49&from=1&to=50&cpu=100m',
		load: () => import('./scale-out/ui').then((m) => m.ui),
		model: () => import('./scale-out/flow').then((m) => m.default as FlowDefinition)
	},
	'kubectl-get': {
		title: { en: 'kubectl get: the read path', ko: 'kubectl get: 읽기 경로' },
		stress: 'nodes=50&replicas=49&then=watch-only,rv0,pages:1',
		load: () => import('./kubectl-get/ui').then((m) => m.ui),
		model: () => import('./kubectl-get/flow').then((m) => m.default as FlowDefinition)
	}
} satisfies Record<string, FlowEntry>;

export type FlowId = keyof typeof FLOWS;

/** The flows in the gallery's order. */
export const FLOW_IDS = Object.keys(FLOWS) as FlowId[];

export function isFlowId(id: string): id is FlowId {
	return Object.hasOwn(FLOWS, id);
}
