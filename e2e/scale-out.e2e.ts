import { expect, test } from '@playwright/test';
import { nodeFrame, open, status, stepStatus, watchConsole, webPodStatuses } from './helpers';

const TOTAL = 17;
const node = nodeFrame;

const webPods = webPodStatuses;

const stepText = {
	en: (n: number) => stepStatus.en(n, TOTAL),
	ko: (n: number) => stepStatus.ko(n, TOTAL)
};

for (const lang of ['en', 'ko'] as const) {
	test(`scale out, a node joins, scale back (${lang}): nodes, pods and the clock`, async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, `/flows/scale-out?lang=${lang}&step=1`);
		const timeline = page.getByRole('slider');
		let current = 1;
		// the focused timeline's arrows go from one step at rest to the next
		const at = async (n: number) => {
			for (; current < n; current++) {
				await timeline.press('ArrowRight');
				await expect(status(page)).toHaveText(stepText[lang](current + 1));
			}
		};
		// step 5: six pods run on node-1 and node-2; the two Pending ones have no node to be drawn on
		await at(5);
		await expect.poll(() => webPods(page)).toEqual(Array(6).fill('Running'));
		await page.getByRole('tab', { name: lang === 'en' ? 'Cluster' : '클러스터' }).click();
		await expect(page.getByTestId('get-pods').locator('tr', { hasText: 'Pending' })).toHaveCount(2);
		// the controllers' status: six of eight ready
		await expect(
			page.getByTestId('get-deployments').locator('tr', { hasText: 'web' })
		).toContainText('6/8');
		// step 6: node-3 joins, not ready; two minutes have passed
		await at(6);
		await expect(node(page, 'node-3')).toHaveAttribute('data-ready', 'False');
		await expect(page.locator('svg.diagram')).toHaveAttribute('data-sim-time', '123');
		// step 13: the waiting pods run on node-3, which is Ready
		await at(13);
		await expect(node(page, 'node-3')).toHaveAttribute('data-ready', 'True');
		await expect.poll(() => webPods(page)).toEqual(Array(8).fill('Running'));
		// the end: back to two
		await at(TOTAL);
		await expect.poll(() => webPods(page)).toEqual(['Running', 'Running']);
		expect(errors).toEqual([]);
	});
}

test('a scenario that cannot scale out is explained, and another target is used', async ({
	page
}) => {
	await open(page, '/flows/scale-out?lang=en&from=5&to=3&cpu=2');
	const problems = page.getByTestId('input-problems');
	await expect(problems).toContainText('from=“5”');
	await expect(problems).toContainText('to=“3”');
	await open(page, '/flows/scale-out?lang=ko&cpu=lots');
	await expect(page.getByTestId('input-problems')).toContainText('cpu=“lots”');
});

test('the Sources tab links the files the step follows, at the version the app models', async ({
	page
}) => {
	await open(page, '/flows/scale-out?lang=en&step=6');
	await page.getByRole('tab', { name: 'Sources' }).click();
	const link = page
		.getByTestId('step-sources')
		.getByRole('link', { name: 'pkg/kubelet/kubelet_node_status.go' });
	await expect(link).toHaveAttribute(
		'href',
		'https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/kubelet/kubelet_node_status.go'
	);
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.getByTestId('step-sources')).toContainText('scheduling_queue.go');
});
