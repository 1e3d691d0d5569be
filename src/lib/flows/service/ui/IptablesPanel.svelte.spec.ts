import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultServiceScenario, type ServiceScenario } from '$lib/flows/service/scenario';
import { serviceTimeline } from '$lib/flows/service/timeline';
import type { Timeline } from '$lib/flows/types';
import { locale } from '$lib/i18n/locale.svelte';
import { frameAt, timeAxis, type PlayerView } from '$lib/player/frame';
import type { ClusterState } from '$lib/sim/cluster';
import { afterPaint } from '$lib/ui/reveal';
import IptablesPanel from './IptablesPanel.svelte';

const run = (s: Partial<ServiceScenario> = {}) =>
	serviceTimeline({ ...defaultServiceScenario, ...s });

/** The view at the start of step `id` (nothing applied yet) or at its end (applied). */
function at(
	tl: Timeline,
	id: string,
	applied: boolean
): { view: PlayerView; previous: ClusterState } {
	const { starts, ends } = timeAxis(tl);
	const i = tl.steps.findIndex((s) => s.id === id);
	if (i < 0) throw new Error(`no step ${id}`);
	const view = frameAt(tl, starts, ends, applied ? ends[i] - 1 : starts[i]);
	expect(view.index).toBe(i);
	expect(view.applied).toBe(applied);
	return { view, previous: i > 0 ? tl.steps[i - 1].snapshot : tl.initial };
}

let target: HTMLElement;
let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (component) unmount(component);
	component = undefined;
	target?.remove();
	locale.lang = 'en';
});

/** Mounts the panel and waits for the frames that bring in its tables (one after each frame). */
async function show(props: { view: PlayerView; previous: ClusterState }) {
	target = document.body.appendChild(document.createElement('div'));
	const p = $state(props);
	component = mount(IptablesPanel, { target, props: p });
	flushSync();
	for (let i = 0; i < 3; i++) {
		await new Promise((r) => afterPaint(() => r(undefined)));
		flushSync();
	}
	return p;
}

const q = (sel: string) => [...target.querySelectorAll<HTMLElement>(sel)];
/** the value pressed in a labelled toggle group, and pressing another */
const group = (label: string) => target.querySelector(`[role="group"][aria-label="${label}"]`)!;
const chosen = (label: string) =>
	group(label).querySelector<HTMLElement>('[aria-pressed="true"]')!.dataset.value;
function choose(label: string, value: string) {
	group(label).querySelector<HTMLButtonElement>(`[data-value="${value}"]`)!.click();
	flushSync();
}

