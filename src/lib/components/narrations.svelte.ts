/**
 * A flow's narration in the page's language. The page arrives with the text of the first step of
 * the default run in both languages (`first`, written when the site is built); the flow's whole
 * narration loads when `want` is called (the player calls it when a person first reaches for the
 * page) or as soon as the screen shows a step `first` does not cover, so a first load carries
 * only what it shows. Each language loads when first shown, and while another loads the one on
 * screen stays. Call during component init.
 */
import { stepText, type NarrationLoaders, type StepTexts } from '$lib/flows/kit/narration';
import type { Step } from '$lib/flows/types';
import type { Lang } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';

export type StepTold = { title: string; body: string };

/** The first step's text in each language, with the step it belongs to (compared by identity). */
export interface FirstTold {
	step: Step;
	texts: Record<Lang, StepTold>;
}

export function narrations(loaders: NarrationLoaders, first?: FirstTold) {
	let loaded = $state.raw<Partial<Record<Lang, StepTexts>>>({});
	let wanted = $state(!first);
	const want = () => (wanted = true);
	$effect(() => {
		const lang = locale.lang;
		if (wanted && !loaded[lang])
			loaders[lang]().then(
				(n) => (loaded = { ...loaded, [lang]: n }),
				// offline, say: the next step that needs it asks again
				() => (wanted = false)
			);
	});
	const full = () => loaded[locale.lang] ?? loaded.en ?? loaded.ko;
	return {
		/** brings the whole narration now */
		want,
		/** the whole narration, once loaded */
		get all(): StepTexts | undefined {
			return full();
		},
		/** a step's text, if it is here yet; asking for one that is not brings the whole narration */
		of(step: Step): StepTold | undefined {
			const own = loaded[locale.lang];
			if (own) return stepText(own, step);
			// the page's own words in this language before another language's whole narration
			if (first && step === first.step) return first.texts[locale.lang];
			want();
			const other = full();
			return other && stepText(other, step);
		}
	};
}
