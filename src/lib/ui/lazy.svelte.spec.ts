import { describe, expect, it } from 'vitest';
import { loaded, warmUp, whenIdle } from './lazy';
import Probe from './testing/Probe.svelte';

interface Seen {
	label: string;
	inShadow: boolean;
	host: HTMLElement;
	findable: boolean;
	connected: () => boolean;
}

function probe() {
	const seen: Seen[] = [];
	const record = (label: string, el: HTMLElement) => {
		const root = el.getRootNode();
		seen.push({
			label,
			inShadow: root instanceof ShadowRoot,
			host: (root as ShadowRoot).host as HTMLElement,
			findable: document.querySelector('[data-testid="probe"]') !== null,
			connected: () => el.isConnected
		});
	};
	const load = async () => ({ default: Probe });
	return { seen, record, load };
}

describe('warmUp', () => {
	it('renders the component once per view, unseen, and leaves nothing behind', async () => {
		const { seen, record, load } = probe();
		const before = document.body.children.length;
		await warmUp(load, [
			{ label: 'first step', seen: record },
			{ label: 'last step', seen: record }
		]);
		expect(seen.map((s) => s.label)).toEqual(['first step', 'last step']);
		for (const s of seen) {
			// in a closed shadow root: the page's own queries (tests, axe) do not find the copy
			expect(s.inShadow).toBe(true);
			expect(s.findable).toBe(false);
			expect(s.host.getAttribute('aria-hidden')).toBe('true');
			expect(s.host.inert).toBe(true);
			expect(s.host.style.visibility).toBe('hidden');
			expect(s.connected()).toBe(false);
		}
		expect(document.body.children.length).toBe(before);
		// the code is fetched too: the tab then renders at once
		expect(loaded(load)).toBe(Probe);
	});

	it('warms a component once a page', async () => {
		const { seen, record, load } = probe();
		await warmUp(load, [{ label: 'a', seen: record }]);
		await warmUp(load, [{ label: 'b', seen: record }]);
		expect(seen.map((s) => s.label)).toEqual(['a']);
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
