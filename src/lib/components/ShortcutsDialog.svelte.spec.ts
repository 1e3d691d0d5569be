import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ShortcutsDialog from './ShortcutsDialog.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (component) unmount(component);
	component = undefined;
	document.body.innerHTML = '';
});

function show() {
	const props = $state({ open: true });
	const closed: number[] = [];
	component = mount(ShortcutsDialog, {
		target: document.body,
		props: {
			get open() {
				return props.open;
			},
			onclose: () => {
				closed.push(1);
				props.open = false;
			}
		}
	});
	flushSync();
	return { props, closed, dialog: document.querySelector('dialog')! };
}

describe('the shortcuts dialog', () => {
	it('Escape tells the page at once, so a ? pressed before the close event opens it again', () => {
		const { props, closed, dialog } = show();
		expect(dialog.open).toBe(true);
		// Escape: the cancel event, then the browser closes it; its close event comes a task later
		dialog.dispatchEvent(new Event('cancel'));
		expect(closed).toHaveLength(1);
		expect(props.open).toBe(false);
		dialog.close();
		// ? before the close event arrives
		props.open = true;
		flushSync();
		expect(dialog.open).toBe(true);
		// the late close event does not undo it
		dialog.dispatchEvent(new Event('close'));
		flushSync();
		expect(dialog.open).toBe(true);
		expect(props.open).toBe(true);
	});
});
