/** Title and narration of a step, from its flow's narration in the current language. */
import type { Step } from '$lib/flows/types';
import type { StepTexts } from '$lib/flows/kit/narration';

export function stepText(texts: StepTexts, step: Step): { title: string; body: string } {
	const entry = texts[step.id];
	if (!entry) return { title: step.id, body: '' };
	return { title: entry.title(step.params), body: entry.body(step.params) };
}
