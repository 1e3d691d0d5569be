/**
 * How long a step's narration takes to read, so that playing at 1× never moves on before a
 * person has read it. A step's text is read in whichever language is on screen; a step lasts as
 * long as the slower of the two, so a flow keeps one timing in both (a link to a moment means the
 * same moment in Korean and English).
 *
 * Rates: silent reading of English non-fiction averages about 238 words a minute (Brysbaert,
 * "How many words do we read per minute?", 2019); text read beside a moving diagram, often in a
 * second language, is slower, so we take 200. Korean is counted in syllables: the same content
 * runs about 2.5 syllables per English word, so 500 syllables a minute is the same pace. A Latin
 * word inside Korean text (kube-apiserver, 10.96.0.1) counts as an English word.
 */
import type { Lang } from '$lib/i18n';
import type { Step } from '../types';
import { stepText, type StepTexts } from './narration';

export const WORD_MS = 60_000 / 200;
export const SYLLABLE_MS = 60_000 / 500;

const HANGUL = /[\uac00-\ud7a3]/g;
// a run of anything but spaces and Hangul that holds a letter or a digit: a word, a name, an IP
const WORD = /[^\s\uac00-\ud7a3]*[\p{L}\p{N}][^\s\uac00-\ud7a3]*/gu;

/** Time to read `text` once at the rates above, in ms. */
export function readingMs(text: string): number {
	const syllables = text.match(HANGUL)?.length ?? 0;
	const words = text.replace(HANGUL, ' ').match(WORD)?.length ?? 0;
	return syllables * SYLLABLE_MS + words * WORD_MS;
}

/** Time to read a step's title and body in the slower of the languages given. */
export function stepReadingMs(step: Step, narrations: Record<Lang, StepTexts>): number {
	let ms = 0;
	for (const texts of Object.values(narrations)) {
		const { title, body } = stepText(texts, step);
		ms = Math.max(ms, readingMs(`${title} ${body}`));
	}
	return Math.round(ms);
}

/** A flow's build that records on every step how long its narration takes to read. */
export function paced<S, T extends { steps: Step[] }>(
	build: (scenario: S) => T,
	narrations: Record<Lang, StepTexts>
): (scenario: S) => T {
	return (scenario) => {
		const timeline = build(scenario);
		for (const step of timeline.steps) step.readMs = stepReadingMs(step, narrations);
		return timeline;
	};
}
