import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, status } from './helpers';
import { FLOW_IDS, type FlowId } from '../src/lib/flows/registry';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the issue holds the app to. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fails with each serious or critical violation's rule id and the elements it found. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	const bad = violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(bad, `axe on ${screen}`).toEqual([]);
}

const timeline = (page: Page) => page.getByRole('slider', { name: /Timeline|타임라인/ });

/** The flow's step count, from the timeline slider. */
async function stepCount(page: Page): Promise<number> {
	return Number(await timeline(page).getAttribute('aria-valuemax'));
}

// every flow of the registry; each tab is opened at a step where all of them have something to
// show (the middle step, unless a flow's panels fill up later)
const TAB_STEP: Partial<Record<FlowId, number>> = { 'pod-creation': 8, service: 9 };
const FLOWS = FLOW_IDS.map((id) => ({ id, tabStep: TAB_STEP[id] }));

for (const lang of ['en', 'ko'] as const) {
	test.describe(`axe finds no serious or critical violation (${lang})`, () => {
		test('on the gallery', async ({ page }) => {
			await open(page, `/?lang=${lang}`);
			await expectAccessible(page, `/?lang=${lang}`);
		});

		for (const flow of FLOWS) {
			test(`on ${flow.id} at its first, a middle and its last step`, async ({ page }) => {
				await open(page, `/flows/${flow.id}?lang=${lang}`);
				const count = await stepCount(page);
				for (const step of [1, Math.ceil(count / 2), count]) {
					await open(page, `/flows/${flow.id}?step=${step}&lang=${lang}`);
					await expect(timeline(page)).toHaveAttribute('aria-valuenow', String(step));
					await expectAccessible(page, `${flow.id} step ${step}`);
				}
			});

			test(`on ${flow.id} with each panel tab open`, async ({ page }) => {
				await open(page, `/flows/${flow.id}?lang=${lang}`);
				const step = flow.tabStep ?? Math.ceil((await stepCount(page)) / 2);
				await open(page, `/flows/${flow.id}?step=${step}&lang=${lang}`);
				const tabs = await page
					.getByRole('tab')
					.evaluateAll((els) => els.map((e) => e.id.replace(/^tab-/, '')));
				expect(tabs.length).toBeGreaterThan(0);
				for (const tab of tabs) {
					await page.locator(`#tab-${tab}`).click();
					await expect(page.locator(`#panel-${tab}`)).toBeVisible();
					await expectAccessible(page, `${flow.id} step ${step}, ${tab} tab`);
				}
			});

			test(`on ${flow.id} with the scenario form, a bad-value notice and the shortcuts dialog`, async ({
				page
			}) => {
				await open(page, `/flows/${flow.id}?step=abc&lang=${lang}`);
				await expect(page.getByTestId('input-problems')).toBeVisible();
				await page.locator('details.scenario > summary').click();
				await expect(page.locator('details.scenario form')).toBeVisible();
				await expectAccessible(page, `${flow.id} with the scenario form and a notice`);
				await page.locator('body').press('?');
				await expect(page.getByRole('dialog')).toBeVisible();
				await expectAccessible(page, `${flow.id} with the shortcuts dialog`);
			});
		}
	});
}

test('the Service flow at ten nodes and ten replicas, mid-packet, passes axe', async ({ page }) => {
	await open(page, '/flows/service?nodes=10&replicas=10&then=packet&step=30&lang=en');
	await expectAccessible(page, 'service, 10 nodes, packet');
});

test('between a phone and a desk every player control stays on screen', async ({ page }) => {
	for (const width of [650, 800, 1000]) {
		await page.setViewportSize({ width, height: 720 });
		await open(page, '/flows/service?step=3&lang=ko');
		const controls = page.locator('.controls :is(button, select, [role="slider"]):visible');
		expect(await controls.count(), `${width}`).toBeGreaterThanOrEqual(12);
		for (const control of await controls.all()) {
			const box = (await control.boundingBox())!;
			expect(box.x, `${width}`).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, `${width}`).toBeLessThanOrEqual(width);
		}
	}
});

