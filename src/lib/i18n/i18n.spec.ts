import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/scenario';
import { podCreationTimeline } from '$lib/flows/timeline';
import { stepText } from '$lib/panels/stepText';
import { fromNavigator, messages, rememberLang, storedLang } from './index';

const branches = {
	happy: defaultPodScenario,
	present: { ...defaultPodScenario, image: 'nginx:1.26' },
	failedScheduling: { ...defaultPodScenario, cpu: 8000 },
	imagePull: { ...defaultPodScenario, image: 'nginx:9.9' },
	alwaysPull: { ...defaultPodScenario, image: 'busybox:latest', nodes: 1 },
	alreadyExists: { ...defaultPodScenario, name: 'redis-0' }
};

describe('narration exists in Korean and English for every step of every branch', () => {
	for (const [branch, scenario] of Object.entries(branches)) {
		const tl = podCreationTimeline(scenario);
		it.each(tl.steps.map((s) => [s.id, s] as const))(`${branch}: %s`, (_id, step) => {
			const en = stepText(messages('en'), step);
			const ko = stepText(messages('ko'), step);
			for (const text of [en.title, en.body, ko.title, ko.body]) {
				expect(text.length).toBeGreaterThan(10);
				expect(text).not.toMatch(/undefined|NaN|\[object/);
			}
			expect(ko.body).toMatch(/[가-힣]/);
			expect(ko.title).not.toBe(en.title);
			expect(messages('ko').nine[step.nine as 1]).toMatch(/[가-힣]/);
		});
	}
});

describe('language choice', () => {
	it.each([
		[['ko-KR', 'en'], 'ko'],
		[['en-US'], 'en'],
		[['fr', 'KO'], 'ko'],
		[[], 'en']
	])('browser languages %j → %s', (langs, lang) => expect(fromNavigator(langs)).toBe(lang));

	it('remembers a valid choice and ignores a corrupted one', () => {
		const store = new Map<string, string>();
		const storage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		};
		expect(storedLang(storage)).toBeNull();
		rememberLang(storage, 'ko');
		expect(storedLang(storage)).toBe('ko');
		store.set('kubestep.lang', '<script>');
		expect(storedLang(storage)).toBeNull();
	});

	it('survives storage that throws', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		};
		expect(storedLang(broken)).toBeNull();
		expect(() => rememberLang(broken, 'en')).not.toThrow();
	});
});
