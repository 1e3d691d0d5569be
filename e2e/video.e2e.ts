import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { open, watchConsole } from './helpers';

/** Opens Export → Record video and picks a range, a speed and, if given, a format. */
async function recorder(page: Page, lang: 'en' | 'ko', range: [number, number], speed: string) {
	await page.getByRole('button', { name: lang === 'en' ? 'Export' : '내보내기' }).click();
	await page.getByRole('button', { name: lang === 'en' ? 'Record video' : '영상 녹화' }).click();
	const form = page.locator('#video-recorder');
	const [from, to] = [
		lang === 'en' ? 'From step' : '시작 단계',
		lang === 'en' ? 'To step' : '끝 단계'
	];
	await form.getByLabel(to).selectOption(String(range[1] - 1));
	await form.getByLabel(from).selectOption(String(range[0] - 1));
	await form.getByLabel(lang === 'en' ? 'Speed' : '속도').selectOption(speed);
	return form;
}

/** The frames the form says the video will have. */
const planned = async (page: Page) =>
	Number(await page.locator('#video-recorder [data-frames]').getAttribute('data-frames'));

/** What the file holds, read back as a player would: its frames, length, size and codec. */
async function probe(file: Download) {
	const bytes = await readFile((await file.path())!);
	const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
	const track = (await input.getPrimaryVideoTrack())!;
	let frames = 0;
	for await (const packet of new EncodedPacketSink(track).packets()) if (packet) frames++;
	return {
		frames,
		seconds: await input.computeDuration(),
		size: [track.displayWidth, track.displayHeight],
		codec: track.codec,
		hash: createHash('sha256').update(bytes).digest('hex')
	};
}

async function record(page: Page, start: string): Promise<Download> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		page.getByRole('button', { name: start }).click()
	]);
	return file;
}

test.describe('recording a video of the flow', () => {
	test('a range of steps becomes a WebM with one frame per 1/30 s of the flow at that speed, the same file every time', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const errors = watchConsole(page);
		await open(page, '/flows/pod-creation?lang=en');
		const form = await recorder(page, 'en', [1, 2], '4');
		await form.getByLabel('Format').selectOption('webm');
		const at4 = await planned(page);
		// the same steps at half the speed take twice the frames (the last frame is the range's end)
		await form.getByLabel('Speed').selectOption('2');
		expect(await planned(page)).toBe(2 * (at4 - 1) + 1);
		await form.getByLabel('Speed').selectOption('4');
		const file = await record(page, 'Start recording');
		expect(file.suggestedFilename()).toBe('kubestep-pod-creation-steps-1-2.webm');
		const video = await probe(file);
		expect(video.codec).toBe('vp9');
		expect(video.size).toEqual([1920, 1080]);
		expect(video.frames).toBe(at4);
		expect(video.seconds).toBeCloseTo(at4 / 30, 1);
		await expect(form.getByRole('status').last()).toHaveText(
			`Saved kubestep-pod-creation-steps-1-2.webm: ${(Math.round((at4 / 30) * 10) / 10).toFixed(1)} s, ${at4} frames`
		);
		// frames are moments of the flow, not of the machine's clock: again, byte for byte
		const again = await probe(await record(page, 'Start recording'));
		expect(again.hash).toBe(video.hash);
		expect(errors).toEqual([]);
	});

	test('in Korean, an MP4 (H.264) of one step, the format slides play', async ({ page }) => {
		test.setTimeout(120_000);
		await open(page, '/flows/service?step=10&lang=ko');
		const form = await recorder(page, 'ko', [10, 10], '4');
		await expect(form.getByLabel('형식')).toHaveValue('mp4');
		const axe = await new AxeBuilder({ page }).include('#export-menu').analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
			[]
		);
		const frames = await planned(page);
		const file = await record(page, '녹화 시작');
		expect(file.suggestedFilename()).toBe('kubestep-service-steps-10-10.mp4');
		const video = await probe(file);
		expect(video.codec).toBe('avc');
		expect(video.frames).toBe(frames);
		await expect(form.getByRole('status').last()).toContainText('저장');
	});

	test('Cancel stops a recording and saves nothing', async ({ page }) => {
		await open(page, '/flows/pod-creation?lang=en');
		const form = await recorder(page, 'en', [1, 15], '1');
		let saved = false;
		page.on('download', () => (saved = true));
		await page.getByRole('button', { name: 'Start recording' }).click();
		const bar = form.getByRole('progressbar', { name: 'Recording video' });
		await expect(bar).toBeVisible();
		await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
		// a click elsewhere does not close the menu mid-recording (that would cancel it)
		await page.locator('h1').click();
		await expect(bar).toBeVisible();
		await form.getByRole('button', { name: 'Cancel' }).click();
		await expect(form.getByRole('status').last()).toHaveText(
			'Recording cancelled: nothing was saved'
		);
		await expect(bar).toHaveCount(0);
		await expect(form.getByRole('button', { name: 'Start recording' })).toBeEnabled();
		expect(saved).toBe(false);
	});

	test('a browser that cannot encode video says so and offers nothing to start', async ({
		page
	}) => {
		await page.addInitScript(() => {
			// @ts-expect-error a browser without WebCodecs
			delete window.VideoEncoder;
		});
		await open(page, '/flows/pod-creation?lang=en');
		await page.getByRole('button', { name: 'Export' }).click();
		await page.getByRole('button', { name: 'Record video' }).click();
		await expect(page.locator('#video-recorder')).toContainText('This browser cannot encode video');
		await expect(page.getByRole('button', { name: 'Start recording' })).toHaveCount(0);
	});
});
