import { expect, test } from '@playwright/test';
import { open, watchConsole } from './helpers';

test('the gallery lists the flows that exist and opens the player', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, '/?lang=en');
	await expect(page.getByRole('heading', { name: 'KubeStep', level: 1 })).toBeVisible();
	const cards = page.getByRole('list').getByRole('link');
	await expect(cards).toHaveCount(2);
	await page.getByRole('link', { name: 'Pod creation' }).click();
	await expect(page).toHaveURL(/\/flows\/pod-creation/);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('step-status')).toHaveText('Step 1 of 15');
	expect(errors).toEqual([]);
});

test('an unknown flow is a 404, not a crash', async ({ page }) => {
	const res = await page.goto('/flows/nope');
	expect(res?.status()).toBe(404);
});
