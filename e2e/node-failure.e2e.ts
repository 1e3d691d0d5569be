import { expect, test, type Page } from '@playwright/test';
import {
	drawnInside,
	nodeFrame,
	open,
	status,
	stepStatus,
	watchConsole,
	webPodStatuses
} from './helpers';

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
const node = nodeFrame;

const webPods = webPodStatuses;

const stepText = {
	en: (n: number) => stepStatus.en(n, TOTAL),
	ko: (n: number) => stepStatus.ko(n, TOTAL)
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

test('the what-if bar ends the story: the node comes back, and the link keeps it', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, `/flows/node-failure?lang=en&step=${TOTAL}`);
	const bar = page.getByTestId('action-bar');
	await bar.getByRole('button', { name: 'The node comes back' }).click();
	// it plays at once from the last step; the address bar follows once the player rests
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page).toHaveURL(/then=recover/);
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 18 of 18');
	await expect(node(page, 'node-2')).toHaveAttribute('data-ready', 'True');
	// the evicted pod is gone and nothing moved back: three web pods, all Running
	await expect.poll(() => webPods(page)).toEqual([R, R, R]);
	await expect(page.getByTestId('sim-clock')).toContainText('+7:52');
	// one ending per run: the other two say why they are off
	const other = bar.getByRole('button', { name: 'kubectl delete node' });
	await expect(other).toBeDisabled();
	await expect(other).toHaveAccessibleDescription(/already ends with “The node comes back”/);
	expect(errors).toEqual([]);
});

test('a twist changes the story where it belongs, asks nothing, and bad seconds change nothing', async ({
	page
}) => {
	await open(page, '/flows/node-failure?lang=ko&step=3');
	const bar = page.getByTestId('action-bar');
	// a number of seconds out of range: explained, and nothing is played
	await bar.getByLabel('web이 테인트를 견디는 시간(초)').fill('4000');
	await bar.getByRole('button', { name: '톨러레이션 설정' }).click();
	await expect(page.getByRole('alert')).toContainText('0부터 3600까지');
	await expect(page).not.toHaveURL(/then=/);
	// the StatefulSet pod is in the cluster from the start: no question about skipped steps
	await bar.getByRole('button', { name: 'StatefulSet 파드(db-0) 추가' }).click();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.getByRole('button', { name: '일시정지' }).click();
	await expect(page).toHaveURL(/then=statefulset/);
	await page.locator('body').press('End');
	const db = page.locator('[data-pod="default/db-0"]');
	await expect(db).toHaveAttribute('data-status', 'Terminating');
	expect(
		await drawnInside(page, '[data-pod="default/db-0"]', 'svg.diagram g[data-node="node-2"]')
	).toBe(true);
});

test('a linked ending: kubectl delete node lets the pod GC free db-0, which starts elsewhere', async ({
	page
}) => {
	await open(page, '/flows/node-failure?lang=en&then=statefulset,delete-node');
	// the linked run is built after the page is up: 21 steps where the default has 15
	await expect(status(page)).toHaveText(/ of 21$/);
	await page.locator('body').press('End');
	await expect(node(page, 'node-2')).toHaveCount(0);
	await expect(page.locator('[data-pod="default/db-0"]')).toHaveAttribute('data-status', 'Running');
	await expect.poll(() => webPods(page)).toEqual([R, R, R]);

	// what-ifs this flow does not have, or a second ending, are listed and skipped
	await open(page, '/flows/node-failure?lang=en&then=fly,recover,out-of-service');
	const problems = page.getByTestId('input-problems');
	await expect(problems).toContainText('then=“fly” is not a what-if here');
	await expect(problems).toContainText('then=“out-of-service”: the link already ends the story');
});
