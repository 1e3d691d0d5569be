/** The scale-out flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { StepTexts } from '../kit/narration';
import { paced } from '../kit/reading';
import type { ScaleOutStep } from './machine';
import { scaleOutScenarioSpec, type ScaleOutScenario } from './scenario';
import { scaleOutTimeline } from './timeline';
import { scaleOutStepsEn } from './narration/en';
import { scaleOutStepsKo } from './narration/ko';

const scaleOutFlow: FlowDefinition<ScaleOutScenario, ScaleOutStep> = {
	id: 'scale-out',
	scenario: scaleOutScenarioSpec,
	// both languages: a step lasts as long as its slower reading (kit/reading.ts)
	build: paced(scaleOutTimeline, {
		en: scaleOutStepsEn as StepTexts,
		ko: scaleOutStepsKo as StepTexts
	})
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default scaleOutFlow;
