/**
 * Languages and their text. The UI reads `messages(lang)`; the choice follows the URL, then the
 * remembered preference, then the browser's language.
 */
import { en, type Messages } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export type { Messages };

export const LANGS: Lang[] = ['en', 'ko'];
const STORAGE_KEY = 'kubestep.lang';

export function messages(lang: Lang): Messages {
	return lang === 'ko' ? ko : en;
}

export function isLang(v: unknown): v is Lang {
	return v === 'en' || v === 'ko';
}

/** Browser language → ours: Korean for any ko-* tag, English otherwise. */
export function fromNavigator(languages: readonly string[]): Lang {
	return languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang | null {
	try {
		const v = storage?.getItem(STORAGE_KEY);
		return isLang(v) ? v : null;
	} catch {
		// Storage can throw (privacy mode, sandboxed frames): behave as if nothing was stored.
		return null;
	}
}

export function rememberLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
	try {
		storage?.setItem(STORAGE_KEY, lang);
	} catch {
		// Not remembering is fine; the URL still carries the choice.
	}
}
