import { expect, test } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

const cases = [
	{ q: 'step=abc', says: 'step=“abc” must be a whole number from 1 to 15', step: 1 },
	{ q: 'step=999', says: 'step=“999” must be a whole number from 1 to 15 — using 15', step: 15 },
	{ q: 'nodes=0', says: 'nodes=“0” must be a whole number from 1 to 10', step: 1 },
	{ q: 'cpu=lots', says: 'cpu=“lots” is not a CPU quantity', step: 1 },
	{ q: 'name=Bad_Name', says: 'is not a valid pod name', step: 1 },
	{ q: 'memory=1Zi', says: 'memory=“1Zi” is not a memory quantity', step: 1 },
	{ q: 'lang=xx', says: 'lang=“xx” must be ko or en — using English', step: 1 },
	{
		q: 'cpu=lots&lang=en',
		says: 'cpu=“lots” is not a CPU quantity (e.g. 250m, 0.5, 2) — using none',
		step: 1
	}
];

for (const c of cases) {
	test(`bad parameter ${c.q} gets a clear message and a valid fallback`, async ({ page }) => {
		const errors = watchConsole(page);
		await open(page, `/flows/pod-creation?${c.q}`);
		await expect(page.getByRole('alert')).toContainText(c.says);
		await expect(status(page)).toHaveText(`Step ${c.step} of 15`);
		await expect(page.locator('[data-actor^="kubelet@"]')).toHaveCount(3);
		expect(errors).toEqual([]);
	});
}

test('the message can be dismissed, and the player keeps working', async ({ page }) => {
	await open(page, '/flows/pod-creation?nodes=0&lang=en');
	await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(status(page)).toHaveText('Step 1 of 15');
});

test('a name carrying HTML is shown as text, never rendered', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?name=%3Cb%3Ex%3C%2Fb%3E&lang=en');
	await expect(page.getByRole('alert')).toContainText('name=“<b>x</b>” is not a valid pod name');
	await expect(page.locator('main b')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2 })).toContainText('nginx');
	expect(errors).toEqual([]);
});
