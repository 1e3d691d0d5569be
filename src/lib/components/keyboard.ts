/**
 * Player shortcuts. Keys typed into a form field keep their usual meaning. Space is play/pause
 * everywhere else, whatever has focus: a button that still has focus after a click would
 * otherwise be pressed again (a what-if played twice, a tab, a language switch). Enter still
 * activates whatever has focus.
 */
import type { Player } from '$lib/player/player.svelte';

interface Actions {
	shortcuts: () => void;
	fullscreen: () => void;
	/** the room-sized view on or off */
	large: () => void;
	/** the zoom follows the action, or not */
	follow: () => void;
	/** closes what Escape closes on the page; false when nothing was open */
	escape?: () => boolean;
	lastIndex: number;
}

function isEditable(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Space released after we used its keydown: stop the focused button from clicking on keyup. */
export function swallowSpaceUp(e: KeyboardEvent): void {
	if (e.key === ' ' && !isEditable(e.target)) e.preventDefault();
}

export function handlePlayerKey(e: KeyboardEvent, player: Player, actions: Actions): void {
	if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
	if (document.querySelector('dialog[open]')) return;
	switch (e.key) {
		case ' ':
			player.send({ type: 'player.toggle' });
			break;
		case 'ArrowLeft':
			player.send({ type: 'player.previous' });
			break;
		case 'ArrowRight':
			player.send({ type: 'player.next' });
			break;
		case 'Home':
			player.send({ type: 'player.seekStep', index: 0 });
			break;
		case 'End':
			player.send({ type: 'player.seekStep', index: actions.lastIndex });
			break;
		case '+':
		case '=':
			player.send({ type: 'player.faster' });
			break;
		case '-':
			player.send({ type: 'player.slower' });
			break;
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
