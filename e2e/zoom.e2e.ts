import { expect, test, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

/** The zoom factor applied to the diagram's picture (1 when untouched). */
async function scale(page: Page): Promise<number> {
	const t = (await page.locator('svg.diagram g.ks-viewport').getAttribute('transform')) ?? '';
	const m = /scale\(([\d.]+)\)/.exec(t);
	return m ? Number(m[1]) : 1;
}

async function translate(page: Page): Promise<[number, number]> {
	const t = (await page.locator('svg.diagram g.ks-viewport').getAttribute('transform')) ?? '';
	const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(t);
	return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

test('a 50-node cluster can be zoomed, panned and fitted back, and stepping keeps the zoom', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/service?nodes=50&replicas=50&lang=en');
	await expect(page.locator('[data-actor^="kubelet@"]')).toHaveCount(50);
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const fit = page.getByRole('button', { name: 'Fit to screen' });
	await expect(fit).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();

	await zoomIn.click();
	await zoomIn.click();
	await expect.poll(() => scale(page)).toBeCloseTo(2.25, 2);
	await expect(fit).toBeEnabled();

	// dragging the picture pans it
	const before = await translate(page);
	const box = (await page.locator('svg.diagram').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 });
	await page.mouse.up();
	const after = await translate(page);
	expect(after[0]).toBeGreaterThan(before[0]);
	expect(after[1]).toBeGreaterThan(before[1]);

	// the next step redraws the frame but leaves the view where the user put it
	await page.keyboard.press('End');
	await expect(status(page)).toHaveText('Step 12 of 12');
	expect(await scale(page)).toBeCloseTo(2.25, 2);
	expect(await translate(page)).toEqual(after);

	await fit.click();
	await expect.poll(() => scale(page)).toBe(1);
	await expect(fit).toBeDisabled();
	expect(errors).toEqual([]);
});

test('a plain wheel scrolls on; Ctrl + wheel zooms; the buttons work from the keyboard', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?nodes=20&lang=ko');
	const svg = page.locator('svg.diagram');
	const box = (await svg.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	// the zoom code loads when the pointer first comes over the diagram
	await expect(page.locator('.host[data-zoom-ready="true"]')).toHaveCount(1);
	await page.mouse.wheel(0, -300);
	expect(await scale(page)).toBe(1);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect.poll(() => scale(page)).toBeGreaterThan(1);

	await page.getByRole('button', { name: '화면에 맞추기' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => scale(page)).toBe(1);
	await page.getByRole('button', { name: '확대', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => scale(page)).toBeCloseTo(1.5, 2);
});

test('the zoom buttons never cover the picture: they sit in a strip of their own under it', async ({
	page
}) => {
	for (const [w, h] of [
		[1280, 720],
		[1920, 1080]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await open(page, '/flows/pod-creation?nodes=10&step=15&lang=en');
		const zoom = (await page.getByRole('group', { name: 'Zoom' }).boundingBox())!;
		const picture = (await page.locator('svg.diagram').boundingBox())!;
		expect(zoom.y).toBeGreaterThanOrEqual(picture.y + picture.height - 1);
		for (const pod of await page.locator('[data-pod]').all()) {
			const b = (await pod.boundingBox())!;
			const apart =
				b.x + b.width <= zoom.x ||
				zoom.x + zoom.width <= b.x ||
				b.y + b.height <= zoom.y ||
				zoom.y + zoom.height <= b.y;
			expect(apart).toBe(true);
		}
	}
});
