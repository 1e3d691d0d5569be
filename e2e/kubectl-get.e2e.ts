import { expect, test, type Page } from '@playwright/test';
import { activeActors, messages, open, status, stepStatus, watchConsole } from './helpers';

/** the default scenario's story: 14 steps, the catch-up included (the Leases moved etcd on) */
const TOTAL = 14;
const output = (page: Page) => page.getByRole('region', { name: /^(Output|출력)$/ });
const narration = (page: Page) => page.locator('#narration-title');

for (const lang of ['en', 'ko'] as const) {
	test(`kubectl get pods through the cache, then -w, stepped end to end (${lang})`, async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, `/flows/kubectl-get?lang=${lang}&step=1`);
		const timeline = page.getByRole('slider');
		// the request and its pipeline: authentication, authorization, the cache, the Table
		await timeline.press('ArrowRight');
		await expect(status(page)).toHaveText(stepStatus[lang](2, TOTAL));
		await expect
			.poll(() => messages(page))
			.toContainEqual(
				expect.stringContaining(
					'kubectl→kube-apiserver GET /api/v1/namespaces/default/pods?limit=500'
				)
			);
		const pipeline = page.getByRole('region', { name: /^(Request pipeline|요청 처리 단계)$/ });
		await expect(pipeline.getByRole('listitem')).toHaveCount(4);
		await expect(pipeline).toContainText(/no resourceVersion: a consistent read/);
		// etcd is asked for its revision, then for a progress notification
		await timeline.press('ArrowRight');
		await expect.poll(() => activeActors(page)).toEqual(['etcd', 'kube-apiserver']);
		await timeline.press('ArrowRight');
		await expect
			.poll(() => messages(page))
			.toContainEqual(expect.stringMatching(/^etcd→kube-apiserver progress notify: revision \d+/));
		// the table kubectl prints, under the command
		await timeline.press('ArrowRight');
		await timeline.press('ArrowRight');
		await expect(status(page)).toHaveText(stepStatus[lang](6, TOTAL));
		await expect(output(page)).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
		await expect(output(page)).toContainText(/client\s+1\/1\s+Running/);
		// -w: the watch's rows arrive as the new pod is written, the newest in view
		for (let i = 7; i <= 12; i++) {
			await timeline.press('ArrowRight');
			await expect(status(page)).toHaveText(stepStatus[lang](i, TOTAL));
		}
		const lastFour = async () =>
			((await output(page).textContent()) ?? '')
				.split('\n')
				.slice(-4)
				.map((r) => r.split(/\s+/)[2]);
		await expect.poll(lastFour).toEqual(['Pending', 'Pending', 'ContainerCreating', 'Running']);
		const scrolled = await output(page).evaluate(
			(e) => e.scrollTop + e.clientHeight >= e.scrollHeight - 1
		);
		expect(scrolled).toBe(true);
		// the informer's list: no etcd at all
		await timeline.press('ArrowRight');
		await expect
			.poll(() => messages(page))
			.toContainEqual(expect.stringContaining('resourceVersion=0'));
		expect((await messages(page)).some((m) => m.includes('etcd'))).toBe(false);
		await expect(narration(page)).toContainText('resourceVersion=0');
		expect(errors).toEqual([]);
	});
}

test('the what-ifs play after the story, each once; a link keeps them, and a bad one is listed', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, `/flows/kubectl-get?lang=en&step=${TOTAL}`);
	const bar = page.getByTestId('action-bar');
	// a page size out of range is explained and plays nothing
	await bar.getByLabel('Pods per page (--chunk-size)').fill('0');
	await bar.getByRole('button', { name: 'List in pages' }).click();
	await expect(page.getByRole('alert')).toContainText('from 1 to 500');
	await expect(page).not.toHaveURL(/then=/);
	await bar.getByLabel('Pods per page (--chunk-size)').fill('2');
	await bar.getByRole('button', { name: 'List in pages' }).click();
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page).toHaveURL(/then=pages%3A2|then=pages:2/);
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 16 of 16');
	await expect(narration(page)).toContainText('more pages from the cache’s snapshot');
	// since v1.34 the watch cache serves a continue token from its snapshot: etcd is not asked
	await expect
		.poll(() => messages(page))
		.toContainEqual(
			expect.stringMatching(
				/^kubectl→kube-apiserver GET \/api\/v1\/namespaces\/default\/pods\?continue=\S+&limit=2/
			)
		);
	expect((await messages(page)).filter((m) => m.includes('etcd'))).toEqual([]);
	await expect(output(page)).toContainText(/NAME\s+READY/);
	await expect(bar.getByRole('button', { name: 'List in pages' })).toBeDisabled();
	// the link: --watch-only and resourceVersion=0, a repeat and a bad one listed
	await open(page, '/flows/kubectl-get?lang=en&then=watch-only,rv0,rv0,pages:x');
	await expect(page.getByText('then=“pages:x” is not a what-if here')).toBeVisible();
	await expect(page.getByText('then=“rv0”: this what-if is in the link already')).toBeVisible();
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 18 of 18');
	await expect(narration(page)).toContainText('resourceVersion=0');
	expect(errors).toEqual([]);
});

test('--watch-only prints nothing until the label changes, in Korean', async ({ page }) => {
	await open(page, '/flows/kubectl-get?lang=ko&then=watch-only&step=15');
	await expect(narration(page)).toContainText('--watch-only');
	await expect(output(page)).toHaveCount(0);
	await page.getByRole('slider').press('ArrowRight');
	await expect(output(page)).toContainText(/^NAME\s+READY[\s\S]*\nclient\s+1\/1\s+Running/);
});
