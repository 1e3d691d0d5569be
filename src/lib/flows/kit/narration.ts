/**
 * A flow's narration: per step id, a title and a paragraph from the step's params. Each flow
 * keeps its own (loaded with the flow), so a page carries only the narration it shows.
 */
import type { Lang } from '$lib/i18n';

export type StepParams = Record<string, string | number>;
export type StepTexts = Record<
	string,
	{ title: (p: StepParams) => string; body: (p: StepParams) => string }
>;
export type Narration = Record<Lang, StepTexts>;
/** Each language's narration loads when it is first shown (a page never shows both at once). */
export type NarrationLoaders = Record<Lang, () => Promise<StepTexts>>;
