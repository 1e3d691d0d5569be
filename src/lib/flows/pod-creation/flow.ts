/** The pod-creation flow as the player loads it. */
import type { FlowDefinition } from '$lib/flows/kit/definition';
import {
	defaultPodScenario,
	parsePodScenario,
	POD_PARAMS,
	podScenarioParams,
	type PodScenario
} from './scenario';
import { podCreationTimeline } from './timeline';

export const podCreationFlow: FlowDefinition<PodScenario> = {
	id: 'pod-creation',
	defaults: defaultPodScenario,
	paramNames: POD_PARAMS,
	parse: (params) => parsePodScenario(params),
	params: podScenarioParams,
	build: podCreationTimeline
};
