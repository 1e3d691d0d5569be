/**
 * Shorter forms of a message label for when the full one has no room beside its link: the name
 * in it (the pod's, or the Event's) loses characters from its middle, so that both the start and
 * the generated suffix stay readable ("…/default/payment-s…nary-v2"); only when even a short
 * name is not enough does the label lose its end.
 */

const ELLIPSIS = '…';
/** characters a shortened name keeps at least, around the ellipsis */
const MIN_KEEP = 4;
/** characters the end-truncated label keeps at least */
const MIN_LABEL = 8;
/** an IPv4 address (with a port, in brackets or not), or an API group such as discovery.k8s.io */
const KEEP_WHOLE = /^\(?\d{1,3}(\.\d{1,3}){3}(:\d+)?\)?$|\.k8s\.io$/;

/**
 * Where the name sits in a label: an etcd key's last segment, what follows `pods/` or `pod/`, a
 * quoted name; else the longest word, if it is long enough to be a generated name.
 */
export function namePart(label: string): { start: number; end: number } | undefined {
	const patterns = [/\/registry\/[^/\s]+\/[^/\s]+\/([^/\s"]+)/, /\bpods?\/([^/\s"]+)/, /"([^"]+)"/];
	for (const re of patterns) {
		const m = re.exec(label);
		if (m && m[1].length > MIN_KEEP + 1) {
			const start = m.index + m[0].lastIndexOf(m[1]);
			return { start, end: start + m[1].length };
		}
	}
	let best: { start: number; end: number } | undefined;
	for (const m of label.matchAll(/[^\s/"]+/g)) {
		// an address or an API group is not a generated name: cut, it would name something else
		if (KEEP_WHOLE.test(m[0])) continue;
		const len = m[0].length;
		const generated = /[-.:0-9]/.test(m[0]) ? len >= 12 : len >= 16;
		if (generated && (!best || len > best.end - best.start))
			best = { start: m.index!, end: m.index! + len };
	}
	return best;
}

/** `text` with its middle replaced by an ellipsis so that `keep` characters remain. */
export function ellipsizeMiddle(text: string, keep: number): string {
	const chars = [...text];
	if (keep >= chars.length) return text;
	const head = Math.ceil(keep / 2);
	return (
		chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - (keep - head)).join('')
	);
}

/** Ever shorter forms of a label with its name cut in the middle, longest first. */
export function shorterNames(label: string): string[] {
	const part = namePart(label);
	if (!part) return [];
	const before = label.slice(0, part.start);
	const name = label.slice(part.start, part.end);
	const after = label.slice(part.end);
	const out: string[] = [];
	for (let keep = [...name].length - 1; keep >= MIN_KEEP; keep--)
		out.push(before + ellipsizeMiddle(name, keep) + after);
	return out;
}

/**
 * Ever shorter forms of a label, longest first, not including the label itself: the name part
 * shortened one character at a time down to a few, then the whole label cut at its end.
 */
export function shorterLabels(label: string): string[] {
	const names = shorterNames(label);
	const chars = [...label];
	const from = names.length ? [...names[names.length - 1]].length - 1 : chars.length;
	const ends: string[] = [];
	for (let keep = from - 1; keep >= MIN_LABEL; keep--)
		ends.push(chars.slice(0, keep).join('').trimEnd() + ELLIPSIS);
	return [...names, ...ends];
}

/** The middle-shortened form of a name that fits `maxWidth`, or the name itself if it fits. */
export function fitMiddle(text: string, maxWidth: number, measure: (t: string) => number): string {
	if (measure(text) <= maxWidth) return text;
	const n = [...text].length;
	let lo = 1;
	let hi = n - 1;
	// the longest keep that fits: widths only grow with keep
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(ellipsizeMiddle(text, mid)) <= maxWidth) lo = mid;
		else hi = mid - 1;
	}
	return ellipsizeMiddle(text, lo);
}
