/**
 * Player shortcuts. Keys typed into a form field keep their usual meaning. Space is play/pause
 * everywhere else — also on a player button that still has focus after a click, which would
 * otherwise repeat that button (a presenter clicks Previous, then presses Space to play).
 * Links, tabs and disclosure summaries keep Space; Enter still activates any button.
 */
import type { Player } from '$lib/player/player.svelte';

interface Actions {
	shortcuts: () => void;
	fullscreen: () => void;
	lastIndex: number;
}

function isEditable(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function keepsSpace(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (['SUMMARY', 'A'].includes(target.tagName)) return true;
	const role = target.getAttribute('role');
	// The timeline slider handles its own keys; a button outside the player (language, form) keeps Space.
	return role === 'tab' || (target.tagName === 'BUTTON' && !target.closest('.controls'));
}

/** Space released after we used its keydown: stop the focused button from clicking on keyup. */
export function swallowSpaceUp(e: KeyboardEvent): void {
	if (e.key === ' ' && !isEditable(e.target) && !keepsSpace(e.target)) e.preventDefault();
}

export function handlePlayerKey(e: KeyboardEvent, player: Player, actions: Actions): void {
	if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
	if (document.querySelector('dialog[open]')) return;
	switch (e.key) {
		case ' ':
			if (keepsSpace(e.target)) return;
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
		default:
			return;
	}
	e.preventDefault();
}
