import { afterEach, describe, expect, it } from 'vitest';
import { afterIslands, island } from './islands';
import Probe from './testing/Probe.svelte';

// what the server renders for Probe: its markup between the markers hydrate() looks for
const prerendered = (label: string) => `<!--[--><p data-testid="probe">${label}</p><!--]-->`;
const nextTask = () => new Promise((r) => setTimeout(r, 0));
const settle = async () => {
	for (let i = 0; i < 5; i++) await nextTask();
};

afterEach(() => {
	document.body.innerHTML = '';
});

function target(html = '') {
	const el = document.createElement('div');
	el.innerHTML = html;
	document.body.append(el);
	return el;
}

describe('island', () => {
	it('hydrates what the server rendered in a later task, keeping its elements', async () => {
		const el = target(prerendered('a'));
		const served = el.querySelector('p');
		const seen: [string, HTMLElement][] = [];
		island(el, Probe, { label: 'a', seen: (l, p) => seen.push([l, p]) }, new Map());
		// not in the task that found it: the page around it hydrates first
		for (let i = 0; i < 5; i++) await Promise.resolve();
		expect(seen).toEqual([]);
		await settle();
		expect(seen).toHaveLength(1);
		// hydrated, not drawn again: the prerendered paragraph is the live one
		expect(seen[0][1]).toBe(served);
		expect(el.querySelectorAll('p')).toHaveLength(1);
	});

	it('mounts at once into an empty element (a page reached by navigation)', () => {
		const el = target();
		island(el, Probe, { label: 'b', seen: () => {} }, new Map());
		expect(el.textContent).toBe('b');
	});

	it('hydrates nothing once its element has gone, and unmounts a live one', async () => {
		const el = target(prerendered('c'));
		const seen: string[] = [];
		const destroy = island(el, Probe, { label: 'c', seen: (l) => seen.push(l) }, new Map());
		destroy();
		await settle();
		expect(seen).toEqual([]);

		const live = target();
		const unmount = island(live, Probe, { label: 'd', seen: () => {} }, new Map());
		expect(live.textContent).toBe('d');
		unmount();
		await settle();
		expect(live.textContent).toBe('');
	});

	it('hydrates islands one per task, in order, and afterIslands runs after the last', async () => {
		const order: string[] = [];
		// what a task queues for its end runs before the next task: between islands, not after both
		const seen = (l: string) => {
			order.push(l);
			queueMicrotask(() => order.push(`${l} done`));
		};
		island(target(prerendered('e')), Probe, { label: 'e', seen }, new Map());
		afterIslands(() => order.push('after'));
		// an island found while the page hydrates, after afterIslands was asked for
		island(target(prerendered('f')), Probe, { label: 'f', seen }, new Map());
		await settle();
		expect(order).toEqual(['e', 'e done', 'f', 'f done', 'after']);
	});

	it('afterIslands waits for every island, those queued after it and those an island brings', async () => {
		const order: string[] = [];
		afterIslands(() => order.push('after'));
		// its turn is already in the queue when the islands come
		await nextTask();
		const inner = target(prerendered('inner'));
		const seen = (l: string) => {
			order.push(l);
			// an island inside this one, found as it comes to life
			island(inner, Probe, { label: 'inner', seen: (m) => order.push(m) }, new Map());
		};
		island(target(prerendered('outer')), Probe, { label: 'outer', seen }, new Map());
		await settle();
		expect(order).toEqual(['outer', 'inner', 'after']);
	});
});
