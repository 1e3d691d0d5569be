/** The kubectl-get flow's model as the player loads it. */
import type { FlowDefinition } from '../kit/definition';
import type { StepTexts } from '../kit/narration';
import { paced } from '../kit/reading';
import type { KubectlGetStep } from './machine';
import { kubectlGetScenarioSpec, type KubectlGetScenario } from './scenario';
import { kubectlGetTimeline } from './timeline';
import { kubectlGetStepsEn } from './narration/en';
import { kubectlGetStepsKo } from './narration/ko';

const kubectlGetFlow: FlowDefinition<KubectlGetScenario, KubectlGetStep> = {
	id: 'kubectl-get',
	scenario: kubectlGetScenarioSpec,
	// both languages: a step lasts as long as its slower reading (kit/reading.ts)
	build: paced(kubectlGetTimeline, {
		en: kubectlGetStepsEn as StepTexts,
		ko: kubectlGetStepsKo as StepTexts
	})
};

/** the flow's model: the registry, the build worker and the tests load it as the default export */
export default kubectlGetFlow;
