/** The Service flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { ServiceStep } from './machine';
import { serviceScenarioSpec, type ServiceScenario } from './scenario';
import { serviceTimeline } from './timeline';

export const serviceFlow: FlowDefinition<ServiceScenario, ServiceStep> = {
	id: 'service',
	scenario: serviceScenarioSpec,
	build: serviceTimeline
};

/** the model the build worker loads (components/timelineWorker.ts) */
export default serviceFlow;
