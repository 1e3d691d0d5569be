/** Title and narration of a step in the current language. */
import type { Step } from '$lib/flows/types';
import type { Messages } from '$lib/i18n';

export function stepText(t: Messages, step: Step): { title: string; body: string } {
	const entry = t.steps[step.id as keyof Messages['steps']];
	if (!entry) return { title: step.id, body: '' };
	return { title: entry.title(step.params), body: entry.body(step.params) };
}
