import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { progressive } from './progressive.svelte';
import { afterPaint } from './reveal';

/** a frame painted, then the task after it: where a batch is built */
const frame = () => new Promise((r) => afterPaint(() => r(undefined)));
const rafOnly = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('progressive', () => {
	it('draws a list that appears an item a frame, then keeps it whole as it changes', async () => {
		let items = $state<number[]>([]);
		const seen: number[] = [];
		const stop = $effect.root(() => {
			const p = progressive(() => items.length);
			$effect(() => {
				seen.push(p.count);
			});
		});
		flushSync();
		expect(seen.at(-1)).toBe(0);
		items = [1, 2, 3];
		flushSync();
		expect(seen.at(-1)).toBe(1);
		await frame();
		flushSync();
		expect(seen.at(-1)).toBe(2);
		await frame();
		flushSync();
		expect(seen.at(-1)).toBe(3);
		// fewer items: at once; more again: only the new one waits a frame
		items = [1];
		flushSync();
		expect(seen.at(-1)).toBe(1);
		items = [1, 2, 3, 4];
		flushSync();
		expect(seen.at(-1)).toBe(3);
		await frame();
		flushSync();
		expect(seen.at(-1)).toBe(4);
		stop();
	});

	it('with first = 0, leaves the frame that mounts it to what surrounds the list', async () => {
		const seen: number[] = [];
		const stop = $effect.root(() => {
			const p = progressive(() => 2, 1, 0);
			$effect(() => {
				seen.push(p.count);
			});
		});
		flushSync();
		expect(seen.at(-1)).toBe(0);
		// not in the frame's own callbacks, where its script would share a task with that frame's
		// layout of the panel around it
		await rafOnly();
		flushSync();
		expect(seen.at(-1)).toBe(0);
		await frame();
		flushSync();
		expect(seen.at(-1)).toBe(1);
		await frame();
		flushSync();
		expect(seen.at(-1)).toBe(2);
		stop();
	});
});
