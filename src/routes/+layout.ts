import { browser } from '$app/environment';
import { initialLang, loadMessages, type Lang } from '$lib/i18n';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The language is picked in the browser before the first render, so the page hydrates in it
 * (prerendered pages are English) and loads only its text.
 */
export async function load(): Promise<{ lang: Lang }> {
	const lang = browser
		? initialLang(location.search, () => localStorage, navigator.languages ?? [navigator.language])
		: 'en';
	await loadMessages(lang);
	return { lang };
}
