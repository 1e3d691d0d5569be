import { expect, test } from '@playwright/test';
import { FLOW_IDS, FLOWS } from '../src/lib/flows/registry';
import { open, status, watchConsole } from './helpers';

test('the gallery lists the flows that exist and opens the player', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, '/?lang=en');
	await expect(page.getByRole('heading', { name: 'KubeStep', level: 1 })).toBeVisible();
	const cards = page.getByRole('list').getByRole('link');
	await expect(cards).toHaveCount(FLOW_IDS.length);
	// the one release every flow follows
	await expect(page.getByTestId('modelled-version')).toContainText(
		'Kubernetes v1.34.0 with etcd 3.6.4'
	);
	for (const id of FLOW_IDS)
		await expect(page.getByRole('link', { name: FLOWS[id].title.en })).toHaveAttribute(
			'href',
			new RegExp(`flows/${id}$`)
		);
	await page.getByRole('link', { name: 'Pod creation' }).click();
	await expect(page).toHaveURL(/\/flows\/pod-creation/);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('step-status')).toHaveText('Step 1 of 15');
	expect(errors).toEqual([]);
});

test('every flow of the registry is prerendered, and an unknown one is a 404, not another flow', async ({
	page
}) => {
	for (const id of FLOW_IDS) {
		const res = await page.goto(`/flows/${id}?lang=en`);
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(FLOWS[id].title.en);
		// every flow page names the release it models: in the page as served, and once it runs
		expect(await res!.text()).toContain('Kubernetes v1.34.0 · etcd 3.6.4');
		await expect(page.getByTestId('modelled-version')).toHaveText(
			'Kubernetes v1.34.0 · etcd 3.6.4'
		);
		await page.goto(`/flows/${id}?lang=ko`);
		await expect(page.getByTestId('modelled-version')).toHaveText(
			'Kubernetes v1.34.0 · etcd 3.6.4'
		);
	}
	const res = await page.goto('/flows/nope');
	expect(res?.status()).toBe(404);
	await expect(page.locator('svg.diagram')).toHaveCount(0);
});

// the parts of a flow's page that come to life in tasks of their own after the page (islands)
const LIVE_PARTS = ['.player', 'details', 'svg.diagram', '[role="tablist"]', '.controls .primary'];

test('each flow page served prerendered comes to life in place: hydration keeps what was served', async ({
	page
}) => {
	const errors = watchConsole(page);
	// mark each part as the browser parses it; a part drawn again by the client would lose its mark
	await page.addInitScript(
		(parts) => {
			document.addEventListener('DOMContentLoaded', () => {
				for (const part of parts)
					for (const el of document.querySelectorAll(part))
						(el as Element & { served?: true }).served = true;
			});
		},
		[...LIVE_PARTS, 'link[rel="stylesheet"]']
	);
	for (const id of FLOW_IDS) {
		await open(page, `/flows/${id}?lang=en`);
		for (const part of LIVE_PARTS) {
			const served = await page
				.locator(part)
				.first()
				.evaluate((el) => (el as Element & { served?: true }).served === true);
			expect(served, `${id}: ${part} was served and kept`).toBe(true);
		}
		// no stylesheet arrives after the page was served: each would restyle every element
		const late = await page
			.locator('link[rel="stylesheet"]')
			.evaluateAll((links) =>
				links.filter((l) => !(l as Element & { served?: true }).served).map((l) => l.outerHTML)
			);
		expect(late, `${id}: stylesheets added after the page was served`).toEqual([]);
		// and it is live: the controls answer at once
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(status(page)).toHaveText(/^Step 2 of \d+$/);
	}
	expect(errors).toEqual([]);
});

for (const [lang, heading] of [
	['en', 'Page not found'],
	['ko', '페이지를 찾을 수 없습니다']
] as const) {
	test(`an unknown address gets a page that says so, in ${lang}, and leads to every flow`, async ({
		page
	}) => {
		const errors = watchConsole(page);
		const res = await page.goto(`/flows/nope/deeper?lang=${lang}`);
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByText('/flows/nope/deeper')).toBeVisible();
		// its styles come with its code (they are on no other page)
		await expect(page.getByRole('main')).toHaveCSS('max-width', '768px');
		const flows = page.getByRole('main').getByRole('listitem').getByRole('link');
		await expect(flows).toHaveCount(FLOW_IDS.length);
		for (const [i, id] of FLOW_IDS.entries())
			await expect(flows.nth(i)).toHaveText(FLOWS[id].title[lang]);
		await flows.first().click();
		await expect(page).toHaveURL(/\/flows\/pod-creation/);
		await expect(page.locator('svg.diagram [data-actor]').first()).toBeAttached();
		// the browser reports the page's own 404 and the router the missing route; nothing else may fail
		const expected = /status of 404 \(Not Found\)|Not found: \/flows\/nope\/deeper/;
		expect(errors.filter((e) => !expected.test(e))).toEqual([]);
	});
}

test('each gallery card says what the flow teaches, its CKA topic and its length; the first says start here', async ({
	page
}) => {
	for (const lang of ['en', 'ko'] as const) {
		await open(page, `/?lang=${lang}`);
		for (const [i, id] of FLOW_IDS.entries()) {
			const card = page.locator(`[data-flow="${id}"]`);
			const about = (await import(`../src/lib/flows/${id}/about.ts`)).about[lang];
			await expect(card.locator('.cka')).toContainText(about.cka);
			await expect(card.locator('.teaches li')).toHaveText(about.teaches);
			await expect(card.getByText(lang === 'en' ? 'Start here' : '여기서 시작하세요')).toHaveCount(
				i === 0 ? 1 : 0
			);
		}
	}
	// the length is the flow's own: as many steps as its player counts
	await open(page, '/?lang=en');
	const length = await page.locator('[data-flow="service"] .length').textContent();
	const [, steps, minutes] = /^(\d+) steps · about (\d+) min at 1×$/.exec(length!)!;
	expect(Number(minutes)).toBeGreaterThan(0);
	await page.locator('[data-flow="service"] h3 a').click();
	await expect(page.getByTestId('step-status')).toHaveText(`Step 1 of ${steps}`);
});

test('at the desk layout a flow page fills one screen at every step: the panels scroll inside, the page never does', async ({
	page
}) => {
	for (const id of FLOW_IDS) {
		await open(page, `/flows/${id}?step=1&lang=en`);
		const total = Number(await page.getByRole('slider').getAttribute('aria-valuemax'));
		for (let i = 1; i <= total; i++) {
			if (i > 1) await page.getByRole('button', { name: 'Next step' }).click();
			await expect(status(page)).toHaveText(`Step ${i} of ${total}`);
			// text kept for screen readers inside the panels must not reach below the screen
			const [height, screen] = await page.evaluate(() => [
				document.documentElement.scrollHeight,
				innerHeight
			]);
			expect(height, `${id}: page height at step ${i}`).toBeLessThanOrEqual(screen);
		}
	}
});
