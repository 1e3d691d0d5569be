/**
 * Bytes as the terminal shows them: printed raw, Go-quoted (`%q`, etcdctl -w fields), as
 * etcdctl's --hex writes them, and base64 (encoding/json's []byte, etcdctl -w json).
 */

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Raw bytes on a terminal: valid UTF-8 as text, each invalid byte as U+FFFD, line feeds and tabs
 * as themselves; the other control bytes move the cursor or do nothing on a real terminal, so
 * they are left out here (the bytes themselves: -w fields or --hex).
 */
export function asPrinted(bytes: Uint8Array): string {
	// eslint-disable-next-line no-control-regex
	return utf8.decode(bytes).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const escapes: Record<number, string> = {
	0x07: '\\a',
	0x08: '\\b',
	0x0c: '\\f',
	0x0a: '\\n',
	0x0d: '\\r',
	0x09: '\\t',
	0x0b: '\\v',
	0x22: '\\"',
	0x5c: '\\\\'
};

/**
 * Go's strconv.Quote of the bytes as a string (fmt's %q): printable runes kept, the C escapes,
 * \xNN for other control bytes and for each byte that is not UTF-8, \uNNNN for other runes that
 * are not printable (unicode.IsPrint: letters, marks, numbers, punctuation, symbols, ASCII space).
 */
export function goQuote(bytes: Uint8Array): string {
	let out = '"';
	for (let i = 0; i < bytes.length;) {
		const { rune, size } = decodeRune(bytes, i);
		if (rune < 0) out += `\\x${hex2(bytes[i])}`;
		else if (escapes[rune]) out += escapes[rune];
		else if (rune < 0x20 || rune === 0x7f) out += `\\x${hex2(rune)}`;
		else if (printable.test(String.fromCodePoint(rune))) out += String.fromCodePoint(rune);
		else if (rune < 0x10000) out += `\\u${rune.toString(16).padStart(4, '0')}`;
		else out += `\\U${rune.toString(16).padStart(8, '0')}`;
		i += size;
	}
	return out + '"';
}

/** etcdctl --hex (util.go addHexPrefix): every byte as \xNN */
export const hexEscaped = (bytes: Uint8Array) => [...bytes].map((b) => `\\x${hex2(b)}`).join('');

export function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary);
}

/** Go's base64.RawURLEncoding: '-' and '_' for '+' and '/', no padding */
export const base64url = (bytes: Uint8Array) =>
	base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

/** one UTF-8 rune at `i` as Go's utf8.DecodeRune reads it: rune -1 (size 1) when invalid */
function decodeRune(b: Uint8Array, i: number): { rune: number; size: number } {
	const x = b[i];
	if (x < 0x80) return { rune: x, size: 1 };
	const size = x >= 0xf0 && x < 0xf5 ? 4 : x >= 0xe0 ? 3 : x >= 0xc2 && x < 0xe0 ? 2 : 0;
	if (!size || (size === 3 && x >= 0xf0) || i + size > b.length) return { rune: -1, size: 1 };
	let rune = x & (0xff >> (size + 1));
	for (let k = 1; k < size; k++) {
		if ((b[i + k] & 0xc0) !== 0x80) return { rune: -1, size: 1 };
		rune = (rune << 6) | (b[i + k] & 0x3f);
	}
	const min = [0, 0, 0x80, 0x800, 0x10000][size];
	if (rune < min || rune > 0x10ffff || (rune >= 0xd800 && rune <= 0xdfff))
		return { rune: -1, size: 1 };
	return { rune, size };
}
