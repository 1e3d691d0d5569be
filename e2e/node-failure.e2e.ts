import { expect, test, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

/** The clock each step of the default scenario rests at, in simulated seconds. */
const CLOCK = [0, 5, 25, 30, 70, 75, 75, 75, 75, 375, 375, 375, 375, 377, 405];
const TOTAL = CLOCK.length;
const NODE_UNKNOWN = 6;
const R = 'Running';
/**
 * The web pods' STATUS at each step: three Running; the evicted one Terminating from step 11;
 * its replacement drawn once bound (step 13, Pending) and Running from step 14.
 */
const WEB = [
	...Array(10).fill([R, R, R]),
	[R, R, 'Terminating'],
	[R, R, 'Terminating'],
	['Pending', R, R, 'Terminating'],
	[R, R, R, 'Terminating'],
	[R, R, R, 'Terminating']
];

const svg = (page: Page) => page.locator('svg.diagram');
const node = (page: Page, name: string) => page.locator(`svg.diagram g[data-node="${name}"]`);

/** What each web pod's chip says kubectl prints in STATUS (data-status), sorted. */
async function webPods(page: Page): Promise<string[]> {
	return page
		.locator('[data-pod^="default/web-"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? '').sort());
}

const stepText = {
	en: (n: number) => `Step ${n} of ${TOTAL}`,
	ko: (n: number) => `${n} / ${TOTAL} 단계`
};

for (const lang of ['en', 'ko'] as const) {
	test(`a node fails, stepped end to end (${lang}): the clock, the node, the pods`, async ({
		page
	}) => {
		const errors = watchConsole(page);
		await open(page, `/flows/node-failure?lang=${lang}&step=1`);
		await expect(status(page)).toHaveText(stepText[lang](1));
		// the focused timeline's arrows go from one step at rest to the next
		const timeline = page.getByRole('slider');
		for (let i = 0; i < TOTAL; i++) {
			if (i > 0) {
				await timeline.press('ArrowRight');
				await expect(status(page)).toHaveText(stepText[lang](i + 1));
			}
			await expect(svg(page)).toHaveAttribute('data-sim-time', String(CLOCK[i]), {
				timeout: 15_000
			});
			await expect(node(page, 'node-1')).toHaveAttribute('data-ready', 'True');
			await expect(node(page, 'node-2')).toHaveAttribute(
				'data-ready',
				i + 1 >= NODE_UNKNOWN ? 'Unknown' : 'True'
			);
			await expect.poll(() => webPods(page)).toEqual(WEB[i]);
		}
		await expect(node(page, 'node-2')).toContainText('NotReady');
		await expect(page.getByTestId('sim-clock')).toContainText('+6:45');
		expect(errors).toEqual([]);
	});
}

test('what kubectl and etcd show of the failed node, and a node the cluster does not have', async ({
	page
}) => {
	await open(page, `/flows/node-failure?lang=en&step=${NODE_UNKNOWN}`);
	await expect(page.getByTestId('sim-clock')).toContainText('+1:15');
	await page.getByRole('tab', { name: 'Cluster' }).click();
	const nodes = page.getByTestId('get-nodes');
	await expect(nodes.locator('tr', { hasText: 'node-2' })).toContainText('NotReady');
	await expect(nodes.locator('tr', { hasText: 'node-1' })).toContainText('Ready');
	await page.getByRole('tab', { name: 'etcd' }).click();
	const panel = page.getByRole('tabpanel');
	await expect(panel).toContainText('/registry/minions/node-2');
	await expect(panel).toContainText('Kubelet stopped posting node status.');

	await open(page, `/flows/node-failure?lang=en&step=${TOTAL}`);
	await page.getByRole('tab', { name: 'Cluster' }).click();
	const pods = page.getByTestId('get-pods');
	await expect(pods.locator('tr', { hasText: 'Terminating' })).toHaveCount(1);

	// a node the cluster does not have: the list says so, and node-2 fails instead
	await open(page, '/flows/node-failure?lang=en&fail=node-9');
	await expect(page.getByTestId('input-problems')).toContainText('fail=“node-9”');
	await expect(page.getByTestId('input-problems')).toContainText('node-2');
	await open(page, '/flows/node-failure?lang=ko&fail=node-x');
	await expect(page.getByTestId('input-problems')).toContainText('워커 노드 이름');
});

test('on a phone the clock sits above the step’s arrows', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, `/flows/node-failure?lang=ko&step=${NODE_UNKNOWN}`);
	const clock = page.getByTestId('sim-clock').filter({ visible: true });
	await expect(clock).toHaveCount(1);
	await expect(clock).toContainText('+1:15');
});
