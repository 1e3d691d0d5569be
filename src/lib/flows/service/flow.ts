/** The Service flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { ServiceStep } from './machine';
import { serviceScenarioSpec, type ServiceScenario } from './scenario';
import { serviceTimeline } from './timeline';

const serviceFlow: FlowDefinition<ServiceScenario, ServiceStep> = {
	id: 'service',
	scenario: serviceScenarioSpec,
	build: serviceTimeline
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default serviceFlow;
