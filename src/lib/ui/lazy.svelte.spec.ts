import { describe, expect, it } from 'vitest';
import { loaded, prefetch, whenIdle } from './lazy';
import Probe from './testing/Probe.svelte';

describe('prefetch', () => {
	it('fetches the code when the page is idle, and renders nothing', async () => {
		let calls = 0;
		const load = async () => {
			calls++;
			return { default: Probe };
		};
		const before = document.body.innerHTML;
		prefetch(load);
		expect(calls).toBe(0);
		expect(loaded(load)).toBeUndefined();
		await new Promise((r) => setTimeout(r, 400));
		expect(calls).toBe(1);
		expect(loaded(load)).toBe(Probe);
		expect(document.body.innerHTML).toBe(before);
		// fetched once a page
		prefetch(load);
		await new Promise((r) => setTimeout(r, 400));
		expect(calls).toBe(1);
	});
});

describe('whenIdle', () => {
	it('runs the work later, unless cancelled first', async () => {
		const ran: string[] = [];
		whenIdle(() => ran.push('kept'), 50);
		const cancel = whenIdle(() => ran.push('cancelled'), 50);
		cancel();
		expect(ran).toEqual([]);
		await new Promise((r) => setTimeout(r, 400));
		expect(ran).toEqual(['kept']);
	});
});