describe('IptablesPanel', () => {
	const tl = run();

	it('marks the lines a sync added, only once the step has applied', async () => {
		const p = await show(at(tl, 'syncRules', false));
		expect(q('[data-change]')).toEqual([]);
		expect(target.textContent).toContain('its changes show once it completes');
		p.view = at(tl, 'syncRules', true).view;
		flushSync();
		const added = q('[data-change="added"]');
		expect(added.length).toBeGreaterThan(4);
		expect(added.some((l) => l.textContent!.includes('-j DNAT --to-destination'))).toBe(true);
		expect(added.every((l) => l.querySelector('ins') && l.textContent!.includes('(added)'))).toBe(
			true
		);
		expect(q('[data-testid="rule-changes"]')[0].textContent).toMatch(/\d+ lines? added/);
	});

	it('strikes through the lines a resync removed (scaling 3 → 4 changes the probabilities)', async () => {
		await show(at(run({ actions: [{ kind: 'scale', replicas: 4 }] }), 'resync', true));
		const removed = q('[data-change="removed"]');
		expect(removed.length).toBeGreaterThan(0);
		expect(
			removed.every((l) => l.querySelector('del') && l.textContent!.includes('(removed)'))
		).toBe(true);
		expect(removed.some((l) => l.textContent!.includes('--probability 0.3333333333'))).toBe(true);
		expect(q('[data-change="added"]').some((l) => l.textContent!.includes('0.2500000000'))).toBe(
			true
		);
	});

	it('opens on the step’s focus node, shows its kube-proxy, and keeps the person’s choice', async () => {
		const p = await show(at(tl, 'packetOut', true));
		const focus = tl.steps.find((s) => s.id === 'packetOut')!.focusNode!;
		expect(chosen('Node')).toBe(focus);
		expect(q('[data-proxy-state]')[0].dataset.proxyState).toBe('synced');
		choose('Node', 'node-1');
		expect(chosen('Node')).toBe('node-1');
		p.view = at(tl, 'packetReply', true).view;
		flushSync();
		expect(chosen('Node')).toBe('node-1');
	});

	it('highlights the packet’s path and sums up the random choice and the DNAT', async () => {
		await show(at(tl, 'packetOut', false));
		expect(q('[data-hop="matched"]').length).toBeGreaterThan(2);
		expect(q('[data-hop="passed"]').length).toBeGreaterThan(0);
		const summary = q('[data-testid="packet-summary"]')[0];
		expect(summary.textContent).toMatch(/KUBE-SEP-\w+ (p=0\.\d+ draw 0\.\d+|last rule)/);
		expect(summary.querySelector('[data-outcome="dnat"]')!.textContent).toMatch(
			/DNAT to 10\.244\.\d+\.\d+:8080/
		);
	});

	it('offers the packet’s node when another node is chosen', async () => {
		await show(at(tl, 'packetOut', true));
		const focus = chosen('Node')!;
		choose('Node', 'node-1');
		expect(q('[data-hop]')).toEqual([]);
		const back = q('button').find((b) => b.textContent === `Show ${focus}`)!;
		back.click();
		flushSync();
		expect(chosen('Node')).toBe(focus);
		// the button that was pressed is gone: the keyboard lands on that node's toggle
		await Promise.resolve();
		expect((document.activeElement as HTMLElement).dataset.value).toBe(focus);
		expect(q('[data-hop="matched"]').length).toBeGreaterThan(0);
	});

	it('switches between the restore input and iptables-save, and says which it shows', async () => {
		await show(at(tl, 'syncRules', true));
		expect(target.textContent).toContain('hands to iptables-restore --noflush');
		expect(q('[data-rule-id]').some((l) => l.textContent!.startsWith('-A PREROUTING'))).toBe(false);
		choose('Format', 'save');
		expect(target.textContent).toContain('What iptables-save prints');
		expect(q('[data-format="save"]')).toHaveLength(2);
		expect(q('[data-rule-id]').some((l) => l.textContent!.includes('-A PREROUTING'))).toBe(true);
		expect(q('[data-change="added"]').length).toBeGreaterThan(4);
	});

	it('shows nat first, then filter', async () => {
		await show(at(tl, 'syncRules', true));
		expect(q('[data-table]').map((t) => t.dataset.table)).toEqual(['nat', 'filter']);
	});

	it('a Service without endpoints: REJECT in filter, and the summary says so', async () => {
		await show(at(run({ replicas: 0 }), 'packetOut', true));
		expect(q('[data-outcome="reject"]')).toHaveLength(1);
		const matched = q('[data-table="filter"] [data-hop="matched"]');
		expect(matched.some((l) => l.textContent!.includes('-j REJECT'))).toBe(true);
	});

	it('says so when the node has no kube-proxy', async () => {
		const { view, previous } = at(tl, 'exposeCommand', true);
		const state = { ...view.state, proxies: {} };
		await show({ view: { ...view, state }, previous });
		expect(q('[data-testid="no-proxy"]')[0].textContent).toContain('No kube-proxy runs on');
		expect(q('[data-rule-id]')).toEqual([]);
	});

	it('speaks Korean', async () => {
		locale.lang = 'ko';
		await show(at(tl, 'packetOut', true));
		expect(target.textContent).toContain('노드');
		expect(target.textContent).toMatch(/DNAT/);
		expect(target.textContent).toContain('iptables-restore 입력');
	});
});
