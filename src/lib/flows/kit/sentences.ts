/**
 * Splitting narration into sentences: the caption a room sees is a body's first sentence, and the
 * narration's style spec checks every lead sentence's length.
 */

const ENDS = /[.?!]/;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)\.$/i;

/**
 * A text's sentences. A sentence ends at . ? or ! followed by a space or the end of the text (so
 * 10.96.0.1, v1.28 and 0.5 do not end one), not after an abbreviation (e.g.), never inside “…”
 * (a quoted event message holds sentences of its own) — but a quote that itself ends with a
 * period and is followed by a space ends the sentence around it.
 */
export function sentences(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '“') {
			quoted = true;
			continue;
		}
		if (c === '”') {
			quoted = false;
			if (!ENDS.test(text[i - 1] ?? '')) continue;
		} else if (quoted || !ENDS.test(c)) continue;
		let j = i + 1;
		while (text[j] === ')') j++;
		if (j < text.length && !/\s/.test(text[j])) continue;
		const sentence = text.slice(start, j).trim();
		if (c === '.' && ABBREVIATION.test(sentence)) continue;
		if (sentence) out.push(sentence);
		start = j;
		i = j - 1;
	}
	const rest = text.slice(start).trim();
	if (rest) out.push(rest);
	return out;
}

/**
 * A narration body as its lead sentence and the rest, exactly as written (lead + rest is the
 * body): the sentence a room, a phone or the arrow's caption shows first.
 */
export function splitLead(body: string): { lead: string; rest: string } {
	const first = sentences(body)[0] ?? '';
	const end = body.indexOf(first) + first.length;
	return { lead: body.slice(0, end), rest: body.slice(end) };
}
