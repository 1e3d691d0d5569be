/**
 * Korean particles after a value we only know at run time (a pod name, an IP, a revision):
 * 을/를, 이/가, 은/는, 으로/로 depend on whether the word, as read aloud, ends in a consonant.
 * Latin letters and digits are read the Korean way (nginx → 엔진엑스, 3 → 삼).
 */

type Pair = '을/를' | '이/가' | '은/는' | '으로/로' | '과/와';

// Digits as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구 — true where the reading ends in a consonant.
const DIGIT_FINAL = [true, true, false, true, false, false, true, true, true, false];
// A word ending in l, m, n or b is read with a final consonant (…ㄹ, …ㅁ, …ㄴ, …ㅂ: "kernel",
// "team", "nginx-admin", "web" → 웹), and so is -ng (…ㅇ: "ping" → 핑); other endings are read
// with a vowel: -r as 어 (server → 서버), -x as 엑스, -g alone as 그 (dog → 도그).
const LETTER_FINAL = new Set(['l', 'm', 'n', 'b']);

/** Whether the spoken word ends in a consonant, or null when it has no letter or digit. */
export function endsInConsonant(word: string): { consonant: boolean; rieul: boolean } | null {
	for (const ch of [...word].reverse()) {
		const code = ch.codePointAt(0)!;
		if (code >= 0xac00 && code <= 0xd7a3) {
			const final = (code - 0xac00) % 28;
			return { consonant: final !== 0, rieul: final === 8 };
		}
		if (ch >= '0' && ch <= '9') {
			const d = Number(ch);
			return { consonant: DIGIT_FINAL[d], rieul: d === 1 || d === 7 || d === 8 };
		}
		const lower = ch.toLowerCase();
		if (lower >= 'a' && lower <= 'z') {
			const ng = lower === 'g' && /ng$/i.test(word.slice(0, word.lastIndexOf(ch) + 1));
			return { consonant: ng || LETTER_FINAL.has(lower), rieul: lower === 'l' };
		}
	}
	return null;
}

/** The word followed by the right particle of the pair, e.g. josa('node-3', '을/를') → 'node-3을'. */
export function josa(word: string | number, pair: Pair): string {
	const text = String(word);
	const [withConsonant, withVowel] = pair.split('/');
	const end = endsInConsonant(text);
	if (!end) return `${text}${withConsonant}(${withVowel})`;
	// 으로/로: a final ㄹ takes 로, like a vowel.
	const consonant = pair === '으로/로' ? end.consonant && !end.rieul : end.consonant;
	return `${text}${consonant ? withConsonant : withVowel}`;
}
