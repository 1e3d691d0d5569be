/** The pod-creation flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { StepTexts } from '../kit/narration';
import { paced } from '../kit/reading';
import type { PodStep } from './machine';
import { podScenarioSpec, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';
import { podStepsEn } from './narration/en';
import { podStepsKo } from './narration/ko';

const podCreationFlow: FlowDefinition<PodScenario, PodStep> = {
	id: 'pod-creation',
	scenario: podScenarioSpec,
	manifest: true,
	// both languages: a step lasts as long as its slower reading (kit/reading.ts)
	build: paced(podCreationTimeline, { en: podStepsEn as StepTexts, ko: podStepsKo as StepTexts })
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default podCreationFlow;
