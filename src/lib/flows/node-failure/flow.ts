/** The node-failure flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { StepTexts } from '../kit/narration';
import { paced } from '../kit/reading';
import type { NodeFailureStep } from './machine';
import { nodeFailureScenarioSpec, type NodeFailureScenario } from './scenario';
import { nodeFailureTimeline } from './timeline';
import { nodeFailureStepsEn } from './narration/en';
import { nodeFailureStepsKo } from './narration/ko';

const nodeFailureFlow: FlowDefinition<NodeFailureScenario, NodeFailureStep> = {
	id: 'node-failure',
	scenario: nodeFailureScenarioSpec,
	// both languages: a step lasts as long as its slower reading (kit/reading.ts)
	build: paced(nodeFailureTimeline, {
		en: nodeFailureStepsEn as StepTexts,
		ko: nodeFailureStepsKo as StepTexts
	})
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default nodeFailureFlow;
