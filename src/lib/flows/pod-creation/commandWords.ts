/**
 * A container's command or args in a link: the words joined by spaces, each word
 * percent-encoded (`sh -c sleep%203600` is ["sh", "-c", "sleep 3600"]), so that a word may hold a
 * space, a comma or a semicolon. And the words as a shell line shows them (`'sleep 3600'`).
 */
import type { Field } from '../kit/fields';

/** the most words a link gives one command or args (and characters in all: the words must fit a link) */
export const MAX_WORDS = 20;
const MAX_CHARS = 300;

export function parseWords(text: string): string[] | null {
	const words: string[] = [];
	for (const part of text.split(' ').filter((w) => w !== '')) {
		let word: string;
		try {
			word = decodeURIComponent(part);
		} catch {
			return null;
		}
		// a line break or a control character is no word a link should carry
		if ([...word].some((c) => c.charCodeAt(0) <= 0x1f || c.charCodeAt(0) === 0x7f)) return null;
		words.push(word);
	}
	if (!words.length || words.length > MAX_WORDS || words.join(' ').length > MAX_CHARS) return null;
	return words;
}

export const formatWords = (words: string[]) => words.map(encodeURIComponent).join(' ');

/** A command or args of the pod's first container: empty is none. */
export function wordsField(): Field<string[] | null> {
	return {
		read: (v) => {
			if (v === '') return { value: null };
			const words = parseWords(v);
			return words
				? { value: words }
				: { problems: [{ reason: 'containerCommand', max: MAX_WORDS }] };
		},
		write: (v) => (v === null ? '' : formatWords(v)),
		input: { type: 'text', optional: true },
		linkOnly: true
	};
}

/** one word as a POSIX shell would need it written: bare when it can be, else single-quoted */
export const shellWord = (w: string) =>
	/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
