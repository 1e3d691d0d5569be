import { expect, test } from '@playwright/test';
import { FLOW_IDS, FLOWS } from '../src/lib/flows/registry';
import { open, watchConsole } from './helpers';

test('the gallery lists the flows that exist and opens the player', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, '/?lang=en');
	await expect(page.getByRole('heading', { name: 'KubeStep', level: 1 })).toBeVisible();
	const cards = page.getByRole('list').getByRole('link');
	await expect(cards).toHaveCount(FLOW_IDS.length);
	for (const id of FLOW_IDS)
		await expect(page.getByRole('link', { name: FLOWS[id].about.en.title })).toHaveAttribute(
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
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(FLOWS[id].about.en.title);
	}
	const res = await page.goto('/flows/nope');
	expect(res?.status()).toBe(404);
	await expect(page.locator('svg.diagram')).toHaveCount(0);
});
