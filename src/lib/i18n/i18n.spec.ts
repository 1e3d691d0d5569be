import { describe, expect, it } from 'vitest';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { stepText } from '$lib/flows/kit/narration';
import {
	kubectlGetBranches,
	nodeFailureBranches,
	podBranches,
	scaleOutBranches,
	serviceBranches
} from '$lib/flows/testing/branches';
import { SCALE_OUT_STEP_IDS } from '$lib/flows/scale-out/machine';
import { KUBECTL_GET_STEP_IDS } from '$lib/flows/kubectl-get/machine';
import { kubectlGetStepsEn } from '$lib/flows/kubectl-get/narration/en';
import { kubectlGetStepsKo } from '$lib/flows/kubectl-get/narration/ko';
import { kubectlGetTimeline } from '$lib/flows/kubectl-get/timeline';
import { scaleOutStepsEn } from '$lib/flows/scale-out/narration/en';
import { scaleOutStepsKo } from '$lib/flows/scale-out/narration/ko';
import { scaleOutTimeline } from '$lib/flows/scale-out/timeline';
import { NODE_FAILURE_STEP_IDS } from '$lib/flows/node-failure/machine';
import { nodeFailureStepsEn } from '$lib/flows/node-failure/narration/en';
import { nodeFailureStepsKo } from '$lib/flows/node-failure/narration/ko';
import { nodeFailureTimeline } from '$lib/flows/node-failure/timeline';
import { serviceTimeline } from '$lib/flows/service/timeline';
import { SERVICE_STEP_IDS } from '$lib/flows/service/machine';
import type { Step } from '$lib/flows/types';
import { fromNavigator, langFromSearch, rememberLang, storedLang } from './index';
import { podStepsEn } from '$lib/flows/pod-creation/narration/en';
import { podStepsKo } from '$lib/flows/pod-creation/narration/ko';
import { serviceStepsEn } from '$lib/flows/service/narration/en';
import { serviceStepsKo } from '$lib/flows/service/narration/ko';
import type { StepTexts } from '$lib/flows/kit/narration';
import { chapters } from '$lib/flows/pod-creation/ui/chapters';

