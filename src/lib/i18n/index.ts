/**
 * Languages and their text. The UI reads `messages(lang)`; the choice follows the URL, then the
 * remembered preference, then the browser's language.
 */
import type { Messages } from './en';

export type Lang = 'en' | 'ko';
export type { Messages };

const STORAGE_KEY = 'kubestep.lang';

// Each language's text is its own chunk: a page loads the one it shows (the root layout awaits
// it before the first render), and the other only when the person switches.
const loaders: Record<Lang, () => Promise<Messages>> = {
	en: () => import('./en').then((m) => m.en),
	ko: () => import('./ko').then((m) => m.ko)
};
const loaded: Partial<Record<Lang, Messages>> = {};

export async function loadMessages(lang: Lang): Promise<Messages> {
	return (loaded[lang] ??= await loaders[lang]());
}

/** The text of a loaded language (while another loads, the one loaded keeps showing). */
export function messages(lang: Lang): Messages {
	const m = loaded[lang] ?? loaded.en ?? loaded.ko;
	if (!m) throw new Error(`No text loaded for ${lang}: await loadMessages() first`);
	return m;
}

export function isLang(v: unknown): v is Lang {
	return v === 'en' || v === 'ko';
}

/** A `lang` value as a link writes it: `ko` or `en`, surrounding whitespace aside. */
export function readLang(v: string | null): Lang | null {
	const t = v?.trim();
	return isLang(t) ? t : null;
}

/** The language a link asks for: its one `lang` parameter (given twice, it asks for neither). */
export function langFromSearch(search: string): Lang | null {
	const all = new URLSearchParams(search).getAll('lang');
	return all.length === 1 ? readLang(all[0]) : null;
}

/** Browser language → ours: Korean for any ko-* tag, English otherwise. */
export function fromNavigator(languages: readonly string[]): Lang {
	return languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/**
 * Storage is passed as a getter: reading `localStorage` itself throws where storage is blocked
 * (cookies disabled, sandboxed frames), not only its methods (privacy mode, quota exceeded).
 */
type GetStorage<K extends keyof Storage> = () => Pick<Storage, K> | undefined | null;

/** The remembered language; anything else stored there (garbage, JSON, a megabyte) is ignored. */
export function storedLang(storage: GetStorage<'getItem'>): Lang | null {
	try {
		const v = storage()?.getItem(STORAGE_KEY);
		return isLang(v) ? v : null;
	} catch {
		// Storage can throw: behave as if nothing was stored.
		return null;
	}
}

export function rememberLang(storage: GetStorage<'setItem'>, lang: Lang): void {
	try {
		storage()?.setItem(STORAGE_KEY, lang);
	} catch {
		// Not remembering is fine; the URL still carries the choice.
	}
}

/** The language a page opens in: the link's, then the remembered one, then the browser's. */
export function initialLang(
	search: string,
	storage: GetStorage<'getItem'>,
	languages: readonly string[]
): Lang {
	return langFromSearch(search) ?? storedLang(storage) ?? fromNavigator(languages);
}
