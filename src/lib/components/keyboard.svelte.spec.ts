import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Player } from '$lib/player/player.svelte';
import { handlePlayerKey } from './keyboard';

function setup() {
	const send = vi.fn();
	const actions = {
		lastIndex: 9,
		shortcuts: vi.fn(),
		fullscreen: vi.fn(),
		large: vi.fn(),
		follow: vi.fn(),
		// nothing asking: the key is the player's
		checkpoint: vi.fn(() => false)
	};
	const press = (key: string) =>
		handlePlayerKey(
			new KeyboardEvent('keydown', { key, cancelable: true }),
			{ send } as unknown as Player,
			actions
		);
	return { send, actions, press };
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('handlePlayerKey', () => {
	it('drives the player when no dialog is on the page', () => {
		const { send, actions, press } = setup();
		press('?');
		press('End');
		expect(actions.shortcuts).toHaveBeenCalledOnce();
		expect(send).toHaveBeenCalledWith({ type: 'player.seekStep', index: 9 });
	});

	it("keeps the page's keys from the moment a checkpoint's question is on the page, before it opens", () => {
		const { send, actions, press } = setup();
		// the question's dialog opens a frame after it is added (PredictDialog.svelte)
		const dialog = document.createElement('dialog');
		dialog.setAttribute('data-show-keys', '');
		document.body.append(dialog);
		for (const key of ['?', 'f', 'l', 'z']) press(key);
		expect(actions.shortcuts).not.toHaveBeenCalled();
		expect(actions.fullscreen).not.toHaveBeenCalled();
		expect(actions.large).not.toHaveBeenCalled();
		expect(actions.follow).not.toHaveBeenCalled();
		// a clicker's Next goes to the question (it reveals), not to the player
		actions.checkpoint.mockReturnValue(true);
		press('PageDown');
		expect(actions.checkpoint).toHaveBeenCalledWith('next');
		expect(send).not.toHaveBeenCalled();
	});

	it('leaves every key to an open dialog other than the question', () => {
		const { send, actions, press } = setup();
		const dialog = document.createElement('dialog');
		document.body.append(dialog);
		dialog.setAttribute('open', '');
		press('PageDown');
		press('?');
		expect(send).not.toHaveBeenCalled();
		expect(actions.shortcuts).not.toHaveBeenCalled();
	});
});