test('at a 320 px wide screen nothing needs scrolling sideways and axe still passes', async ({
	page
}) => {
	// WCAG 1.4.10 (reflow): 320 CSS px is a 1280 px window zoomed to 400 %. Step 6 of pod creation
	// shows the scheduler's score table, which scrolls inside its panel.
	await page.setViewportSize({ width: 320, height: 700 });
	for (const path of [
		'/?lang=ko',
		'/flows/pod-creation?step=8&lang=ko',
		'/flows/pod-creation?step=6&lang=en',
		'/flows/service?step=9&lang=en'
	]) {
		await open(page, path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(320);
		// every player control is on screen, the timeline included (Present, which opens a second
		// window, is not a phone's)
		for (const control of await page
			.locator('.controls :is(button, select, [role="slider"]):visible')
			.all()) {
			const box = (await control.boundingBox())!;
			expect(box.x, path).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, path).toBeLessThanOrEqual(320);
		}
		await expectAccessible(page, `${path} at 320 px`);
	}
});

/** What Tab lands on, and whether the ring drawn around it can be seen. */
interface Focused {
	name: string;
	ring: boolean;
	/** the part of the ring's box that an overflow-clipping ancestor or the window hides */
	hidden: string | null;
}

/** Presses Tab from the top of the page until focus comes round again; what each stop looked like. */
async function tabThrough(page: Page, max = 120): Promise<Focused[]> {
	// A panel opening on a step glides to that step's rules: let it come to rest first, as a
	// person would see it, so that its glide is not mistaken for a clipped focus ring.
	await page.waitForFunction(
		() =>
			new Promise<boolean>((done) => {
				const tops = () =>
					[...document.querySelectorAll('.panel, .side')].map((e) => e.scrollTop).join();
				const before = tops();
				setTimeout(() => done(tops() === before), 250);
			})
	);
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		delete (window as unknown as { tabStops?: unknown }).tabStops;
	});
	const seen: Focused[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const f = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const byId = (ids: string | null) =>
				ids &&
				ids
					.split(' ')
					.map((id) => document.getElementById(id)?.textContent)
					.join(' ');
			const label =
				el.getAttribute('aria-label') ??
				byId(el.getAttribute('aria-labelledby')) ??
				(el as HTMLInputElement).labels?.[0]?.textContent ??
				el.textContent ??
				'';
			const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} “${label.trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
			// the same element again: focus has come round
			const w = window as unknown as { tabStops?: WeakSet<Element> };
			const again = (w.tabStops ??= new WeakSet()).has(el);
			w.tabStops.add(el);
			const cs = getComputedStyle(el);
			const width = parseFloat(cs.outlineWidth) || 0;
			const outline = cs.outlineStyle !== 'none' && width > 0;
			const ring = outline || cs.boxShadow !== 'none';
			// The ring's outer box: an outline drawn outside the element must not be cut off by a
			// scrolling or clipping ancestor (a tab panel flush with its scroller, say).
			const grow = outline ? Math.max(0, width + (parseFloat(cs.outlineOffset) || 0)) : 0;
			const r = el.getBoundingClientRect();
			const box = { l: r.left - grow, t: r.top - grow, r: r.right + grow, b: r.bottom + grow };
			let hidden: string | null = null;
			// A side of the ring counts as cut off only where the element's own edge is in view:
			// a box taller than its scroller (a long YAML) is shown in part, ring and all.
			const check = (c: { l: number; t: number; r: number; b: number }, by: string) => {
				if (hidden) return;
				const cut = [
					box.l < c.l - 0.5 && r.left >= c.l && 'left',
					box.t < c.t - 0.5 && r.top >= c.t && 'top',
					box.r > c.r + 0.5 && r.right <= c.r && 'right',
					box.b > c.b + 0.5 && r.bottom <= c.b && 'bottom'
				].filter(Boolean);
				const outOfSight = r.right <= c.l || r.left >= c.r || r.bottom <= c.t || r.top >= c.b;
				if (outOfSight) hidden = `out of sight in ${by}`;
				else if (cut.length) hidden = `${cut.join('+')} edge cut off by ${by}`;
			};
			for (let a = el.parentElement; a; a = a.parentElement) {
				const s = getComputedStyle(a);
				if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
				const ar = a.getBoundingClientRect();
				const inner = {
					l: ar.left + a.clientLeft,
					t: ar.top + a.clientTop,
					r: ar.left + a.clientLeft + a.clientWidth,
					b: ar.top + a.clientTop + a.clientHeight
				};
				check(inner, `${a.tagName.toLowerCase()}.${a.className.split(' ')[0]}`);
			}
			check({ l: 0, t: 0, r: innerWidth, b: innerHeight }, 'the window');
			// WCAG 2.4.11: not hidden under something else (the controls bar sticks to a phone's
			// screen). Points across the part in the window: one must hit the element itself.
			const [x0, x1] = [Math.max(r.left, 0) + 2, Math.min(r.right, innerWidth) - 2];
			const [y0, y1] = [Math.max(r.top, 0) + 2, Math.min(r.bottom, innerHeight) - 2];
			const hits = [0, 0.5, 1].flatMap((fx) =>
				[0, 0.5, 1].map((fy) => document.elementFromPoint(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)))
			);
			if (!hidden && !hits.some((h) => h && (el.contains(h) || h.contains(el)))) {
				const over = hits.find((h) => h)!;
				hidden = `covered by ${over.tagName.toLowerCase()}.${String(over.className).split(' ')[0]}`;
			}
			return { name, ring, hidden, again };
		});
		if (!f) continue;
		if (f.again) break;
		seen.push({ name: f.name, ring: f.ring, hidden: f.hidden });
	}
	return seen;
}

