import { expect, test } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

test.describe('a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('shows the step as arrows one under another, with the narration in a sheet above the controls', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, '/flows/pod-creation?step=3&lang=en');
		const pairs = page.getByRole('list', { name: 'Messages of this step' });
		await expect(pairs).toBeInViewport();
		await expect(pairs.getByText('txn PUT /registry/pods/default/nginx')).toBeVisible();
		await expect(pairs.getByText('etcd', { exact: true })).toBeVisible();
		await expect(page.locator('svg.diagram')).toBeHidden();

		// the narration: title and lead sentence on the first screen, the rest on request
		const title = page.locator('#narration-title');
		await expect(title).toBeInViewport();
		await expect(title).toContainText('The pod is written to etcd at revision 27');
		const rest = page.locator('#narration .rest');
		await expect(page.locator('#narration .lead')).toBeInViewport();
		await expect(rest).toBeHidden();
		const more = page.getByRole('button', { name: 'Whole narration' });
		await more.click();
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		await expect(rest).toBeVisible();

		// Next moves on without scrolling the arrows away. Pressed where it is on screen, as a finger
		// does: Playwright's click() first scrolls a sticky button to its place in the page's flow.
		const next = (await page.getByRole('button', { name: 'Next step' }).boundingBox())!;
		await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
		await expect(status(page)).toHaveText('Step 4 of 15');
		await expect(pairs).toBeInViewport();
		await expect(title).toBeInViewport();
		await expect(pairs.getByText(/watch/i).first()).toBeVisible();
		// the sheet sits on the controls, and the page leaves its height free below its content
		const sheet = (await page.locator('.told').boundingBox())!;
		const bar = (await page.locator('.player > .bar').boundingBox())!;
		expect(Math.abs(sheet.y + sheet.height - bar.y)).toBeLessThan(1.5);
		const leftFree = await page
			.locator('#player')
			.evaluate((el) => parseFloat(getComputedStyle(el).paddingBottom));
		// (the sheet's height is measured inside its 1 px top border, in whole pixels)
		expect(Math.abs(leftFree - sheet.height)).toBeLessThan(2);

		// the whole cluster, one toggle away
		const whole = page.getByRole('button', { name: 'Whole cluster' });
		await whole.click();
		await expect(whole).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('svg.diagram')).toBeVisible();
		await expect(pairs).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('a fan-out to every node is one row, and no text on screen is under 12 px', async ({
		page
	}) => {
		await open(page, '/flows/service?step=4&lang=ko');
		const pairs = page.getByRole('list', { name: '이 단계의 메시지' });
		await expect(pairs).toBeVisible();
		await expect(pairs.getByText('×4')).toBeVisible();
		const smallest = await page.evaluate(() => {
			const sizes: number[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const el = walker.currentNode.parentElement;
				if (!walker.currentNode.textContent?.trim() || !el || el.closest('svg')) continue;
				const b = el.getBoundingClientRect();
				const cs = getComputedStyle(el);
				if (!b.width || cs.visibility === 'hidden' || cs.clipPath === 'inset(50%)') continue;
				if (b.bottom < 0 || b.top > innerHeight) continue;
				sizes.push(parseFloat(cs.fontSize));
			}
			return Math.min(...sizes);
		});
		expect(smallest).toBeGreaterThanOrEqual(12);
	});
});
