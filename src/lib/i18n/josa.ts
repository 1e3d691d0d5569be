/**
 * Korean particles after a value we only know at run time (a pod name, an IP, a revision):
 * 을/를, 이/가, 은/는, 으로/로 depend on whether the word, as read aloud, ends in a consonant.
 * Latin letters and digits are read the Korean way (nginx → 엔진엑스, 3 → 삼, db → 디비).
 */

type Pair = '을/를' | '이/가' | '은/는' | '으로/로' | '과/와';

// Digits as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구 — true where the reading ends in a consonant.
const DIGIT_FINAL = [true, true, false, true, false, false, true, true, true, false];
// Letters spelled out one by one (an acronym, a generated suffix like 6xq2b): only 엘, 엠, 엔
// and 알 end in a consonant; 비, 씨, 디, 에프 … end in a vowel.
const SPELLED_FINAL = new Set(['l', 'm', 'n', 'r']);
const SPELLED_RIEUL = new Set(['l', 'r']);
// A word read as a word: ending in l, m, n or b it ends in a consonant (…ㄹ, …ㅁ, …ㄴ, …ㅂ:
// "kernel", "team", "nginx-admin", "web" → 웹), and so does -ng (…ㅇ: "ping" → 핑); p, k and t
// after one short vowel or doubled are a final consonant too (app → 앱, pack → 팩, net → 넷);
// other endings are read with a vowel: -r as 어 (server → 서버), -x as 엑스, -g alone as 그,
// -t after a consonant or a long vowel as 트 (port → 포트, boot → 부트).
const WORD_FINAL = new Set(['l', 'm', 'n', 'b']);
const VOWELS = /[aeiouy]/;
type Ending = { consonant: boolean; rieul: boolean };

// Words read otherwise than the rules above say: true where the reading ends in a consonant.
const READINGS: Record<string, Ending> = {
	kubectl: { consonant: true, rieul: true }, // 큐브컨트롤
	etcdctl: { consonant: true, rieul: true }, // 엣시디컨트롤
	cidr: { consonant: false, rieul: false }, // 사이더
	dnat: { consonant: true, rieul: false }, // 디낫
	snat: { consonant: true, rieul: false } // 스낫
};

function spelledEnding(letters: string): Ending {
	const last = letters.at(-1)!;
	return { consonant: SPELLED_FINAL.has(last), rieul: SPELLED_RIEUL.has(last) };
}

/** The ending of a Latin word (lower case, letters only) as read aloud in Korean. */
function latinEnding(letters: string): Ending {
	const known = READINGS[letters];
	if (known) return known;
	const last = letters.at(-1)!;
	if (!VOWELS.test(letters)) return spelledEnding(letters);
	if (last === 'g' && letters.endsWith('ng')) return { consonant: true, rieul: false };
	if ('pkt'.includes(last)) {
		const before = letters.slice(0, -1);
		const short = /(^|[^aeiouy])[aeiou]$/.test(before);
		const doubled = before.endsWith(last) || (last === 'k' && before.endsWith('c'));
		return { consonant: short || doubled, rieul: false };
	}
	return { consonant: WORD_FINAL.has(last), rieul: last === 'l' };
}

/** Whether the spoken word ends in a consonant, or null when it has no letter or digit. */
export function endsInConsonant(word: string): Ending | null {
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
		if (/[a-z]/i.test(ch)) {
			// the last segment of letters and digits: "kube-proxy-6xq2b" ends in "6xq2b", spelled out
			const segment = /[a-z0-9]+$/i.exec(word.slice(0, word.lastIndexOf(ch) + 1))![0];
			const tail = /[a-z]+$/i.exec(segment)![0];
			const lower = tail.toLowerCase();
			// spelled out: letters after a digit (a generated name, a code) or a run of capitals
			// (ClusterIP → 아이피), unless the word has a reading of its own (CIDR → 사이더)
			const acronym = /[A-Z]{2,}$/.exec(tail)?.[0].toLowerCase();
			const spelled = /\d/.test(segment) ? lower : acronym;
			return spelled && !READINGS[spelled] ? spelledEnding(spelled) : latinEnding(spelled ?? lower);
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
