/**
 * Keeps a presentation's windows in step over a BroadcastChannel (the protocol is
 * presentChannel.ts). The presenter sends its state on every change and once a second; an
 * audience window follows it and forwards its keys to it. Either window may reload: it says
 * hello, and the other answers with its state. Loaded only in a window of a presentation.
 */
import { loadMessages, type Lang } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';
import type { Player } from '$lib/player/player.svelte';
import type { FlowSession } from './FlowSession.svelte';
import {
	HEARTBEAT_LOST_MS,
	HEARTBEAT_MS,
	PROTOCOL,
	needsSync,
	readMessage,
	type PresentBody,
	type PresentView,
	type ShowKey,
	type ShowState
} from './presentChannel';

/** two windows playing drift a little between heartbeats: closer than this is in step */
const SLACK_MS = 400;
/** how long a window that has just opened takes another's state as its own */
const JOIN_MS = 2000;

export interface Show {
	blackout: boolean;
	/** the checkpoint asking in this window, and the last one revealed */
	readonly asking: string | null;
	readonly revealed: ShowState['revealed'];
	/** an audience window shows what its presenter asks and reveals */
	follow(asking: string | null, revealed: ShowState['revealed']): void;
}

export interface PresentLink {
	/** an audience window: whether a presenter has been heard lately (its keys go there) */
	readonly presenterHeard: boolean;
	/** an audience window: hands a key to the presenter; false when there is none to take it */
	forward(key: ShowKey): boolean;
	destroy(): void;
}

/** Where the time is now, also between the player's legs while it plays. */
function timeNow(player: Player): number {
	const m = player.motion;
	if (!m) return player.t;
	return Math.min(m.to, m.from + (performance.now() - m.since) * m.rate);
}

export function linkWindows(
	session: FlowSession,
	show: Show,
	onkey: (key: ShowKey) => void,
	/** this window's id on the channel */
	me: string,
	open: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)
): PresentLink {
	const present = session.present!;
	const role: PresentView = present.view;
	const flow = session.ui.flow.id;
	const player = session.player;
	const channel = open(`kubestep-present-${present.room}`);
	const opened = performance.now();
	let heardPresenter = $state(-Infinity);
	let now = $state(performance.now());
	// A presenter that has just opened may be a reloaded one: for a moment it listens for its
	// audience's state before it sends its own.
	let joined = $state(role === 'audience');
	const joining = setTimeout(() => (joined = true), JOIN_MS);

	const post = (m: PresentBody) =>
		channel.postMessage({ protocol: PROTOCOL, flow, from: role, sender: me, ...m });
	const current = (): ShowState => ({
		scenario: session.scenarioSearch,
		t: timeNow(player),
		playing: player.status === 'playing',
		speed: player.speed,
		lang: locale.lang,
		blackout: show.blackout,
		asking: show.asking,
		revealed: show.revealed
	});

	// The language this window was last told to show. An audience window showing another one was
	// toggled by a person in it: it asks the presenter to switch, and keeps its own language until
	// the presenter's state says the new one (a heartbeat already on its way says the old).
	let said = locale.lang;
	let asked: { lang: Lang; at: number } | null = null;
	const switchTo = (lang: Lang) => {
		if (locale.lang !== lang) loadMessages(lang).then(() => (locale.lang = lang));
	};

	function apply(state: ShowState): void {
		if (asked && (state.lang === asked.lang || performance.now() - asked.at > HEARTBEAT_LOST_MS))
			asked = null;
		const s = asked ? { ...state, lang: asked.lang } : state;
		said = s.lang;
		if (!needsSync(current(), s, SLACK_MS)) return;
		show.blackout = s.blackout;
		show.follow(s.asking, s.revealed);
		switchTo(s.lang);
		session.follow(s.scenario, () => {
			if (player.speed !== s.speed) player.send({ type: 'player.speed', speed: s.speed });
			const playing = player.status === 'playing';
			if (Math.abs(timeNow(player) - s.t) > SLACK_MS || playing !== s.playing)
				player.send({ type: 'player.seek', t: s.t });
			if (s.playing) player.send({ type: 'player.play' });
		});
	}

	channel.onmessage = (e: MessageEvent) => {
		const m = readMessage(e.data, flow);
		if (!m || m.sender === me) return;
		if (m.from === 'presenter') heardPresenter = performance.now();
		if (m.kind === 'hello') {
			// a presenter answers everyone; an audience window answers a presenter that (re)joins
			if (role === 'presenter' || m.from === 'presenter') post({ kind: 'state', state: current() });
		} else if (m.kind === 'state') {
			if (role === 'audience' && m.from === 'presenter') apply(m.state);
			// a reloaded presenter picks the show up where its audience is, once
			else if (role === 'presenter' && !joined && performance.now() - opened < JOIN_MS) {
				apply(m.state);
				joined = true;
			}
		} else if (m.kind === 'key' && role === 'presenter') onkey(m.key);
		else if (m.kind === 'lang' && role === 'presenter') switchTo(m.lang);
	};

	const stop = $effect.root(() => {
		if (role === 'presenter')
			// every change a person sees: the step, playing or not, the speed, the language, black
			$effect(() => {
				void [player.index, player.status, player.speed, locale.lang, show.blackout];
				void [show.asking, show.revealed];
				void session.scenarioSearch;
				if (joined) post({ kind: 'state', state: current() });
			});
		else
			$effect(() => {
				const lang = locale.lang;
				if (lang === said) return;
				said = lang;
				asked = { lang, at: performance.now() };
				post({ kind: 'lang', lang });
			});
		$effect(() => {
			const beat = setInterval(() => {
				now = performance.now();
				if (role === 'presenter' && joined) post({ kind: 'state', state: current() });
			}, HEARTBEAT_MS);
			return () => clearInterval(beat);
		});
	});
	post({ kind: 'hello' });

	return {
		get presenterHeard() {
			return now - heardPresenter < HEARTBEAT_LOST_MS;
		},
		forward(key) {
			if (role !== 'audience' || performance.now() - heardPresenter >= HEARTBEAT_LOST_MS)
				return false;
			post({ kind: 'key', key });
			return true;
		},
		destroy() {
			clearTimeout(joining);
			stop();
			channel.onmessage = null;
			channel.close();
		}
	};
}