/** Title and body in both languages are real sentences, and the Korean ones are Korean. */
function expectNarrated(step: Step, en: StepTexts, ko: StepTexts) {
	const e = stepText(en, step);
	const k = stepText(ko, step);
	for (const text of [e.title, e.body, k.title, k.body]) {
		expect(text.length).toBeGreaterThan(10);
		expect(text).not.toMatch(/undefined|NaN|\[object/);
	}
	expect(k.body).toMatch(/[가-힣]/);
	expect(k.title).not.toBe(e.title);
}

describe('narration exists in Korean and English for every step of every branch', () => {
	for (const [branch, scenario] of Object.entries(podBranches)) {
		const tl = podCreationTimeline(scenario);
		it.each(tl.steps.map((s) => [s.id, s] as const))(`${branch}: %s`, (_id, step) => {
			expectNarrated(step, podStepsEn, podStepsKo);
			expect(chapters.ko.steps[step.nine as 1]).toMatch(/[가-힣]/);
		});
	}
});

describe('the Service flow is narrated in Korean and English, every step of every branch', () => {
	for (const [branch, partial] of Object.entries(serviceBranches)) {
		const tl = serviceTimeline(partial);
		it.each(tl.steps.map((s, i) => [`${i + 1} ${s.id}`, s] as const))(
			`${branch}: %s`,
			(_id, step) => expectNarrated(step, serviceStepsEn, serviceStepsKo)
		);
	}

	it('has a text for every step id the flow can record, and no other', () => {
		const ids = [...SERVICE_STEP_IDS].sort();
		expect(Object.keys(serviceStepsEn).sort()).toEqual(ids);
		expect(Object.keys(serviceStepsKo).sort()).toEqual(ids);
	});
});

describe('the node-failure flow is narrated in Korean and English, every step of every branch', () => {
	for (const [branch, scenario] of Object.entries(nodeFailureBranches)) {
		const tl = nodeFailureTimeline(scenario);
		it.each(tl.steps.map((s, i) => [`${i + 1} ${s.id}`, s] as const))(
			`${branch}: %s`,
			(_id, step) => expectNarrated(step, nodeFailureStepsEn, nodeFailureStepsKo)
		);
	}

	it('has a text for every step id the flow can record, and no other', () => {
		const ids = [...NODE_FAILURE_STEP_IDS].sort();
		expect(Object.keys(nodeFailureStepsEn).sort()).toEqual(ids);
		expect(Object.keys(nodeFailureStepsKo).sort()).toEqual(ids);
	});
});

describe('the scale-out flow is narrated in Korean and English, every step of every branch', () => {
	for (const [branch, scenario] of Object.entries(scaleOutBranches)) {
		const tl = scaleOutTimeline(scenario);
		it.each(tl.steps.map((s, i) => [`${i + 1} ${s.id}`, s] as const))(
			`${branch}: %s`,
			(_id, step) => expectNarrated(step, scaleOutStepsEn, scaleOutStepsKo)
		);
	}

	it('has a text for every step id the flow can record, and no other', () => {
		const ids = [...SCALE_OUT_STEP_IDS].sort();
		expect(Object.keys(scaleOutStepsEn).sort()).toEqual(ids);
		expect(Object.keys(scaleOutStepsKo).sort()).toEqual(ids);
	});
});

describe('the kubectl-get flow is narrated in Korean and English, every step of every branch', () => {
	for (const [branch, scenario] of Object.entries(kubectlGetBranches)) {
		const tl = kubectlGetTimeline(scenario);
		it.each(tl.steps.map((s, i) => [`${i + 1} ${s.id}`, s] as const))(
			`${branch}: %s`,
			(_id, step) => expectNarrated(step, kubectlGetStepsEn, kubectlGetStepsKo)
		);
	}

	it('has a text for every step id the flow can record, and no other', () => {
		const ids = [...KUBECTL_GET_STEP_IDS].sort();
		expect(Object.keys(kubectlGetStepsEn).sort()).toEqual(ids);
		expect(Object.keys(kubectlGetStepsKo).sort()).toEqual(ids);
	});
});

describe('language choice', () => {
	it.each([
		[['ko-KR', 'en'], 'ko'],
		[['en-US'], 'en'],
		[['fr', 'KO'], 'ko'],
		[[], 'en']
	])('browser languages %j → %s', (langs, lang) => expect(fromNavigator(langs)).toBe(lang));

	it('remembers a valid choice', () => {
		const store = new Map<string, string>();
		const storage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		};
		expect(storedLang(() => storage)).toBeNull();
		rememberLang(() => storage, 'ko');
		expect(storedLang(() => storage)).toBe('ko');
	});

	it.each([
		['<script>alert(1)</script>'],
		['{"lang":"ko"}'],
		['"ko"'],
		['KO'],
		[' ko'],
		[''],
		['ko'.repeat(500_000)]
	])('ignores a corrupted stored value %#', (stored) => {
		expect(storedLang(() => ({ getItem: () => stored }))).toBeNull();
	});

	const denied = () => {
		throw new DOMException('denied', 'SecurityError');
	};
	it.each([
		['methods throw (privacy mode, quota)', () => ({ getItem: denied, setItem: denied })],
		['reading localStorage throws (storage blocked)', denied],
		['there is no storage', () => undefined]
	])('survives storage whose %s', (_why, storage) => {
		expect(storedLang(storage)).toBeNull();
		expect(() => rememberLang(storage, 'en')).not.toThrow();
	});

	it.each([
		['?lang=ko', 'ko'],
		['?lang=%20en%20', 'en'],
		['?lang=KO', null],
		['?lang=ko&lang=en', null],
		['?lang=ko&lang=ko', null],
		['?lang=', null],
		['', null]
	])('a link %j asks for %s', (search, lang) => expect(langFromSearch(search)).toBe(lang));
});
