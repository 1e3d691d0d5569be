import { expect, test, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

/** The zoom applied to the picture: [scale, x, y] (1, 0, 0 when untouched). */
async function zoom(page: Page): Promise<[number, number, number]> {
	const t = (await page.locator('svg.diagram g.ks-viewport').getAttribute('transform')) ?? '';
	const k = /scale\(([\d.]+)\)/.exec(t);
	const xy = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(t);
	return [k ? Number(k[1]) : 1, xy ? Number(xy[1]) : 0, xy ? Number(xy[2]) : 0];
}

/** Screen px of the smallest text drawn inside the diagram's box, among `selector`. */
const smallestShown = (page: Page, selector: string) =>
	page.evaluate((selector) => {
		const svg = document.querySelector('svg.diagram')!;
		const box = svg.getBoundingClientRect();
		const sizes = [...svg.querySelectorAll<SVGTextElement>(selector)]
			.filter((t) => {
				const b = t.getBoundingClientRect();
				return b.width > 0 && b.left >= box.left - 1 && b.right <= box.right + 1;
			})
			.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
		return Math.min(...sizes);
	}, selector);

test.describe('the room-sized view', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('L turns it on: the picture takes the width, the caption says the step, the panels open over it, and the link keeps it', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, '/flows/pod-creation?step=8&lang=en');
		const side = page.locator('#player-side');
		await expect(side).toBeVisible();
		const desk = (await page.locator('svg.diagram').boundingBox())!;
		const large = page.getByRole('button', { name: /^Large text for a room/ });
		await expect(large).toHaveAttribute('aria-pressed', 'false');

		await page.keyboard.press('l');
		await expect(large).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveClass(/\broom\b/);
		await expect(side).toBeHidden();
		const room = (await page.locator('svg.diagram').boundingBox())!;
		expect(room.width).toBeGreaterThan(desk.width * 1.3);
		// the caption: the step's title and the first sentence of its narration, nothing more
		const caption = page.locator('.caption');
		await expect(caption).toContainText('The scheduler records a Scheduled event');
		await expect(caption).toContainText('Events are API objects too');
		await expect(caption).not.toContainText('kubectl describe');
		await expect(page).toHaveURL(/[?&]text=large\b/);

		// the panels open over the picture, Escape closes them
		const panels = page.getByRole('button', { name: 'Panels', exact: true });
		await panels.click();
		await expect(panels).toHaveAttribute('aria-expanded', 'true');
		await expect(side).toBeVisible();
		expect((await page.locator('svg.diagram').boundingBox())!.width).toBe(room.width);
		// under the caption, whose button closes them (its height measured in whole pixels)
		const below = (await page.locator('.room-caption').boundingBox())!;
		expect((await side.boundingBox())!.y).toBeGreaterThanOrEqual(below.y + below.height - 1);
		await page.keyboard.press('Escape');
		await expect(side).toBeHidden();
		await expect(panels).toHaveAttribute('aria-expanded', 'false');

		// the link reopens it; L again gives the desk layout back
		await page.reload();
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(large).toHaveAttribute('aria-pressed', 'true');
		await expect(status(page)).toHaveText('Step 8 of 15');
		await page.keyboard.press('l');
		await expect(side).toBeVisible();
		await expect(page).not.toHaveURL(/text=large/);
		expect(errors).toEqual([]);
	});

	test('the zoom follows the action step by step, until the person zooms', async ({ page }) => {
		await open(page, '/flows/pod-creation?step=8&lang=en&text=large');
		const follow = page.getByRole('button', { name: /^Follow the action/ });
		await expect(follow).toHaveAttribute('aria-pressed', 'true');
		// step 8 is the control plane's: the picture is enlarged, its labels as large as a room needs
		await expect.poll(async () => (await zoom(page))[0]).toBeGreaterThan(1.2);
		await page.waitForTimeout(800);
		const followed = await smallestShown(page, '[data-message] text');
		const atEight = await zoom(page);
		await page.keyboard.press('z');
		await expect(follow).toHaveAttribute('aria-pressed', 'false');
		await expect.poll(async () => (await zoom(page))[0]).toBe(1);
		expect(followed).toBeGreaterThan(1.2 * (await smallestShown(page, '[data-message] text')));
		await page.keyboard.press('z');
		await expect.poll(async () => (await zoom(page)).join()).toBe(atEight.join());
		// a step on node-3 moves the picture there
		await page.keyboard.press('End');
		await expect(status(page)).toHaveText('Step 15 of 15');
		await expect.poll(async () => (await zoom(page)).join()).not.toBe(atEight.join());

		// zooming by hand takes over: the toggle goes off and stepping keeps the person's zoom
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(follow).toHaveAttribute('aria-pressed', 'false');
		const mine = await zoom(page);
		await page.keyboard.press('Home');
		await expect(status(page)).toHaveText('Step 1 of 15');
		await page.waitForTimeout(800);
		expect(await zoom(page)).toEqual(mine);

		// Z follows again; Z once more fits the whole picture
		await page.keyboard.press('z');
		await expect(follow).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('z');
		await expect.poll(async () => (await zoom(page))[0]).toBe(1);
	});

	test('a bad text= value is reported and changes nothing', async ({ page }) => {
		await open(page, '/flows/service?lang=ko&text=huge');
		await expect(page.getByText('text=“huge”: large 또는 normal이어야 합니다')).toBeVisible();
		await expect(page.locator('html')).not.toHaveClass(/\broom\b/);
		await expect(page.locator('#player-side')).toBeVisible();
	});
});

test('while playing, the step’s lead sentence sits beside the message on its way', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=2&lang=en');
	const caption = page.locator('.arrow-caption');
	await expect(caption).toHaveCount(0);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(caption).toBeVisible();
	// the same sentence the narration opens with
	const lead = page.locator('#narration .lead');
	await expect
		.poll(async () => {
			const said = (await caption.textContent())?.trim();
			return !!said && said === (await lead.textContent())?.trim();
		})
		.toBe(true);
	// beside a label of the step: within a few lines of it
	const near = await page.evaluate(() => {
		const c = document.querySelector('.arrow-caption')!.getBoundingClientRect();
		return [...document.querySelectorAll('g[data-message] .ks-pill')].some((p) => {
			const b = p.getBoundingClientRect();
			return Math.abs(c.top - b.bottom) < 20 || Math.abs(c.bottom - b.top) < 20;
		});
	});
	expect(near).toBe(true);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(caption).toHaveCount(0);
});
