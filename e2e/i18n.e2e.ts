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

test('one counter: the course steps are chapters, on the timeline and in the narration, in both languages', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=12&lang=en');
	await expect(page.getByTestId('step-status')).toHaveText('Step 12 of 15');
	// the badge names the course step as a chapter, never as a second count
	await expect(page.locator('.narration .nine')).toContainText(
		'In the course · The kubelet asks the container runtime to pull and run'
	);
	await expect(page.locator('.narration .nine')).not.toContainText('of 9');
	const chapters = page.locator('.chapters [data-chapter]');
	await expect(chapters).toHaveCount(9);
	await expect(chapters.nth(7)).toHaveText('⑧');
	await expect(chapters.nth(7)).toHaveClass(/current/);
	await open(page, '/flows/pod-creation?step=12&lang=ko');
	await expect(page.getByTestId('step-status')).toHaveText('12 / 15 단계');
	await expect(page.locator('.narration .nine')).toContainText(
		'강의 흐름 · kubelet이 컨테이너 런타임에 이미지를 내려받아 실행하도록 요청합니다'
	);
	await expect(page.locator('.narration .nine')).not.toContainText('단계');
});

test('each what-if is a chapter of the timeline, labelled with what it does', async ({ page }) => {
	await open(page, '/flows/service?then=scale:2,add-node&step=1&lang=en');
	const labels = await page.locator('.chapters [data-chapter]').allTextContents();
	expect(labels.slice(-2)).toEqual(['scale → 2', 'add node']);
	await open(page, '/flows/service?then=scale:2,add-node&step=1&lang=ko');
	const ko = await page.locator('.chapters [data-chapter]').allTextContents();
	expect(ko.slice(-2)).toEqual(['스케일 → 2', '노드 추가']);
});

test("a page shows its first step's words with no narration loaded; the rest comes with the learner's first move", async ({
	page
}) => {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
	});
	// a sentence of step 2 only: it is in the page's scripts once the whole narration has loaded
	const later = 'Service도 파드와 같은 처리 단계를 거칩니다';
	const loaded = async () => (await Promise.all(bodies)).some((b) => b.includes(later));
	await open(page, '/flows/service?lang=ko');
	await expect(page.locator('#narration-title')).toContainText('kubectl이 Deployment web을');
	await page.waitForLoadState('networkidle');
	expect(await loaded()).toBe(false);
	await page.locator('body').press('ArrowRight');
	await expect(status(page)).toHaveText('2 / 12 단계');
	await expect(page.locator('#narration-title')).toContainText('Service를 승인하고');
	expect(await loaded()).toBe(true);
});

test('the whole narration is on its way once the pointer reaches the page', async ({ page }) => {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
	});
	const later = 'The apiserver admits the Service';
	await open(page, '/flows/service?lang=en');
	await page.waitForLoadState('networkidle');
	expect((await Promise.all(bodies)).some((b) => b.includes(later))).toBe(false);
	await page.mouse.move(300, 300);
	await page.mouse.move(320, 310);
	await expect
		.poll(async () => (await Promise.all(bodies)).some((b) => b.includes(later)))
		.toBe(true);
});

test('a link to a later step never shows the first step’s words, not even for a moment', async ({
	page
}) => {
	// every heading the narration ever shows on this page, from its first paint on
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __told: string[] }).__told = []);
		new MutationObserver(() => {
			const title = document.getElementById('narration-title')?.textContent;
			if (title && seen.at(-1) !== title) seen.push(title);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await open(page, '/flows/service?step=5&lang=en');
	await expect(page.locator('#narration-title')).toContainText('Step 5 of 12');
	const told = await page.evaluate(() => (window as unknown as { __told: string[] }).__told);
	expect(told.length).toBeGreaterThan(0);
	for (const title of told) expect(title).toContain('Step 5 of 12');
});
