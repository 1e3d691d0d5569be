/** The Service flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { StepTexts } from '../kit/narration';
import { paced } from '../kit/reading';
import type { ServiceStep } from './machine';
import { serviceScenarioSpec, type ServiceScenario } from './scenario';
import { serviceTimeline } from './timeline';
import { serviceStepsEn } from './narration/en';
import { serviceStepsKo } from './narration/ko';

const serviceFlow: FlowDefinition<ServiceScenario, ServiceStep> = {
	id: 'service',
	scenario: serviceScenarioSpec,
	// both languages: a step lasts as long as its slower reading (kit/reading.ts)
	build: paced(serviceTimeline, {
		en: serviceStepsEn as StepTexts,
		ko: serviceStepsKo as StepTexts
	})
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default serviceFlow;
