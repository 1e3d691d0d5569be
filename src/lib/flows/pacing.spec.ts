import { describe, expect, it } from 'vitest';
import { stepText, type StepTexts } from './kit/narration';
import { readingMs } from './kit/reading';
import podFlow from './pod-creation/flow';
import { podStepsEn } from './pod-creation/narration/en';
import { podStepsKo } from './pod-creation/narration/ko';
import serviceFlow from './service/flow';
import { serviceStepsEn } from './service/narration/en';
import { serviceStepsKo } from './service/narration/ko';
import nodeFailureFlow from './node-failure/flow';
import { nodeFailureStepsEn } from './node-failure/narration/en';
import { nodeFailureStepsKo } from './node-failure/narration/ko';
import {
	kubectlGetBranches,
	nodeFailureBranches,
	podBranches,
	scaleOutBranches,
	serviceBranches
} from './testing/branches';
import scaleOutFlow from './scale-out/flow';
import { scaleOutStepsEn } from './scale-out/narration/en';
import { scaleOutStepsKo } from './scale-out/narration/ko';
import kubectlGetFlow from './kubectl-get/flow';
import { kubectlGetStepsEn } from './kubectl-get/narration/en';
import { kubectlGetStepsKo } from './kubectl-get/narration/ko';
import type { FlowDefinition } from './kit/definition';
import { stepDurationMs } from '$lib/player/timing';

describe('readingMs', () => {
	it.each([
		['', 0],
		['kubectl sends the Pod.', 4 * 300],
		['POST /api/v1/namespaces/default/pods', 2 * 300],
		['10.96.0.1 — a ClusterIP', 3 * 300],
		['파드를 저장합니다', 8 * 120],
		['kube-apiserver가 파드를 저장합니다.', 300 + 9 * 120]
	])('%j takes %d ms', (text, ms) => expect(readingMs(text)).toBe(ms));
});

const flows: [string, FlowDefinition, Record<string, object>, StepTexts, StepTexts][] = [
	['pod-creation', podFlow as FlowDefinition, podBranches, podStepsEn, podStepsKo],
	['service', serviceFlow as FlowDefinition, serviceBranches, serviceStepsEn, serviceStepsKo],
	[
		'node-failure',
		nodeFailureFlow as FlowDefinition,
		nodeFailureBranches,
		nodeFailureStepsEn as StepTexts,
		nodeFailureStepsKo as StepTexts
	],
	[
		'scale-out',
		scaleOutFlow as FlowDefinition,
		scaleOutBranches,
		scaleOutStepsEn as StepTexts,
		scaleOutStepsKo as StepTexts
	],
	[
		'kubectl-get',
		kubectlGetFlow as FlowDefinition,
		kubectlGetBranches,
		kubectlGetStepsEn as StepTexts,
		kubectlGetStepsKo as StepTexts
	]
];

describe('at 1×, every step lasts as long as its narration takes to read, in both languages', () => {
	for (const [id, flow, branches, en, ko] of flows) {
		it(`${id}: every step of every branch`, () => {
			let least = Infinity;
			for (const scenario of Object.values(branches)) {
				for (const step of flow.build(scenario).steps) {
					for (const texts of [en, ko]) {
						const { title, body } = stepText(texts, step);
						const ratio = stepDurationMs(step) / readingMs(`${title} ${body}`);
						least = Math.min(least, ratio);
					}
				}
			}
			expect(least).toBeGreaterThanOrEqual(1);
		});

		it(`${id}: one timing in both languages, from the slower reading`, () => {
			const step = flow.build(Object.values(branches)[0]).steps[0];
			const [e, k] = [en, ko].map((t) => {
				const { title, body } = stepText(t, step);
				return readingMs(`${title} ${body}`);
			});
			expect(step.readMs).toBe(Math.round(Math.max(e, k)));
		});
	}
});
