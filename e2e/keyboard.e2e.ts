import { expect, test } from '@playwright/test';
import { open, status } from './helpers';

test.beforeEach(async ({ page }) => {
	await open(page, '/flows/pod-creation?step=3&lang=en');
	// Start from the page itself, as a person who just opened the link and clicked into it.
	await page.getByRole('heading', { level: 2 }).click();
});

test('arrow keys step forward and back', async ({ page }) => {
	await page.getByLabel('Speed').selectOption('4');
	await page.locator('body').press('ArrowRight');
	await expect(status(page)).toHaveText('Step 4 of 15');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
	await page.locator('body').press('ArrowLeft');
	await expect(status(page)).toHaveText('Step 3 of 15');
});

test('Space plays and pauses; Home and End jump to the first and last step', async ({ page }) => {
	await page.locator('body').press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.locator('body').press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 15 of 15');
	await page.locator('body').press('Home');
	await expect(status(page)).toHaveText('Step 1 of 15');
});

test('Space plays and pauses even while a clicked player button has focus', async ({ page }) => {
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(status(page)).toHaveText('Step 2 of 15');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	// Space did not press Previous step again.
	await expect(status(page)).toHaveText(/Step [23] of 15/);
});

test('+ and - change the speed within 0.25× to 4×', async ({ page }) => {
	const speed = page.getByLabel('Speed');
	await expect(speed).toHaveValue('1');
	await page.locator('body').press('+');
	await expect(speed).toHaveValue('1.5');
	for (let i = 0; i < 10; i++) await page.locator('body').press('-');
	await expect(speed).toHaveValue('0.25');
});

test('? lists the shortcuts in a dialog that Escape closes', async ({ page }) => {
	await page.locator('body').press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Play / pause');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('every control is reachable with Tab and works with Enter', async ({ page }) => {
	const next = page.getByRole('button', { name: 'Next step' });
	await next.focus();
	await expect(next).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status(page)).toHaveText('Step 4 of 15');
	const slider = page.getByRole('slider', { name: 'Timeline' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(status(page)).toHaveText('Step 15 of 15');
	await expect(slider).toHaveAttribute('aria-valuenow', '15');
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuenow', '14');
	await expect(page.getByRole('tooltip')).toContainText('14.');
});

test('the timeline has one tick per step and seeks where it is clicked', async ({ page }) => {
	const slider = page.getByRole('slider', { name: 'Timeline' });
	const box = (await slider.boundingBox())!;
	await page.mouse.click(box.x + 2, box.y + box.height / 2);
	await expect(status(page)).toHaveText('Step 1 of 15');
	await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
	await expect(status(page)).toHaveText('Step 15 of 15');
});

test('a press just beside a tick lands on the start of its step', async ({ page }) => {
	const slider = page.getByRole('slider', { name: 'Timeline' });
	const tick = (await slider.locator('.tick').nth(4).boundingBox())!;
	await page.mouse.click(tick.x + 1 + 4, tick.y + tick.height / 2);
	await expect(status(page)).toHaveText('Step 5 of 15');
	// The thumb sits on the tick (the step's start), not 4 px into the step.
	const thumb = (await slider.locator('.thumb').boundingBox())!;
	expect(Math.abs(thumb.x + thumb.width / 2 - tick.x)).toBeLessThan(1);
	await page.mouse.click(tick.x - 4, tick.y + tick.height / 2);
	await expect(status(page)).toHaveText('Step 5 of 15');
});

test('after a what-if, Space pauses the player: it never plays the what-if again', async ({
	page
}) => {
	await open(page, '/flows/service?step=12&lang=en');
	const bar = page.getByTestId('action-bar');
	const used = bar.getByText(/what-ifs used/);
	await bar.getByRole('button', { name: 'Add a node' }).click();
	await expect(used).toHaveText(/^1 of/);
	// the what-if plays; focus is back on the player's Play/Pause button
	await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(used).toHaveText(/^1 of/);
	await expect(page.locator('details.scenario > summary')).toContainText('then=add-node');
	await expect(page.locator('details.scenario > summary')).not.toContainText('add-node,add-node');
});

test('a first visit shows a hint at the keys until it is closed; it stays closed', async ({
	page
}) => {
	const hint = page.getByTestId('keys-hint');
	await expect(hint).toContainText('Space plays and pauses');
	await hint.getByRole('button', { name: 'Close' }).click();
	await expect(hint).toHaveCount(0);
	await open(page, '/flows/service?lang=ko');
	await page.waitForTimeout(300);
	await expect(hint).toHaveCount(0);
});

test('the first Play puts the hint away too', async ({ page }) => {
	await open(page, '/flows/service?lang=ko');
	const hint = page.getByTestId('keys-hint');
	await expect(hint).toContainText('Space로 재생');
	await page.getByRole('button', { name: /재생/ }).first().click();
	await expect(hint).toHaveCount(0);
});
