import { describe, expect, it } from 'vitest';
import { FLOW_IDS, FLOWS } from '$lib/flows/registry';

describe('the Terminal tab', () => {
	it.each(FLOW_IDS)('%s ends its tabs with it', async (id) => {
		const ui = await FLOWS[id].load();
		expect(ui.tabs.at(-1)?.id).toBe('terminal');
		expect(ui.tabs.filter((t) => t.id === 'terminal')).toHaveLength(1);
	});
});
