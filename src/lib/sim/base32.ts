/**
 * RFC 4648 base32 with the standard alphabet and '=' padding, the same output as Go's
 * base32.StdEncoding.EncodeToString, which kube-proxy uses for its chain-name hashes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	// Output is padded to whole 8-character quanta (40 bits).
	while (out.length % 8 !== 0) out += '=';
	return out;
}
