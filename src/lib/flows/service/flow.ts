/** The Service flow as the player loads it (a chunk of its own: only its page needs it). */
import type { FlowDefinition } from '$lib/flows/kit/definition';
import {
	defaultServiceScenario,
	parseServiceScenario,
	SERVICE_PARAMS,
	serviceScenarioParams,
	type ServiceScenario
} from './scenario';
import { serviceTimeline } from './timeline';

export const serviceFlow: FlowDefinition<ServiceScenario> = {
	id: 'service',
	defaults: defaultServiceScenario,
	paramNames: SERVICE_PARAMS,
	parse: parseServiceScenario,
	params: serviceScenarioParams,
	build: serviceTimeline
};