function expectRings(stops: Focused[]) {
	const bad = stops
		.filter((s) => !s.ring || s.hidden)
		.map((s) => `${s.name}: ${s.hidden ?? 'no ring'}`);
	expect(bad, 'focused elements without a fully visible focus ring').toEqual([]);
}

test.describe('focus is visible', () => {
	// Each page, and controls Tab must reach on it (checked by the name or id each stop shows).
	const pages: [string, string[]][] = [
		['/?lang=en', ['Pod creation', 'Service and kube-proxy']],
		[
			'/flows/pod-creation?step=8&lang=en',
			[
				'All flows',
				'Language',
				'Try a scenario',
				'Play',
				'Next step',
				'Previous step',
				'Restart',
				'select',
				'Timeline',
				// one tab of the tab list is in the Tab order (arrows move between them), then its panel
				'button#tab-',
				'div#panel-',
				'Keyboard shortcuts',
				'Full screen'
			]
		],
		[
			'/flows/service?step=9&lang=en',
			['Scale', 'Delete pod', 'Add a node', 'Send a packet', 'node-1', 'iptables-save']
		]
	];
	test('on a phone, where the player controls stick to the bottom of the screen', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 800 });
		for (const path of ['/flows/pod-creation?step=14&lang=ko', '/flows/service?step=9&lang=en']) {
			await open(page, path);
			const stops = await tabThrough(page);
			expect(stops.length).toBeGreaterThan(10);
			expectRings(stops);
		}
	});

	for (const [path, controls] of pages) {
		test(`on every control of ${path}`, async ({ page }) => {
			await open(page, path);
			const stops = await tabThrough(page);
			const names = stops.map((s) => s.name).join('\n');
			for (const control of controls) expect(names).toContain(control);
			expectRings(stops);
		});
	}

	test('in the open scenario form and the shortcuts dialog', async ({ page }) => {
		await open(page, '/flows/pod-creation?lang=en');
		await page.locator('details.scenario > summary').click();
		let stops = await tabThrough(page);
		expect(stops.map((s) => s.name).join('\n')).toContain('Apply scenario');
		expectRings(stops);
		await page.getByRole('button', { name: 'Keyboard shortcuts' }).press('Enter');
		await expect(page.getByRole('dialog')).toBeVisible();
		stops = await tabThrough(page, 5);
		expect(stops.map((s) => s.name).join('\n')).toContain('Close');
		expectRings(stops);
	});
});

