/**
 * A flow's narration: per step id, a title and a paragraph from that step's params. Entries are
 * typed by the flow's steps (`NarrationOf<S>`), so a param a step does not record, or a step
 * without its text, fails the type check. Each flow keeps its own narration, per language,
 * loaded with the flow, so a page carries only the narration it shows.
 */
import type { Lang } from '$lib/i18n';
import type { Step, StepCore, TextParams } from '../types';

export interface StepText<P> {
	title: (p: P) => string;
	body: (p: P) => string;
}

/** Every step id of the steps `S`, each with the text of its own params. */
export type NarrationOf<S extends StepCore> = {
	[K in S['id']]: StepText<Extract<S, { id: K }>['params']>;
};

/** A narration as the player reads it, whatever its flow. */
export type StepTexts = Record<string, StepText<never>>;

/** Each language's narration loads when it is first shown (a page never shows both at once). */
export type NarrationLoaders = Record<Lang, () => Promise<StepTexts>>;

/** Title and paragraph of a step, from its flow's narration in one language. */
export function stepText(texts: StepTexts, step: Step): { title: string; body: string } {
	const entry = texts[step.id] as StepText<TextParams> | undefined;
	if (!entry) return { title: step.id, body: '' };
	return { title: entry.title(step.params), body: entry.body(step.params) };
}
