import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

// a browser that has not turned the checkpoints off (the other tests' browser has)
test.use({ storageState: { cookies: [], origins: [] } });

const predict = (page: Page) => page.getByRole('dialog', { name: /^(Predict|예측)$/ });

/** Pod creation at step 4, presented: the audience window it opens, hydrated. */
async function presentAtStep4(page: Page, context: BrowserContext): Promise<Page> {
	await open(page, '/flows/pod-creation?step=4&lang=en');
	const opened = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Present' }).click();
	const audience = await opened;
	await audience.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	return audience;
}

/** Where a pod chip is drawn: the node whose frame holds it. */
async function nodeOfPod(page: Page, pod: string): Promise<string> {
	return page
		.locator(`[data-pod="${pod}"]`)
		.first()
		.evaluate((chip) => {
			const b = chip.getBoundingClientRect();
			const x = b.x + b.width / 2;
			const y = b.y + b.height / 2;
			const frame = [...document.querySelectorAll('svg.diagram [data-node]')].find((n) => {
				const r = n.getBoundingClientRect();
				return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
			});
			return frame?.getAttribute('data-node') ?? '';
		});
}

test.describe('predict, then reveal', () => {
	for (const scenario of ['', 'nodes=5&cpu=500m&', 'nodes=4&seed=other&'])
		test(`the scheduler's pick (${scenario || 'default'}): the revealed answer is where the pod then runs`, async ({
			page
		}) => {
			const errors = watchConsole(page);
			await open(page, `/flows/pod-creation?${scenario}step=4&lang=en`);
			await page.getByRole('button', { name: 'Next step' }).click();
			const dialog = predict(page);
			await expect(dialog).toBeVisible();
			// it stopped before the step: the counter has not moved
			await expect(status(page)).toHaveText('Step 4 of 15');
			await expect(dialog).toContainText('Which node will it pick?');
			const choices = dialog.getByRole('radio');
			const count = Number(scenario.match(/nodes=(\d+)/)?.[1] ?? 3);
			await expect(choices).toHaveCount(count + 1);
			await choices.first().check();
			await dialog.getByRole('button', { name: 'Reveal' }).click();
			await expect(dialog).toBeHidden();
			const verdict = page.getByTestId('verdict');
			await expect(verdict).toContainText(/^\s*(✓\s*Right|✗\s*Not quite): node-\d/);
			const answer = /(node-\d+)/.exec((await verdict.textContent())!)![1];
			// the step plays
			await expect(status(page)).toHaveText('Step 5 of 15');
			// the pod goes where the answer said: on to the end, skipping the other questions
			await page.keyboard.press('End');
			await expect(status(page)).toHaveText('Step 15 of 15');
			expect(await nodeOfPod(page, 'default/nginx')).toBe(answer);
			expect(errors).toEqual([]);
		});

	test('the packet reaches the pod the answer names', async ({ page }) => {
		await open(page, '/flows/service?step=9&lang=ko');
		await page.getByRole('button', { name: /^다음 단계/ }).click();
		const dialog = predict(page);
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: '공개' }).click();
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText('답: web-');
		const pod = /(web-[a-z0-9]+-[a-z0-9]+)/.exec((await verdict.textContent())!)![1];
		// the packet is delivered to that pod two steps on
		await expect(page.getByRole('button', { name: /^재생/ })).toBeVisible({ timeout: 15_000 });
		await page.getByRole('button', { name: /^다음 단계/ }).click();
		await expect(page.locator(`[data-message][data-to="pod:default/${pod}"]`)).toHaveCount(1, {
			timeout: 15_000
		});
	});

	test('Skip plays on without asking; the toggle and checkpoints=off turn them off, and the link remembers', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=4&lang=en');
		await page.getByRole('button', { name: 'Next step' }).click();
		await predict(page).getByRole('button', { name: 'Skip' }).click();
		await expect(status(page)).toHaveText('Step 5 of 15');
		await expect(page.getByTestId('verdict')).toHaveCount(0);
		// asked once in a run: back and on again, no question
		await page.keyboard.press('ArrowLeft');
		await expect(status(page)).toHaveText('Step 4 of 15');
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText('Step 5 of 15');
		await expect(predict(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });

		const toggle = page.getByRole('button', { name: 'Checkpoints' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(page).toHaveURL(/checkpoints=off/);

		await open(page, '/flows/pod-creation?step=8&lang=en&checkpoints=off');
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(status(page)).toHaveText('Step 9 of 15');
		await expect(predict(page)).toHaveCount(0);
	});

	test('presenting: the question shows in the audience window too, and the presenter reveals', async ({
		page,
		context
	}) => {
		const audience = await presentAtStep4(page, context);
		await expect(status(audience)).toHaveText('Step 4 of 15');

		await page.keyboard.press('PageDown');
		await expect(predict(page)).toBeVisible();
		const shown = predict(audience);
		await expect(shown).toBeVisible();
		await expect(shown).toContainText('Which node will it pick?');
		// the room sees the question; only the presenter reveals
		await expect(shown.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
		await expect(status(audience)).toHaveText('Step 4 of 15');

		await predict(page).getByRole('button', { name: 'Reveal' }).click();
		await expect(shown).toHaveCount(0);
		await expect(audience.getByTestId('verdict')).toContainText(/node-\d/);
		await expect(status(audience)).toHaveText('Step 5 of 15');
		await expect(audience.getByTestId('verdict')).toHaveText(
			(await page.getByTestId('verdict').textContent())!
		);
	});

	test('a clicker works in the question: PageDown reveals the choice made, PageUp withdraws it and steps back', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, '/flows/pod-creation?step=4&lang=en');
		await page.keyboard.press('PageDown');
		const dialog = predict(page);
		await expect(dialog).toBeVisible();
		// PageUp: no question, the step before; played into again, it asks again
		await page.keyboard.press('PageUp');
		await expect(dialog).toHaveCount(0);
		await expect(status(page)).toHaveText('Step 3 of 15');
		await page.keyboard.press('PageDown');
		await expect(status(page)).toHaveText('Step 4 of 15');
		await page.keyboard.press('PageDown');
		await expect(dialog).toBeVisible();
		// a choice, then the clicker's Next with focus on it: revealed, as the Reveal button would
		await dialog.getByRole('radio', { name: 'node-2' }).check();
		await page.keyboard.press('PageDown');
		await expect(dialog).toHaveCount(0);
		await expect(page.getByTestId('verdict')).toContainText(/(Right|Not quite): node-\d/);
		await expect(status(page)).toHaveText('Step 5 of 15');
		// the verdict leaves the scheduler at work in view
		const over = (await page.getByTestId('verdict').boundingBox())!;
		const scheduler = (await page.locator('[data-actor="kube-scheduler"]').boundingBox())!;
		const apart =
			over.y >= scheduler.y + scheduler.height ||
			scheduler.y >= over.y + over.height ||
			over.x >= scheduler.x + scheduler.width ||
			scheduler.x >= over.x + over.width;
		expect(apart).toBe(true);
		// revealing closes the dialog without the browser's "form is not connected" warning
		expect(errors).toEqual([]);
	});

	test('presenting: the audience cannot dismiss the question, its PageDown reveals, and a reloaded presenter takes the question over', async ({
		page,
		context
	}) => {
		const audience = await presentAtStep4(page, context);
		await page.keyboard.press('PageDown');
		const shown = predict(audience);
		await expect(shown).toBeVisible();
		// no choice looks picked in the room: focus rests on the title
		await expect(shown.getByRole('heading', { name: 'Predict' })).toBeFocused();
		await audience.keyboard.press('Escape');
		await expect(shown).toBeVisible();

		// the presenter reloads while asking: it asks the same question, and revealing moves on
		await page.reload();
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(predict(page)).toBeVisible();
		await expect(predict(page)).toContainText('Which node will it pick?');
		await predict(page).getByRole('radio', { name: 'node-3' }).check();
		await predict(page).getByRole('button', { name: 'Reveal' }).click();
		await expect(status(page)).toHaveText('Step 5 of 15');
		await expect(status(audience)).toHaveText('Step 5 of 15');
		await page.waitForTimeout(1500);
		await expect(predict(page)).toHaveCount(0);
		await expect(predict(audience)).toHaveCount(0);

		// reloaded again just after: it rejoins where the room is, and does not ask again
		await page.reload();
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(status(page)).toHaveText('Step 5 of 15');
		await page.waitForTimeout(1500);
		await expect(predict(page)).toHaveCount(0);
		await expect(status(audience)).toHaveText('Step 5 of 15');

		// the audience's clicker: PageDown step by step on to the next question (the watch that
		// reaches a kubelet), then PageDown reveals it
		for (let n = 6; n < 10 && !(await predict(page).isVisible()); n++) {
			await audience.keyboard.press('PageDown');
			await expect
				.poll(
					async () =>
						(await predict(page).isVisible()) ||
						(await status(page).textContent()) === `Step ${n} of 15`
				)
				.toBe(true);
		}
		await expect(predict(page)).toContainText('Which one hears of this pod now?');
		await expect(predict(audience)).toBeVisible();
		await audience.keyboard.press('PageDown');
		await expect(predict(page)).toHaveCount(0);
		await expect(page.getByTestId('verdict')).toBeVisible();
	});

	test('the dialog is accessible, in both languages', async ({ page }) => {
		for (const lang of ['en', 'ko']) {
			await open(page, `/flows/pod-creation?step=4&lang=${lang}&checkpoints=on`);
			await page.keyboard.press('ArrowRight');
			await expect(predict(page)).toBeVisible();
			// focus is in the dialog; the radios are named by their labels
			await expect(predict(page).getByRole('radio', { name: 'node-1' })).toBeVisible();
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(
				bad.map((v) => v.id),
				lang
			).toEqual([]);
			// Escape skips
			await page.keyboard.press('Escape');
			await expect(predict(page)).toHaveCount(0);
		}
	});
});
