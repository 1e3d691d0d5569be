/**
 * The Terminal tab every flow ends its tabs with: it reads whatever cluster a step left. Each flow
 * lists it in its own `tabs` (flows/<id>/ui), so its code and style load with the flow's page
 * module, after the page's first load, as the flow's other tabs do.
 */
import type { TabSpec } from './flowUi';

export const terminalTab: TabSpec = {
	id: 'terminal',
	label: (t) => t.panels.terminal,
	load: () => import('$lib/panels/TerminalTab.svelte')
};
