import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import {
	defaultServiceScenario,
	MAX_ACTIONS,
	type ServiceAction,
	type ServiceScenario
} from '$lib/flows/service/scenario';
import { locale } from '$lib/i18n/locale.svelte';
import type { ClusterState } from '$lib/sim/cluster';
import { createServiceCluster } from '$lib/sim/serviceCluster';
import ActionBar from './ActionBar.svelte';
import { backendPods } from '../backends';

const cluster = (s: Partial<ServiceScenario> = {}) =>
	createServiceCluster({ ...defaultServiceScenario, ...s });

let target: HTMLElement;
let component: ReturnType<typeof mount> | undefined;
function clear() {
	if (component) unmount(component);
	component = undefined;
	target?.remove();
}
afterEach(() => {
	clear();
	locale.lang = 'en';
});

function show(
	scenario: ServiceScenario = defaultServiceScenario,
	state: ClusterState = cluster(scenario)
) {
	target = document.body.appendChild(document.createElement('div'));
	const sent: ServiceAction[] = [];
	component = mount(ActionBar, {
		target,
		props: { scenario, state, onaction: (a: ServiceAction) => sent.push(a) }
	});
	flushSync();
	return sent;
}

const button = (text: string) =>
	[...target.querySelectorAll('button')].find((b) => b.textContent === text)!;
const scaleInput = () => target.querySelector<HTMLInputElement>('input[type="number"]')!;
function click(text: string) {
	button(text).click();
	flushSync();
}

describe('ActionBar', () => {
	it('scales to the suggested count, or to what was typed', () => {
		const sent = show();
		expect(scaleInput().value).toBe('4');
		click('Scale');
		scaleInput().value = '1';
		scaleInput().dispatchEvent(new Event('input', { bubbles: true }));
		click('Scale');
		expect(sent).toEqual([
			{ kind: 'scale', replicas: 4 },
			{ kind: 'scale', replicas: 1 }
		]);
	});

	it.each(['51', ''])('refuses scale %j with a message, sending nothing', (value) => {
		const sent = show();
		scaleInput().value = value;
		scaleInput().dispatchEvent(new Event('input', { bubbles: true }));
		click('Scale');
		expect(sent).toEqual([]);
		expect(scaleInput().getAttribute('aria-invalid')).toBe('true');
		expect(target.querySelector('[role="alert"]')!.textContent).toContain('from 0 to 50');
	});

	it('deletes the chosen backend pod', () => {
		const state = cluster();
		const pods = backendPods(state, 'web');
		const sent = show(defaultServiceScenario, state);
		const select = target.querySelector('select')!;
		expect([...select.options].map((o) => o.value)).toEqual(pods.map((p) => p.name));
		select.value = pods[1].name;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		click('Delete pod');
		expect(sent).toEqual([{ kind: 'delete', pod: pods[1].name }]);
	});

	it('with no backend pods, delete is off and says why', () => {
		const scenario = { ...defaultServiceScenario, replicas: 0 };
		show(scenario);
		expect(button('Delete pod').disabled).toBe(true);
		const why = button('Delete pod').getAttribute('aria-describedby')!;
		expect(document.getElementById(why)!.textContent).toContain('No backend pod');
	});

	it('adds a node and sends a packet; at 50 nodes adding is off with the reason', () => {
		const sent = show();
		click('Add a node');
		click('Send a packet');
		expect(sent).toEqual([{ kind: 'add-node' }, { kind: 'packet' }]);
		clear();
		show({ ...defaultServiceScenario, nodes: 50 });
		expect(button('Add a node').disabled).toBe(true);
		const why = button('Add a node').getAttribute('aria-describedby')!;
		expect(document.getElementById(why)!.textContent).toContain('already has 50 nodes');
	});

	it(`at ${MAX_ACTIONS} what-ifs every button is off, with an explanation`, () => {
		const actions: ServiceAction[] = Array.from({ length: MAX_ACTIONS }, () => ({
			kind: 'packet'
		}));
		show({ ...defaultServiceScenario, actions });
		const buttons = [...target.querySelectorAll('button')];
		expect(buttons.every((b) => b.disabled)).toBe(true);
		expect(target.textContent).toContain(`${MAX_ACTIONS} what-ifs per run`);
	});

	it('is a labelled group of real buttons, in Korean too', () => {
		locale.lang = 'ko';
		show();
		expect(target.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('바꿔 보기');
		expect(button('패킷 보내기')).toBeTruthy();
		expect(target.querySelector('label[for]')!.textContent).toBe('바꿀 레플리카 수');
	});
});
