import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultServiceScenario, type ServiceScenario } from '$lib/flows/service/scenario';
import { locale } from '$lib/i18n/locale.svelte';
import { form } from '$lib/flows/service/ui/form';
import { serviceScenarioSpec } from '$lib/flows/service/scenario';
import ScenarioForm from './ScenarioForm.svelte';

let target: HTMLElement;
let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (component) unmount(component);
	component = undefined;
	target?.remove();
	locale.lang = 'en';
});

function show(scenario: ServiceScenario = defaultServiceScenario) {
	target = document.body.appendChild(document.createElement('div'));
	const applied: ServiceScenario[] = [];
	component = mount(ScenarioForm<ServiceScenario>, {
		target,
		props: {
			spec: serviceScenarioSpec,
			form,
			scenario,
			onapply: (s: ServiceScenario) => applied.push(s)
		}
	});
	flushSync();
	return applied;
}

const field = (name: string) => target.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
function type(name: string, value: string) {
	field(name).value = value;
	field(name).dispatchEvent(new Event('input', { bubbles: true }));
}
function submit() {
	target.querySelector('form')!.requestSubmit();
	flushSync();
}
const button = (text: string) =>
	[...target.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('ScenarioForm, with the Service flow’s fields', () => {
	it('shows the scenario’s values with their labels', () => {
		show({ ...defaultServiceScenario, replicas: 5, name: 'shop' });
		expect(field('replicas').value).toBe('5');
		expect(field('name').value).toBe('shop');
		expect(field('name').closest('label')!.textContent).toContain('Service name');
		expect(field('port').getAttribute('aria-describedby')).toBeTruthy();
	});

	it('applies valid values as a new run, without the what-ifs', () => {
		const applied = show({ ...defaultServiceScenario, actions: [{ kind: 'packet' }] });
		expect(target.textContent).toContain('clears the 1 what-if you added');
		type('replicas', '4');
		type('targetPort', '9376');
		type('name', 'shop');
		submit();
		expect(applied).toEqual([
			{ ...defaultServiceScenario, replicas: 4, targetPort: 9376, name: 'shop', actions: [] }
		]);
	});

	it.each([
		['nodes', '51'],
		['nodes', '0'],
		['replicas', '51'],
		['replicas', ''],
		['port', '65536'],
		['targetPort', '0'],
		['seed', 'no spaces!']
	])('rejects %s=%j: marked invalid, explained, nothing applied', (name, value) => {
		const applied = show();
		type(name, value);
		submit();
		expect(applied).toEqual([]);
		expect(field(name).getAttribute('aria-invalid')).toBe('true');
		const problems = target.querySelector('[data-testid="input-problems"]')!;
		expect(problems.textContent).toContain('Nothing was applied');
		expect(problems.textContent).toContain(`${name}=“${value}”`);
	});

	it('rejects a name that is not DNS-1035 (starts with a digit)', () => {
		const applied = show();
		type('name', '1web');
		submit();
		expect(applied).toEqual([]);
		expect(field('name').getAttribute('aria-invalid')).toBe('true');
		expect(target.querySelector('[data-testid="input-problems"]')!.textContent).toContain('1web');
	});

	it.each([
		['Default', defaultServiceScenario],
		['No endpoints (0 replicas)', { ...defaultServiceScenario, replicas: 0 }],
		['One backend', { ...defaultServiceScenario, replicas: 1 }],
		['10 nodes, 10 replicas', { ...defaultServiceScenario, nodes: 10, replicas: 10 }]
	])('preset %s', (label, expected) => {
		const applied = show({ ...defaultServiceScenario, actions: [{ kind: 'add-node' }] });
		button(label).click();
		expect(applied).toEqual([{ ...expected, actions: [] }]);
	});

	it('speaks Korean', () => {
		locale.lang = 'ko';
		show();
		expect(target.textContent).toContain('레플리카 수');
		expect(button('시나리오 적용')).toBeTruthy();
	});
});
