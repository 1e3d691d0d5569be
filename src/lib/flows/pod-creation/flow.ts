/** The pod-creation flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { PodStep } from './machine';
import { podScenarioSpec, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';

const podCreationFlow: FlowDefinition<PodScenario, PodStep> = {
	id: 'pod-creation',
	scenario: podScenarioSpec,
	build: podCreationTimeline
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default podCreationFlow;
