/**
 * A flow's narration in the page's language: each language loads when first shown, and while
 * another loads the one on screen stays. Not in the prerendered page (the language is only known
 * in the browser). Call during component init.
 */
import type { NarrationLoaders, StepTexts } from '$lib/flows/kit/narration';
import type { Lang } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';

export function narrations(loaders: NarrationLoaders): { readonly current: StepTexts | undefined } {
	let loaded = $state.raw<Partial<Record<Lang, StepTexts>>>({});
	$effect(() => {
		const lang = locale.lang;
		if (!loaded[lang]) void loaders[lang]().then((n) => (loaded = { ...loaded, [lang]: n }));
	});
	return {
		get current() {
			return loaded[locale.lang] ?? loaded.en ?? loaded.ko;
		}
	};
}
