import { expect, test } from '@playwright/test';
import { open, status } from './helpers';

test('a CPU request no node can hold ends in FailedScheduling', async ({ page }) => {
	await open(page, '/flows/pod-creation?cpu=8&lang=en');
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 6 of 6');
	const msg =
		'0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..';
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(/FailedScheduling/);
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('describe-events')).toContainText('FailedScheduling');
	await expect(page.getByTestId('describe-events')).toContainText(msg);
	await expect(page.getByTestId('get-pods')).toContainText(
		/nginx\s+0\/1\s+Pending\s+0\s+\S+\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES\s+<none>\s+<none>/,
		{ useInnerText: true }
	);
	await page.getByRole('tab', { name: 'Scheduler' }).click();
	await expect(page.locator('article[data-feasible="false"]')).toHaveCount(3);
	await expect(page.locator('[data-pod="default/nginx"]')).toHaveCount(0);
});

test('a link without a step opens on the first step of its own scenario, not the default one', async ({
	page
}) => {
	// requests need a manifest: the first step is kubectl apply, whose GET the default run lacks
	await open(page, '/flows/pod-creation?cpu=500m&lang=en');
	await expect(status(page)).toHaveText(/^Step 1 of/);
	await expect(page.locator('#narration')).toContainText('kubectl apply first GETs the pod');
	await open(page, '/flows/pod-creation?initContainers=wait=busybox:1.36&lang=ko');
	await expect(page.locator('#narration')).toContainText('kubectl apply는 먼저 파드를 GET 합니다');
});

test('an unknown image ends in ImagePullBackOff with the pod Pending', async ({ page }) => {
	await open(page, '/flows/pod-creation?image=nginx:9.9&lang=en');
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText(/Step 14 of 14/);
	await expect(page.locator('[data-pod="default/nginx"]')).toHaveAttribute('data-phase', 'Pending');
	await expect(page.locator('[data-pod="default/nginx"]')).toContainText('ImagePullBackOff');
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('get-pods')).toContainText(/nginx\s+0\/1\s+ImagePullBackOff/, {
		useInnerText: true
	});
	await expect(page.getByTestId('describe-events')).toContainText(
		'Back-off pulling image "nginx:9.9"'
	);
	await expect(page.getByTestId('describe-events')).toContainText('Error: ErrImagePull');
});

test('busybox with no command exits at once and ends in CrashLoopBackOff', async ({ page }) => {
	await open(page, '/flows/pod-creation?image=busybox:1.36&lang=en');
	await page.locator('body').press('End');
	await expect(status(page)).toHaveText('Step 16 of 16');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(/CrashLoopBackOff/);
	await expect(page.locator('[data-pod="default/nginx"]')).toHaveAttribute('data-phase', 'Running');
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('get-pods')).toContainText(
		/nginx\s+0\/1\s+CrashLoopBackOff\s+1 \(\d+s ago\)/,
		{ useInnerText: true }
	);
	await expect(page.getByTestId('describe-events')).toContainText(
		'Back-off restarting failed container nginx in pod nginx_default('
	);
	await page.getByRole('button', { name: 'Previous step' }).click();
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('get-pods')).toContainText(/nginx\s+0\/1\s+Completed\s+0/, {
		useInnerText: true
	});
});

test('the scenario form applies valid values and refuses bad ones without changing anything', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?lang=en');
	await page.getByText('Try a scenario').click();
	await page.getByLabel('CPU request', { exact: true }).fill('abc');
	await page.getByRole('button', { name: 'Apply scenario' }).click();
	await expect(page.getByRole('alert')).toContainText('cpu=“abc” is not a CPU quantity');
	await expect(page.locator('[data-actor^="kubelet@"]')).toHaveCount(3);
	await page.getByLabel('CPU request', { exact: true }).fill('500m');
	await page.getByLabel('Worker nodes', { exact: true }).fill('6');
	await page.getByRole('button', { name: 'Apply scenario' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('[data-actor^="kubelet@"]')).toHaveCount(6);
	await expect(status(page)).toHaveText('Step 1 of 15');
	await expect(page).toHaveURL(/nodes=6/);
	await expect(page).toHaveURL(/cpu=500m/);
});

test('the scenario control invites to try one and says what this run changes, never the raw link', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=4&lang=en');
	const summary = page.locator('details.scenario > summary');
	await expect(summary).toHaveText(/^Try a scenario\s+default values$/);
	await open(page, '/flows/pod-creation?nodes=5&cpu=8&step=2&lang=ko');
	await expect(summary).toHaveText(/^시나리오 바꿔 보기\s+지금 실행:\s+nodes=5 · cpu=8$/);
	await expect(summary).not.toContainText('step=');
	await expect(summary).not.toContainText('lang=');
});
