/**
 * Player shortcuts. Keys typed into a form field keep their usual meaning. Space is play/pause
 * everywhere else, whatever has focus: a button that still has focus after a click would
 * otherwise be pressed again (a what-if played twice, a tab, a language switch). Enter still
 * activates whatever has focus. A presentation clicker's keys (PageDown / PageUp, N / P, B and
 * `.`) work everywhere too, a checkpoint's question included: there Next reveals.
 */
import type { Player } from '$lib/player/player.svelte';
import type { ShowKey } from './presentChannel';

interface ShowActions {
	lastIndex: number;
	/** blacks the audience's screen out and back: only in a presentation */
	blackout?: () => void;
}

interface Actions extends ShowActions {
	/** hands a key to the presentation's presenter instead; false when there is none to take it */
	forward?: (key: ShowKey) => boolean;
	/** a checkpoint asking takes the key first (Next reveals); false when it did not */
	checkpoint?: (key: ShowKey) => boolean;
	shortcuts: () => void;
	fullscreen: () => void;
	/** the room-sized view on or off */
	large: () => void;
	/** the zoom follows the action, or not */
	follow: () => void;
	/** closes what Escape closes on the page; false when nothing was open */
	escape?: () => boolean;
}

function isEditable(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** The focused control uses this key itself: typing in a field; a radio or checkbox its Space and arrows. */
function keepsKey(target: EventTarget | null, key: string): boolean {
	if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'))
		return key === ' ' || key.startsWith('Arrow');
	return isEditable(target);
}

/** Space released after we used its keydown: stop the focused button from clicking on keyup. */
export function swallowSpaceUp(e: KeyboardEvent): void {
	if (e.key === ' ' && !isEditable(e.target)) e.preventDefault();
}

/** What a key asks the player to do: the keyboard's keys and a presentation clicker's. */
const SHOW_KEY_OF: Record<string, ShowKey> = {
	' ': 'toggle',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	p: 'previous',
	P: 'previous',
	ArrowRight: 'next',
	PageDown: 'next',
	n: 'next',
	N: 'next',
	Home: 'first',
	End: 'last',
	'+': 'faster',
	'=': 'faster',
	'-': 'slower',
	b: 'blackout',
	B: 'blackout',
	'.': 'blackout'
};

/** Does what a player key asks, on this window's player. */
export function runShowKey(key: ShowKey, player: Player, actions: ShowActions): void {
	if (key === 'blackout') return actions.blackout?.();
	if (key === 'first') return player.send({ type: 'player.seekStep', index: 0 });
	if (key === 'last') return player.send({ type: 'player.seekStep', index: actions.lastIndex });
	const type = {
		toggle: 'player.toggle',
		previous: 'player.previous',
		next: 'player.next',
		faster: 'player.faster',
		slower: 'player.slower'
	} as const;
	player.send({ type: type[key] });
}

export function handlePlayerKey(e: KeyboardEvent, player: Player, actions: Actions): void {
	if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || keepsKey(e.target, e.key)) return;
	const show = SHOW_KEY_OF[e.key];
	// A dialog keeps the keys, except a checkpoint's question, which lets the clicker's through.
	// The question keeps them from the moment it is on the page: it opens a frame later.
	const dialog = document.querySelector('dialog[open], dialog[data-show-keys]');
	if (dialog && !(show && dialog.hasAttribute('data-show-keys'))) return;
	if (show) {
		// black only means something in a presentation
		if (show === 'blackout' && !actions.blackout) return;
		// an audience window hands its keys to the presenter, which drives both
		if (!actions.forward?.(show) && !actions.checkpoint?.(show)) runShowKey(show, player, actions);
		e.preventDefault();
		return;
	}
	switch (e.key) {
		case '?':
			actions.shortcuts();
			break;
		case 'f':
		case 'F':
			actions.fullscreen();
			break;
		case 'l':
		case 'L':
			actions.large();
			break;
		case 'z':
		case 'Z':
			actions.follow();
			break;
		case 'Escape':
			if (!actions.escape?.()) return;
			break;
		default:
			return;
	}
	e.preventDefault();
}
