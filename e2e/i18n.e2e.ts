import { expect, test } from '@playwright/test';
import { open, status } from './helpers';

test('the language toggle switches the UI and narration to Korean and is remembered', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=4&lang=en');
	await expect(page.getByRole('heading', { level: 2 })).toContainText(
		'Watchers hear about the new pod'
	);
	await page.getByRole('button', { name: /Language/ }).click();
	await expect(status(page)).toHaveText('4 / 15 단계');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('새 파드');
	await expect(page.getByRole('button', { name: /다음 단계/ })).toBeVisible();
	await expect(page).toHaveURL(/lang=ko/);
	// Opened again without a lang parameter, the remembered choice wins.
	await open(page, '/flows/pod-creation?step=4');
	await expect(status(page)).toHaveText('4 / 15 단계');
});

test('without a choice, the language follows the browser', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ko-KR' });
	const page = await context.newPage();
	await open(page, '/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('흐름 목록');
	await context.close();
});

test('the narration names which of the nine course steps it is, in both languages', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=12&lang=en');
	await expect(page.getByText('Course step 8 of 9')).toBeVisible();
	await open(page, '/flows/pod-creation?step=12&lang=ko');
	await expect(page.getByText('강의 9단계 중 8단계')).toBeVisible();
});
