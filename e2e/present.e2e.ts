import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

/** Presses Present on a flow page and returns the audience window it opens, hydrated. */
async function present(context: BrowserContext, presenter: Page): Promise<Page> {
	const opened = context.waitForEvent('page');
	await presenter.getByRole('button', { name: /^(Present|발표)$/ }).click();
	const audience = await opened;
	await audience.setViewportSize({ width: 1280, height: 720 });
	await audience.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	return audience;
}

const roomOf = (page: Page) => new URL(page.url()).searchParams.get('room')!;

async function inStep(presenter: Page, audience: Page, text: string) {
	await expect(status(presenter)).toHaveText(text, { timeout: 10_000 });
	await expect(status(audience)).toHaveText(text, { timeout: 10_000 });
}

test.describe('presenting to a study group', () => {
	test('Present opens the presenter view here and the audience in a new window, which follow each other', async ({
		page,
		context
	}) => {
		const errors = watchConsole(page);
		await open(page, '/flows/service?step=2&lang=en');
		const audience = await present(context, page);
		const audienceErrors = watchConsole(audience);

		// both are the flow's own page, joined by a room
		expect(new URL(page.url()).searchParams.get('view')).toBe('presenter');
		await expect(page).toHaveURL(/view=presenter&room=/);
		expect(new URL(audience.url()).searchParams.get('view')).toBe('audience');
		expect(roomOf(audience)).toBe(roomOf(page));
		await inStep(page, audience, 'Step 2 of 12');

		// the presenter's panel: the time, the next step, the notes
		const panel = page.getByRole('region', { name: 'Presenter view' });
		await expect(panel.getByText('Elapsed')).toBeVisible();
		await expect(panel.getByRole('img', { name: /^Next step preview/ })).toBeAttached();
		await expect(panel.getByText('Ask the group')).toBeVisible();

		// the audience: the picture and the narration, no form, no what-ifs, no editing controls
		await expect(audience.locator('html')).toHaveClass(/room/);
		await expect(audience.getByRole('button', { name: 'Play' })).toHaveCount(0);
		await expect(audience.getByText('Try a scenario')).toHaveCount(0);
		await expect(audience.getByTestId('action-bar')).toHaveCount(0);
		await expect(audience.getByText('Following the presenter')).toBeVisible();
		// the first-visit hint at the keys is the presenter's, not the room's
		await expect(page.getByText(/^Space plays and pauses/)).toBeVisible();
		await expect(audience.getByText(/^Space plays and pauses/)).toHaveCount(0);

		// a clicker's keys on the presenter drive both
		await page.keyboard.press('PageDown');
		await inStep(page, audience, 'Step 3 of 12');
		await page.keyboard.press('PageUp');
		await inStep(page, audience, 'Step 2 of 12');
		await page.keyboard.press('End');
		await inStep(page, audience, 'Step 12 of 12');
		await page.keyboard.press('Home');
		await inStep(page, audience, 'Step 1 of 12');

		// a seek on the timeline
		const slider = page.getByRole('slider', { name: 'Timeline' });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const seeked = await status(page).textContent();
		await expect(status(audience)).toHaveText(seeked!);

		// the audience's own keys go to the presenter, which drives both
		await audience.keyboard.press('n');
		await inStep(page, audience, 'Step 4 of 12');
		// Next plays the step: both rest at its end
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });

		// speed
		await page.getByLabel('Speed').selectOption('2');
		await expect(audience.locator('#player')).toHaveAttribute('data-speed', '2');

		// black out and back, from either window
		await page.locator('body').press('b');
		await expect(audience.locator('#player')).toHaveAttribute('data-blackout', 'true');
		await expect(page.getByText('The audience screen is black')).toBeVisible();
		await audience.keyboard.press('.');
		await expect(audience.locator('#player')).toHaveAttribute('data-blackout', 'false');

		// the language
		await page.getByRole('button', { name: /^한국어/ }).click();
		await expect(status(audience)).toHaveText('4 / 12 단계');
		// the audience window's own toggle switches the whole room, and it stays switched
		await audience.getByRole('button', { name: /^English/ }).click();
		await expect(status(page)).toHaveText('Step 4 of 12');
		await expect(status(audience)).toHaveText('Step 4 of 12');
		await page.waitForTimeout(2500);
		await expect(status(audience)).toHaveText('Step 4 of 12');
		await page.getByRole('button', { name: /^한국어/ }).click();
		await expect(status(audience)).toHaveText('4 / 12 단계');

		// playing: both play, and both stop where the presenter stops
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^일시정지/ })).toBeVisible();
		await page.waitForTimeout(1500);
		await page.keyboard.press('Space');
		const stopped = await status(page).textContent();
		await expect(status(audience)).toHaveText(stopped!);

		expect(errors).toEqual([]);
		expect(audienceErrors).toEqual([]);
	});

	test('a reloaded window rejoins at the current step', async ({ page, context }) => {
		await open(page, '/flows/pod-creation?step=3&lang=en');
		const audience = await present(context, page);
		await inStep(page, audience, 'Step 3 of 15');
		await page.keyboard.press('N');
		await page.keyboard.press('N');
		await inStep(page, audience, 'Step 5 of 15');

		await audience.reload();
		await audience.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await inStep(page, audience, 'Step 5 of 15');

		// the presenter reloads while the room has moved on: it takes the room's step
		await audience.keyboard.press('n');
		await inStep(page, audience, 'Step 6 of 15');
		await page.reload();
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await inStep(page, audience, 'Step 6 of 15');
		// and still drives the audience
		await page.keyboard.press('P');
		await inStep(page, audience, 'Step 5 of 15');
	});

	test('Present again after Stop presenting finds the audience window already open', async ({
		page,
		context
	}) => {
		await open(page, '/flows/pod-creation?step=2&lang=en');
		const audience = await present(context, page);
		await inStep(page, audience, 'Step 2 of 15');
		await page.getByRole('button', { name: 'Stop presenting' }).click();
		await expect(page.getByRole('button', { name: /^Present$/ })).toBeVisible();
		await page.getByRole('button', { name: /^Present$/ }).click();
		await expect(page.getByRole('button', { name: 'Stop presenting' })).toBeVisible();
		// the same window, no second one; it follows the presenter again
		await audience.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		expect(context.pages()).toHaveLength(2);
		await page.keyboard.press('PageDown');
		await inStep(page, audience, 'Step 3 of 15');
	});

	test('junk on the channel changes nothing and throws nothing', async ({ page, context }) => {
		await open(page, '/flows/service?step=4&lang=en');
		const audience = await present(context, page);
		const errors = [...watchConsole(page), ...watchConsole(audience)];
		await inStep(page, audience, 'Step 4 of 12');
		const stranger = await context.newPage();
		await stranger.goto('/');
		await stranger.evaluate((room) => {
			const channel = new BroadcastChannel(`kubestep-present-${room}`);
			const envelope = { protocol: 'kubestep-present/1', flow: 'service', sender: 'stranger' };
			const state = { scenario: '', t: 0, playing: false, speed: 1, lang: 'ko', blackout: true };
			for (const junk of [
				'next',
				42,
				null,
				[1, 2],
				{ kind: 'state', state },
				{ ...envelope, from: 'presenter', kind: 'state', state: { ...state, t: -5 } },
				{ ...envelope, from: 'presenter', kind: 'state', state: { ...state, lang: 'xx' } },
				{ ...envelope, from: 'presenter', kind: 'state', state: { ...state, speed: 1e9 } },
				{ ...envelope, flow: 'pod-creation', from: 'presenter', kind: 'state', state },
				{ ...envelope, from: 'presenter', kind: 'key', key: 'next' },
				{ ...envelope, from: 'audience', kind: 'key', key: 'rm -rf' },
				{ ...envelope, from: 'hacker', kind: 'hello' },
				{ ...envelope, sender: '<script>', from: 'audience', kind: 'key', key: 'next' }
			])
				channel.postMessage(junk);
			channel.close();
		}, roomOf(page));
		await page.waitForTimeout(1500);
		await inStep(page, audience, 'Step 4 of 12');
		await expect(audience.locator('#player')).toHaveAttribute('data-blackout', 'false');
		await expect(status(audience)).toHaveText('Step 4 of 12');
		expect(errors).toEqual([]);
	});

	test('a link with a bad view or room says so and opens the ordinary page', async ({ page }) => {
		await open(page, '/flows/service?view=speaker&room=abc&lang=en');
		await expect(page.getByText('view=“speaker” must be presenter or audience')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await open(page, '/flows/service?view=audience&room=a%20b&lang=ko');
		await expect(page.getByText('room=“a b”', { exact: false })).toBeVisible();
		await expect(page.getByRole('button', { name: /^재생/ })).toBeVisible();
	});

	test('the shortcuts dialog lists the clicker’s keys', async ({ page }) => {
		await open(page, '/flows/pod-creation?lang=en');
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		for (const key of ['PageDown · N', 'PageUp · P', 'B · .'])
			await expect(dialog.getByText(key, { exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		// N and P step like the arrows, outside a presentation too
		await page.keyboard.press('n');
		await expect(status(page)).toHaveText('Step 2 of 15');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
		await page.keyboard.press('N');
		await expect(status(page)).toHaveText('Step 3 of 15');
		await page.keyboard.press('p');
		await expect(status(page)).toHaveText('Step 2 of 15');
		// B means nothing outside a presentation
		await page.keyboard.press('b');
		await expect(page.locator('#player')).not.toHaveAttribute('data-blackout');
	});

	for (const lang of ['en', 'ko'] as const)
		test(`axe finds nothing serious in the presenter and audience views (${lang})`, async ({
			page,
			context
		}) => {
			await open(page, `/flows/service?step=3&lang=${lang}`);
			const audience = await present(context, page);
			await inStep(page, audience, lang === 'en' ? 'Step 3 of 12' : '3 / 12 단계');
			for (const [who, p] of [
				['presenter', page],
				['audience', audience]
			] as const) {
				const { violations } = await new AxeBuilder({ page: p })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
					.analyze();
				const bad = violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				expect(bad, `${who} (${lang})`).toEqual([]);
			}
		});
});

test.describe('embedding a flow in a deck or a post', () => {
	test('embed=1 shows the flow alone in an iframe, with a link to open it whole', async ({
		page,
		baseURL
	}) => {
		await page.setContent(
			`<iframe title="KubeStep" src="${baseURL}/flows/service?step=3&lang=en&embed=1" width="960" height="540"></iframe>`
		);
		const frame = page.frameLocator('iframe');
		await frame.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await frame.locator('svg.diagram [data-actor]').first().waitFor({ state: 'attached' });
		// no page chrome: no header, no scenario form, no what-ifs, no Present
		await expect(frame.locator('html')).toHaveClass(/embed/);
		await expect(frame.getByRole('link', { name: /All flows/ })).toBeHidden();
		await expect(frame.getByText('Try a scenario')).toHaveCount(0);
		await expect(frame.getByTestId('action-bar')).toHaveCount(0);
		await expect(frame.getByRole('button', { name: 'Present' })).toHaveCount(0);
		// the picture and its controls, sized to the frame: nothing to scroll
		const sizes = await frame
			.locator('html')
			.evaluate((html) => [html.scrollWidth, html.scrollHeight, innerWidth, innerHeight]);
		expect(sizes[0]).toBeLessThanOrEqual(sizes[2]);
		expect(sizes[1]).toBeLessThanOrEqual(sizes[3]);
		await expect(frame.getByTestId('step-status')).toHaveText('Step 3 of 12');
		await frame.getByRole('button', { name: 'Next step' }).click();
		await expect(frame.getByTestId('step-status')).toHaveText('Step 4 of 12');
		// the link opens this step whole, in a new tab
		const open = frame.getByRole('link', { name: 'Open in KubeStep' });
		await expect(open).toHaveAttribute('target', '_blank');
		const href = (await open.getAttribute('href'))!;
		expect(href).toContain('step=4');
		expect(href).not.toContain('embed');
	});

	test('a bad embed value says so and changes nothing', async ({ page }) => {
		await open(page, '/flows/pod-creation?embed=yes&lang=en');
		await expect(page.getByText('embed=“yes” must be 1')).toBeVisible();
		await expect(page.getByRole('link', { name: /All flows/ })).toBeVisible();
	});
});

test.describe('exporting the step on screen', () => {
	test('Download SVG gives a picture that opens by itself and names the actors', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, '/flows/service?step=3&lang=en');
		await page.getByRole('button', { name: 'Export' }).click();
		const menu = page.getByRole('group', { name: 'Export this step' });
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			menu.getByRole('button', { name: 'Download SVG' }).click()
		]);
		expect(file.suggestedFilename()).toBe('kubestep-service-step-3.svg');
		const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
		expect(text).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		for (const id of ['kubectl', 'kube-apiserver', 'etcd', 'kube-proxy@node-1'])
			expect(text).toContain(`data-actor="${id}"`);
		expect(text).toContain('txn PUT /registry/services/specs/default/web');
		// no class left for a stylesheet to match: every style is on its element
		expect(text).not.toMatch(/ class="/);
		// on its own, in a page with no stylesheet, it draws at its size
		const drawn = await page.evaluate(async (svg) => {
			const img = new Image();
			img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, text);
		const box = (await page.locator('.stage svg.diagram').first().boundingBox())!;
		expect(drawn).toEqual([Math.round(box.width), Math.round(box.height)]);
		expect(errors).toEqual([]);
	});

	test('Download PNG gives the picture at twice its size', async ({ page }) => {
		await open(page, '/flows/pod-creation?step=5&lang=ko');
		await page.getByRole('button', { name: '내보내기' }).click();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PNG 내려받기' }).click()
		]);
		expect(file.suggestedFilename()).toBe('kubestep-pod-creation-step-5.png');
		const png = await (await import('node:fs/promises')).readFile((await file.path())!);
		// the PNG signature, then the IHDR chunk's width and height
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const box = (await page.locator('.stage svg.diagram').first().boundingBox())!;
		expect(png.readUInt32BE(16)).toBe(2 * Math.round(box.width));
		expect(png.readUInt32BE(20)).toBe(2 * Math.round(box.height));
	});

	test('on a phone, where no picture is on screen, SVG and PNG draw the step as a desk shows it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/flows/service?step=3&lang=ko');
		await page.getByRole('button', { name: '내보내기' }).click();
		const [svgFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SVG 내려받기' }).click()
		]);
		const fs = await import('node:fs/promises');
		const text = await fs.readFile((await svgFile.path())!, 'utf8');
		expect(text).toMatch(/<svg[^>]* width="1280" height="800"/);
		for (const id of ['kubectl', 'kube-apiserver', 'etcd', 'kube-proxy@node-3'])
			expect(text).toContain(`data-actor="${id}"`);
		const [pngFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PNG 내려받기' }).click()
		]);
		const png = await fs.readFile((await pngFile.path())!);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2560, 1600]);
		await expect(page.locator('#export-menu [role="status"]').first()).toBeEmpty();
	});

	test('the menu from the keyboard: focus moves into it, Escape closes it and returns focus, so does a click outside', async ({
		page
	}) => {
		await open(page, '/flows/pod-creation?step=2&lang=en');
		const button = page.getByRole('button', { name: 'Export' });
		await button.focus();
		await page.keyboard.press('Enter');
		const menu = page.getByRole('group', { name: 'Export this step' });
		await expect(menu.getByRole('button', { name: 'Download SVG' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
		await expect(button).toBeFocused();
		// Escape from a field of the video form closes it too
		await page.keyboard.press('Enter');
		await menu.getByRole('button', { name: 'Record video' }).click();
		await menu.getByLabel('From step').focus();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
		await button.click();
		await expect(menu).toBeVisible();
		await page.locator('h1').click();
		await expect(menu).toHaveCount(0);
	});

	test('Copy link copies the link to this step and scenario', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/flows/service?replicas=2&step=4&lang=en');
		await page.getByRole('button', { name: 'Export' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const url = new URL(copied);
		expect(url.pathname).toBe('/flows/service');
		expect(Object.fromEntries(url.searchParams)).toEqual({ replicas: '2', step: '4', lang: 'en' });
		// the menu closes with its button
		await page.getByRole('button', { name: 'Export' }).click();
		await expect(page.getByRole('group', { name: 'Export this step' })).toHaveCount(0);
	});
});
