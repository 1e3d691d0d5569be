/** The pod-creation flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { PodStep } from './machine';
import { podScenarioSpec, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';

export const podCreationFlow: FlowDefinition<PodScenario, PodStep> = {
	id: 'pod-creation',
	scenario: podScenarioSpec,
	build: podCreationTimeline
};

/** the model the build worker loads (components/timelineWorker.ts) */
export default podCreationFlow;
