/**
 * What a presenter window and its audience windows say to each other over a BroadcastChannel
 * named for their room. The presenter owns the show: it sends its whole state whenever it changes
 * and as a heartbeat. An audience window forwards its keys to the presenter instead of acting on
 * them. A window that opens (or reloads) says hello, and the others answer with their state, so it
 * joins at the current step — a reloaded presenter takes the state its audience kept. The
 * language toggle in an audience window's header is forwarded too: the whole room switches.
 *
 * Anything on the channel comes from outside the page: `readMessage` lets through only a message
 * of this protocol whose every field is of the right type and in range, and returns null for
 * anything else; it never throws.
 */
import type { Lang } from '$lib/i18n';

export type PresentView = 'presenter' | 'audience';

/**
 * A window's id as newId makes it (the same alphabet as a room's). Written out here rather than
 * imported: this module loads only in a presentation, and importing the page's link code would
 * split that code out of the page's own chunk.
 */
const SENDER_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const PROTOCOL = 'kubestep-present/1';
/** how often the presenter repeats its state; an audience without news for HEARTBEAT_LOST acts alone */
export const HEARTBEAT_MS = 1000;
export const HEARTBEAT_LOST_MS = 3500;

export interface ShowState {
	/** the scenario's query string (what-ifs included), without step, lang or view */
	scenario: string;
	/** ms of flow time */
	t: number;
	playing: boolean;
	speed: number;
	lang: Lang;
	blackout: boolean;
	/** the checkpoint the presenter's window is asking, if any */
	asking: string | null;
	/** the checkpoint it revealed last, and the room's choice */
	revealed: { id: string; choice: string | null } | null;
}

/** The player keys an audience window forwards: the clicker's and the keyboard's. */
export const SHOW_KEYS = [
	'next',
	'previous',
	'toggle',
	'first',
	'last',
	'faster',
	'slower',
	'blackout'
] as const;
export type ShowKey = (typeof SHOW_KEYS)[number];

interface Envelope {
	protocol: typeof PROTOCOL;
	flow: string;
	from: PresentView;
	/** the sending window, so that it ignores nothing of its own and others can tell windows apart */
	sender: string;
}

/** What a message says, apart from who sends it where. */
export type PresentBody =
	| { kind: 'hello' }
	| { kind: 'state'; state: ShowState }
	| { kind: 'key'; key: ShowKey }
	/** an audience window's language toggle: the presenter switches, and the room with it */
	| { kind: 'lang'; lang: Lang };

export type PresentMessage = Envelope & PresentBody;

const MAX_SCENARIO = 2000;
const MAX_T = 24 * 3600 * 1000;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const CHECKPOINT_ID = /^[a-z0-9-]{1,40}$/;
const MAX_CHOICE = 200;

/** A checkpoint's id, or null; undefined when it is neither. */
const readId = (v: unknown) =>
	v === null ? null : typeof v === 'string' && CHECKPOINT_ID.test(v) ? v : undefined;

function readRevealed(v: unknown): ShowState['revealed'] | undefined {
	if (v === null) return null;
	if (!isObject(v)) return undefined;
	const id = readId(v.id);
	const { choice } = v;
	if (!id) return undefined;
	if (choice !== null && (typeof choice !== 'string' || choice.length > MAX_CHOICE))
		return undefined;
	return { id, choice };
}

function readState(v: unknown): ShowState | null {
	if (!isObject(v)) return null;
	const { scenario, t, playing, speed, lang, blackout } = v;
	const asking = readId(v.asking);
	const revealed = readRevealed(v.revealed);
	if (asking === undefined || revealed === undefined) return null;
	if (typeof scenario !== 'string' || scenario.length > MAX_SCENARIO) return null;
	if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > MAX_T) return null;
	if (typeof speed !== 'number' || !Number.isFinite(speed) || speed <= 0 || speed > 16) return null;
	if (typeof playing !== 'boolean' || typeof blackout !== 'boolean') return null;
	if (lang !== 'en' && lang !== 'ko') return null;
	return { scenario, t, playing, speed, lang, blackout, asking, revealed };
}

/** The message `data` is, when it is one of ours for `flow`; otherwise null. */
export function readMessage(data: unknown, flow: string): PresentMessage | null {
	if (!isObject(data) || data.protocol !== PROTOCOL || data.flow !== flow) return null;
	const { from, sender, kind } = data;
	if (from !== 'presenter' && from !== 'audience') return null;
	if (typeof sender !== 'string' || !SENDER_PATTERN.test(sender)) return null;
	const envelope: Envelope = { protocol: PROTOCOL, flow, from, sender };
	if (kind === 'hello') return { ...envelope, kind };
	if (kind === 'state') {
		const state = readState(data.state);
		return state ? { ...envelope, kind, state } : null;
	}
	if (kind === 'key' && from === 'audience' && SHOW_KEYS.includes(data.key as ShowKey))
		return { ...envelope, kind, key: data.key as ShowKey };
	if (kind === 'lang' && from === 'audience' && (data.lang === 'en' || data.lang === 'ko'))
		return { ...envelope, kind, lang: data.lang };
	return null;
}

/**
 * Whether a window showing `mine` must move to `theirs`: another scenario, language, speed,
 * playing state or blackout, or a time apart by more than `slack` ms (two windows playing drift a
 * little between heartbeats; a seek for every heartbeat would stutter).
 */
export function needsSync(mine: ShowState, theirs: ShowState, slack: number): boolean {
	return (
		mine.scenario !== theirs.scenario ||
		mine.lang !== theirs.lang ||
		mine.speed !== theirs.speed ||
		mine.playing !== theirs.playing ||
		mine.blackout !== theirs.blackout ||
		mine.asking !== theirs.asking ||
		JSON.stringify(mine.revealed) !== JSON.stringify(theirs.revealed) ||
		Math.abs(mine.t - theirs.t) > slack
	);
}