test.describe('every control works from the keyboard', () => {
	const play = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });

	test('panel tabs: arrows go round them, Home and End to the ends, the step stays', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=8&lang=en');
		const tab = (name: string) => page.getByRole('tab', { name });
		await tab('etcd').focus();
		await expect(tab('etcd')).toHaveAttribute('aria-selected', 'true');
		for (const [key, name] of [
			['ArrowRight', 'Pod'],
			['ArrowRight', 'Scheduler'],
			['ArrowRight', 'Sources'],
			['ArrowRight', 'YAML'],
			['ArrowRight', 'Terminal'],
			['ArrowRight', 'etcd'],
			['ArrowLeft', 'Terminal'],
			['Home', 'etcd'],
			['End', 'Terminal'],
			['ArrowLeft', 'YAML'],
			['ArrowLeft', 'Sources']
		]) {
			await page.keyboard.press(key);
			await expect(tab(name)).toBeFocused();
			await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
			await expect(page.getByRole('tabpanel')).toHaveAttribute(
				'aria-labelledby',
				/scheduler|pod|etcd|sources|yaml|terminal/
			);
		}
		await expect(page.getByRole('tabpanel', { name: 'Sources' })).toBeVisible();
		await expect(status(page)).toHaveText('Step 8 of 15');
	});

	test('iptables toggle buttons take Enter; arrows on them still step the flow', async ({
		page
	}) => {
		await open(page, '/flows/service?step=9&lang=en');
		const nodes = page.getByRole('group', { name: 'Node' });
		const node1 = nodes.getByRole('button', { name: 'node-1' });
		await expect(node1).toHaveAttribute('aria-pressed', 'false');
		await node1.focus();
		await page.keyboard.press('Enter');
		await expect(node1).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByText('What kube-proxy on node-1 hands to')).toBeVisible();
		const save = page
			.getByRole('group', { name: 'Format' })
			.getByRole('button', { name: /iptables-save/ });
		await expect(save).toHaveAttribute('aria-pressed', 'false');
		await save.focus();
		await page.keyboard.press('Enter');
		await expect(save).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[data-format]').first()).toHaveAttribute('data-format', 'save');
		await expect(play(page)).toBeVisible();
		await expect(status(page)).toHaveText('Step 9 of 12');
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText('Step 10 of 12');
	});

	test('the what-if bar: scale with Enter in its field, pick and delete a pod, add a node, send a packet', async ({
		page
	}) => {
		await open(page, '/flows/service?step=12&lang=en');
		const bar = page.getByTestId('action-bar');
		const used = bar.getByText(/what-ifs used/);
		await expect(used).toHaveText(/^0 of/);
		const scaleTo = bar.getByLabel('Scale to');
		await scaleTo.focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('2');
		await page.keyboard.press('Enter');
		await expect(used).toHaveText(/^1 of/);
		const pod = bar.getByLabel('Pod to delete');
		await pod.focus();
		const first = await pod.inputValue();
		await page.keyboard.press('ArrowDown');
		await expect(pod).not.toHaveValue(first);
		const picked = await pod.inputValue();
		await page.keyboard.press('Tab');
		await expect(bar.getByRole('button', { name: 'Delete pod' })).toBeFocused();
		await page.keyboard.press('Enter');
		// the scale is still playing: the dialog asks before skipping its steps; Enter confirms
		const ask = page.getByRole('dialog', { name: 'Skip the steps not played yet?' });
		await expect(ask.getByRole('button', { name: 'Skip them and play the what-if' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(used).toHaveText(/^2 of/);
		// the keys drive the player again: Space pauses, it does not delete another pod
		await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeFocused();
		await bar.getByRole('button', { name: 'Add a node' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect(used).toHaveText(/^3 of/);
		await bar.getByRole('button', { name: 'Send a packet' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect(used).toHaveText(/^4 of/);
		await expect(page.locator('details.scenario > summary')).toContainText(
			`then=scale:2,delete:${picked},add-node,packet`
		);
	});

	for (const [flow, field, value, shown] of [
		['pod-creation', 'Worker nodes', '2', 'nodes=2'],
		['service', 'Replicas', '1', 'replicas=1']
	]) {
		test(`the ${flow} scenario opens with Enter and applies with Enter in a field`, async ({
			page
		}) => {
			await open(page, `/flows/${flow}?lang=en`);
			const summary = page.locator('details.scenario > summary');
			await summary.focus();
			await page.keyboard.press('Enter');
			const input = page.getByLabel(field, { exact: true });
			await expect(input).toBeVisible();
			await input.focus();
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type(value);
			await page.keyboard.press('Enter');
			await expect(summary).toContainText(shown);
		});
	}

	test('the language toggle switches with Enter; Space on it plays, as everywhere', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		await page.getByRole('button', { name: /Language/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(status(page)).toHaveText('4 / 15 단계');
		await expect(page.getByRole('button', { name: /언어/ })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(status(page)).toHaveText('Step 4 of 15');
		// Space plays wherever focus is: it does not switch the language again
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('the speed select changes with the arrow keys, which then do not step the flow', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		const speed = page.getByLabel('Speed');
		await speed.focus();
		await page.keyboard.press('ArrowDown');
		await expect(speed).toHaveValue('1.5');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(speed).toHaveValue('0.75');
		await expect(status(page)).toHaveText('Step 4 of 15');
	});

	test('the timeline slider: arrows, Page Up / Page Down, Home and End', async ({ page }) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		const slider = timeline(page);
		await slider.focus();
		for (const [key, step] of [
			['ArrowRight', 5],
			['ArrowUp', 6],
			['ArrowDown', 5],
			['PageUp', 8],
			['PageDown', 5],
			['Home', 1],
			['End', 15]
		] as const) {
			await page.keyboard.press(key);
			await expect(slider).toHaveAttribute('aria-valuenow', String(step));
			await expect(status(page)).toHaveText(`Step ${step} of 15`);
		}
	});

	test('the full-screen button toggles with Enter, and F does the same', async ({ page }) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		await page.getByRole('button', { name: 'Full screen' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('player');
		const exit = page.getByRole('button', { name: 'Exit full screen' });
		await expect(exit).toBeFocused();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await page.getByRole('heading', { level: 2 }).click();
		await page.keyboard.press('f');
		await expect(exit).toBeVisible();
		await page.keyboard.press('f');
		await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
	});

	test('the shortcuts dialog opens from its button, takes focus, and Escape gives it back', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
		const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
		// while it is open the player keys are the dialog's: nothing steps behind it
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText('Step 4 of 15');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		// opened with ?, closed with its Close button: focus goes back where it was
		const next = page.getByRole('button', { name: 'Next step' });
		await next.focus();
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		await expect(next).toBeFocused();
		await expect(status(page)).toHaveText('Step 4 of 15');
	});

	test('a bad-value notice closes with Enter on ×', async ({ page }) => {
		await open(page, '/flows/pod-creation?nodes=0&lang=en');
		const notice = page.getByTestId('input-problems');
		await expect(notice).toBeVisible();
		await notice.getByRole('button', { name: 'Close' }).focus();
		await page.keyboard.press('Enter');
		await expect(notice).toBeHidden();
	});

	test('a gallery card opens its flow with Enter', async ({ page }) => {
		await open(page, '/?lang=en');
		await page.getByRole('link', { name: 'Service and kube-proxy' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/flows\/service/);
	});
});

test.describe('reduced motion', () => {
	/**
	 * Records, in every animation frame from Next step's press until the step has played for a
	 * while, every place a message's travelling dot was painted (its computed position: while
	 * playing the browser animates it), and whether each message was drawn at rest.
	 */
	async function playStep(page: Page) {
		await open(page, '/flows/pod-creation?step=3&lang=en');
		await page.evaluate(() => {
			const w = window as unknown as { dots: Record<string, string[]> };
			w.dots = {};
			// the step on screen before Next: its messages rest, they are not recorded
			const before = new Set(
				[...document.querySelectorAll('[data-message]')].map((g) => g.getAttribute('data-message'))
			);
			const look = () => {
				for (const g of document.querySelectorAll('[data-message]')) {
					if (before.has(g.getAttribute('data-message'))) continue;
					const dot = getComputedStyle(g.querySelector('.ks-packet')!);
					const at = dot.display === 'none' ? 'rest' : `${dot.cx},${dot.cy}`;
					const seen = (w.dots[g.getAttribute('data-message')!] ??= []);
					if (seen.at(-1) !== at) seen.push(at);
				}
				requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await page.getByRole('button', { name: 'Next step' }).click();
		// Twenty frames into a step whose messages take 1.8 s at 1×: still on their way.
		const playing = await page.evaluate(async () => {
			for (let i = 0; i < 20; i++) await new Promise((r) => requestAnimationFrame(r));
			return document.querySelector('button[aria-label="Pause"]') !== null;
		});
		expect(playing, 'the step is still playing').toBe(true);
		return page.evaluate(() => (window as unknown as { dots: Record<string, string[]> }).dots);
	}

	test('messages glide without it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		const dots = await playStep(page);
		expect(Object.keys(dots).length).toBeGreaterThan(0);
		for (const [id, at] of Object.entries(dots)) {
			expect(at.length, `${id} drawn at ${at.join(' ')}`).toBeGreaterThan(3);
			expect(at).not.toContain('rest');
		}
	});

	test('with it, messages jump to their destination and the step stays readable', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const dots = await playStep(page);
		expect(Object.keys(dots).length).toBeGreaterThan(0);
		for (const [id, at] of Object.entries(dots)) {
			// at most the frame of departure (progress 0) at the sender, then at rest: no glide
			expect(at.at(-1), `${id} drawn at ${at.join(' ')}`).toBe('rest');
			expect(at.length, `${id} drawn at ${at.join(' ')}`).toBeLessThanOrEqual(2);
		}
		// while it plays: the narration of the step, and each message's label on its arrow
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect(status(page)).toHaveText('Step 4 of 15');
		await expect(page.getByRole('heading', { level: 2 })).toContainText('Watchers hear');
		const labels = page.locator('[data-message] .ks-label');
		await expect(labels.first()).toBeVisible();
		for (const label of await labels.all()) await expect(label).not.toBeEmpty();
	});

	/**
	 * Every scroll position the iptables panel takes while the flow jumps to its last step, from
	 * the panel's arrival (step 10 opens it, and scrolls it to that step's rules) on.
	 */
	async function scrollPositions(page: Page): Promise<number[]> {
		await open(page, '/flows/service?step=10&lang=en');
		const seen = page.evaluate(async () => {
			const seen: number[] = [];
			for (let i = 0; i < 60; i++) {
				await new Promise((r) => requestAnimationFrame(r));
				const panel = document.getElementById('panel-iptables');
				if (panel && seen.at(-1) !== panel.scrollTop) seen.push(panel.scrollTop);
			}
			return seen;
		});
		await expect(page.locator('#panel-iptables [data-table="filter"]')).toBeAttached();
		await page.locator('body').press('End');
		return seen;
	}

	test('the iptables panel scrolls to the changed rules smoothly, or at once with it', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		expect((await scrollPositions(page)).length).toBeGreaterThan(4);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// from the top to step 10's rules, then to step 12's: jumps, nothing in between
		const at = await scrollPositions(page);
		expect(at.length).toBeLessThanOrEqual(3);
		expect(at.at(-1)).toBeGreaterThan(0);
	});

	test('CSS transitions and animations are switched off with it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, '/flows/pod-creation?step=3&lang=en');
		// Any element, present or future: one given a transition and an animation keeps neither.
		const style = await page.evaluate(() => {
			const el = document.createElement('div');
			el.style.transition = 'opacity 2s';
			el.style.animation = 'spin 2s infinite';
			document.querySelector('.controls')!.append(el);
			const cs = getComputedStyle(el);
			return `${cs.transitionDuration} ${cs.animationName}`;
		});
		expect(style).toBe('0s none');
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	});
});
