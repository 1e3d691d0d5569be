import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { locale } from '$lib/i18n/locale.svelte';
import type { PlayerView } from '$lib/player/frame';
import { podKey } from '$lib/sim/podCodec';
import TerminalTab from './TerminalTab.svelte';

const tl = podCreationTimeline(defaultPodScenario);
const created = tl.steps.findIndex((s) => s.wrote.includes(podKey('default', 'nginx')));
const last = tl.steps.length - 1;

let target: HTMLElement;
let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (component) unmount(component);
	component = undefined;
	target?.remove();
	locale.lang = 'en';
});

const at = (index: number): PlayerView => ({
	index,
	step: tl.steps[index],
	state: tl.steps[index].snapshot,
	applied: true,
	frame: undefined as never
});

function show(index: number, link: { command?: string | null; ran?: (string | null)[] } = {}) {
	target = document.body.appendChild(document.createElement('div'));
	const props = $state({ view: at(index), command: link.command ?? null });
	component = mount(TerminalTab, {
		target,
		props: {
			get view() {
				return props.view;
			},
			timeline: tl,
			previous: tl.initial,
			watched: '',
			get command() {
				return props.command;
			},
			oncommand: link.ran
				? (line: string | null) => {
						link.ran!.push(line);
						props.command = line;
					}
				: undefined
		}
	});
	flushSync();
	return props;
}

const box = () => target.querySelector<HTMLInputElement>('form input')!;
const screen = () => target.querySelector('[role="log"]')!.textContent!;
function type(line: string) {
	box().value = line;
	box().dispatchEvent(new Event('input', { bubbles: true }));
	flushSync();
}
function enter(line: string) {
	type(line);
	target.querySelector('form')!.requestSubmit();
	flushSync();
}
/** presses a key in the command line; true when the terminal used it (the browser's own action prevented) */
function key(k: string): boolean {
	const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
	box().dispatchEvent(event);
	flushSync();
	return event.defaultPrevented;
}

describe('the Terminal tab', () => {
	it('answers a command with the cluster at the step on screen', () => {
		show(last);
		expect(box().getAttribute('aria-label')).toBe('Command');
		enter('kubectl get pod nginx');
		expect(screen()).toContain(
			`[step ${last + 1} · follows the step on screen] $ kubectl get pod nginx`
		);
		expect(screen()).toMatch(/nginx +1\/1 +Running/);
	});

	it('the last answer follows the step: step back, and the pod is Pending again', () => {
		const props = show(last);
		enter('kubectl get pod nginx');
		props.view = at(created);
		flushSync();
		expect(screen()).toMatch(/nginx +0\/1 +Pending/);
		expect(screen()).toContain(`[step ${created + 1} · follows the step on screen]`);
		props.view = at(0);
		flushSync();
		expect(screen()).toContain('Error from server (NotFound): pods "nginx" not found');
	});

	it('an earlier command keeps the answer it had when the next one ran, and says at which step', () => {
		const props = show(created);
		enter('kubectl get pod nginx');
		props.view = at(last);
		flushSync();
		enter('kubectl version');
		expect(screen()).toContain(`[step ${last + 1}] $ kubectl get pod nginx`);
		expect(screen()).toMatch(/nginx +1\/1 +Running/);
		expect(screen()).not.toMatch(/Pending/);
	});

	it('↑ and ↓ recall earlier commands; Tab completes the word', () => {
		show(last);
		enter('kubectl get nodes');
		enter('kubectl version');
		key('ArrowUp');
		expect(box().value).toBe('kubectl version');
		key('ArrowUp');
		expect(box().value).toBe('kubectl get nodes');
		key('ArrowDown');
		expect(box().value).toBe('kubectl version');
		key('ArrowDown');
		expect(box().value).toBe('');
		type('kubectl get po');
		key('Tab');
		expect(box().value).toBe('kubectl get pods ');
		type('kubectl get ');
		expect(key('Tab')).toBe(true);
		expect(screen()).toContain('pods');
		expect(screen()).toContain('endpointslices');
		// the same list again: Tab moves the focus on, as everywhere else
		expect(key('Tab')).toBe(false);
		type('kubectl get x');
		expect(screen()).not.toContain('endpointslices');
		type('');
		expect(key('Tab')).toBe(false);
	});

	it('↓ on a line not recalled keeps what is typed; the link’s command is the first recalled', () => {
		const ran: (string | null)[] = [];
		show(last, { command: 'kubectl get nodes', ran });
		type('kubectl get sv');
		expect(key('ArrowDown')).toBe(false);
		expect(box().value).toBe('kubectl get sv');
		enter('kubectl version');
		key('ArrowUp');
		key('ArrowUp');
		expect(box().value).toBe('kubectl get nodes');
		enter('history');
		expect(screen()).toMatch(/1 {2}kubectl get nodes\s+2 {2}kubectl version\s+3 {2}history/);
	});

	it('a watch that could not begin is its error, even once the pod exists (kubectl ends it there)', () => {
		const props = show(created - 1);
		enter('kubectl get pod nginx -w');
		expect(screen()).toContain('Error from server (NotFound): pods "nginx" not found');
		props.view = at(last);
		flushSync();
		expect(screen()).toContain('Error from server (NotFound): pods "nginx" not found');
		expect(screen()).not.toMatch(/Running/);
		// stepped back before it began, it begins there
		props.view = at(0);
		flushSync();
		expect(screen()).toContain('[step 1 · follows the step on screen] $ kubectl get pod nginx -w');
	});

	it('what it printed outlives its tab being hidden: the tabs keep it in memory', () => {
		const memory = {};
		target = document.body.appendChild(document.createElement('div'));
		const mountOnce = () =>
			mount(TerminalTab, {
				target,
				props: { view: at(last), timeline: tl, previous: tl.initial, watched: '', memory }
			});
		component = mountOnce();
		flushSync();
		enter('kubectl get nodes');
		enter('kubectl version');
		unmount(component);
		component = mountOnce();
		flushSync();
		expect(screen()).toContain('$ kubectl get nodes');
		expect(screen()).toContain('$ kubectl version');
		key('ArrowUp');
		expect(box().value).toBe('kubectl version');
	});

	it('a watch grows as the flow moves on: kubectl get pods -w prints a row for each write', () => {
		const props = show(created);
		enter('kubectl get pod nginx -w');
		const rows = () =>
			[...target.querySelectorAll('[data-live="true"] pre')]
				.filter((p) => /^nginx /m.test(p.textContent!))
				.flatMap((p) => p.textContent!.split('\n').filter((l) => l.startsWith('nginx '))).length;
		expect(rows()).toBe(1);
		props.view = at(created + 4);
		flushSync();
		const later = rows();
		expect(later).toBeGreaterThan(1);
		props.view = at(last);
		flushSync();
		expect(rows()).toBeGreaterThan(later);
		expect(screen()).toMatch(/nginx +1\/1 +Running/);
	});

	it('a suggested command runs on a click; clear empties the screen; history lists what was typed', () => {
		show(created);
		const suggested = [...target.querySelectorAll<HTMLButtonElement>('[role="group"] button')];
		expect(suggested.map((b) => b.textContent)).toContain('kubectl get pod nginx -o yaml');
		suggested.find((b) => b.textContent === 'kubectl get pod nginx -o yaml')!.click();
		flushSync();
		expect(screen()).toContain('kind: Pod');
		enter('history');
		expect(screen()).toMatch(/ {4}1 {2}kubectl get pod nginx -o yaml\s+2 {2}history/);
		enter('clear');
		expect(screen().trim()).toBe('');
	});

	it('the link’s command is answered at once, and each command run is told to the page (for cmd=)', () => {
		const ran: (string | null)[] = [];
		show(last, { command: 'kubectl get nodes', ran });
		expect(screen()).toContain('$ kubectl get nodes');
		expect(screen()).toMatch(/node-1 +Ready/);
		enter('kubectl get svc');
		enter('clear');
		expect(ran).toEqual(['kubectl get svc', null]);
	});

	it('notes and labels in Korean; the tool output stays as the tool prints it', () => {
		locale.lang = 'ko';
		show(last);
		expect(box().getAttribute('aria-label')).toBe('명령 (Command)');
		enter('kubectl delete pod nginx');
		expect(screen()).toContain('클러스터를 바꿉니다');
		enter('kubectl get pod nginx');
		expect(screen()).toContain(
			`[${last + 1}단계 · 화면의 단계를 따라갑니다] $ kubectl get pod nginx`
		);
		expect(screen()).toMatch(/NAME +READY +STATUS/);
	});

	it('etcdctl put writes once: its OK stays, and the key is there from its step on, not before', () => {
		const ran: (string | null)[] = [];
		const tls = '--cacert=a --cert=b --key=c';
		const props = show(created, { ran });
		enter(`etcdctl ${tls} put greeting hello`);
		expect(screen()).toMatch(
			new RegExp(`\\[step ${created + 1}\\] \\$ etcdctl ${tls} put greeting hello\\s*OK`)
		);
		// a write is not the link's command: it would write again each time the page opened
		expect(ran).toEqual([null]);
		props.view = at(last);
		flushSync();
		enter(`etcdctl ${tls} get greeting`);
		expect(screen()).toMatch(/get greeting\s*greeting\s*hello/);
		props.view = at(0);
		flushSync();
		expect(screen()).not.toMatch(/get greeting\s*greeting\s*hello/);
		props.view = at(created);
		flushSync();
		expect(screen()).toMatch(/get greeting\s*greeting\s*hello/);
		expect(screen().match(/OK/g)).toHaveLength(1);
	});

	it('a write in a link is not run: the page says to type it', () => {
		show(last, { command: 'etcdctl put greeting hello', ran: [] });
		expect(screen()).toContain('A link only reads');
		expect(screen()).not.toContain('OK');
	});
});
