import { expect, test, type Page } from '@playwright/test';
import { actor, messages, open, status, watchConsole } from './helpers';

const rules = (page: Page) => page.getByRole('region', { name: 'iptables rules' });

/** The chosen node's tables as the panel shows them (restore format), line by line. */
async function tableOf(page: Page, node: string): Promise<string[]> {
	await rules(page).getByRole('group', { name: 'Node' }).locator(`[data-value="${node}"]`).click();
	return rules(page)
		.locator('[data-rule-id]:not([data-change="removed"])')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id') ?? ''));
}

test('a Service comes to life: fan-out, the same rules everywhere, a packet DNATed', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/service?lang=en&step=1');
	await expect(status(page)).toHaveText('Step 1 of 12');
	expect(await messages(page)).toContain(
		'kubectl→kube-apiserver POST /api/v1/namespaces/default/services'
	);

	// The EndpointSlice reaches every node's kube-proxy in one fan-out.
	await page.locator('body').press('Home');
	for (let i = 0; i < 7; i++) await page.locator('body').press('ArrowRight');
	await expect(status(page)).toHaveText('Step 8 of 12');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('all 3 kube-proxies');
	await expect
		.poll(async () => (await messages(page)).filter((m) => m.includes('→kube-proxy@')).length)
		.toBe(3);
	// the etcd panel shows the object written last: the EndpointSlice
	await page.getByRole('tab', { name: 'etcd' }).click();
	await expect(page.getByRole('tabpanel')).toContainText('/registry/endpointslices/default/web-');
	await expect(page.getByRole('tabpanel')).toContainText('kubernetes.io/service-name: web');

	// After the sync every kube-proxy is synced and every node's table is the same.
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(status(page)).toHaveText('Step 9 of 12');
	for (const n of ['node-1', 'node-2', 'node-3'])
		await expect(actor(page, `kube-proxy@${n}`)).toHaveAttribute('data-state', 'synced', {
			timeout: 15_000
		});
	await page.getByRole('tab', { name: 'iptables' }).click();
	const first = await tableOf(page, 'node-1');
	expect(first.some((id) => id.includes('KUBE-SVC-'))).toBe(true);
	expect(await tableOf(page, 'node-2')).toEqual(first);
	expect(await tableOf(page, 'node-3')).toEqual(first);

	// The packet's DNAT target is one of the EndpointSlice's addresses. (→ still steps the player
	// with the focus on a node button.)
	await page.keyboard.press('ArrowRight');
	await expect(status(page)).toHaveText('Step 10 of 12');
	const summary = page.getByTestId('packet-summary');
	await expect(summary).toContainText(/10\.244\.\d+\.\d+:8080/, { timeout: 15_000 });
	const target = (await summary.textContent())!.match(/10\.244\.\d+\.\d+:8080/)![0];
	await page.getByRole('tab', { name: 'etcd' }).click();
	const ip = target.split(':')[0];
	const backends = await page
		.locator('[data-pod^="default/web-"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-ip')));
	expect(backends).toContain(ip);
	expect(await messages(page)).toContainEqual(
		expect.stringMatching(/^pod:default\/client→node:node-3 SYN/)
	);
	// the packet goes into node-3's kernel (netfilter, conntrack), the strip that lights up
	await expect(page.locator('[data-kernel="node-3"]')).toHaveAttribute('data-active', 'true');
	await expect(page.locator('[data-kernel="node-1"]')).toContainText('kernel · netfilter');
	expect(errors).toEqual([]);
});

test('scaling down removes exactly that endpoint’s chains on every node', async ({ page }) => {
	const nodes = ['node-1', 'node-2', 'node-3'];
	const webIps = () =>
		page.locator('[data-pod^="default/web-"]').evaluateAll((els) => els.map((e) => e.dataset.ip));
	/** the DNAT targets of each node's KUBE-SEP chains, node by node */
	async function targets(): Promise<string[][]> {
		const out: string[][] = [];
		for (const node of nodes)
			out.push(
				(await tableOf(page, node)).flatMap((id) => /--to-destination (\S+)/.exec(id)?.[1] ?? [])
			);
		return out;
	}

	await open(page, '/flows/service?lang=en&then=scale:2&step=12');
	await page.getByRole('tab', { name: 'iptables' }).click();
	const before = await targets();
	const ipsBefore = await webIps();
	await page.getByRole('button', { name: 'Restart' }).focus();
	await page.keyboard.press('End');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('resync');
	await expect(page.locator('[data-pod^="default/web-"]')).toHaveCount(2);
	const ipsAfter = await webIps();
	const gone = ipsBefore.filter((ip) => !ipsAfter.includes(ip));
	expect(gone).toHaveLength(1);
	await page.getByRole('tab', { name: 'iptables' }).click();
	const after = await targets();
	for (const [i, node] of nodes.entries()) {
		// the deleted pod's endpoint is the only one missing, on every node
		expect(
			before[i].filter((t) => !after[i].includes(t)),
			node
		).toEqual([`${gone[0]}:8080`]);
		expect(after[i]).toHaveLength(before[i].length - 1);
	}
});

test('the what-if bar scales from the page and the link keeps it', async ({ page }) => {
	await open(page, '/flows/service?lang=en&step=12');
	await page.getByLabel('Scale to').fill('1');
	await page.getByRole('button', { name: 'Scale', exact: true }).click();
	// it plays the what-if at once; the address bar follows once the player rests
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page).toHaveURL(/then=scale%3A1|then=scale:1/);
	await page.locator('body').press('End');
	await expect(page.locator('[data-pod^="default/web-"]')).toHaveCount(1);
});

test('zero replicas: the packet is refused by the REJECT rule', async ({ page }) => {
	await open(page, '/flows/service?lang=en&replicas=0');
	await page.locator('body').press('End');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('Connection refused');
	await expect(page.getByTestId('packet-summary')).toContainText('REJECT');
});

test('bad parameters are explained and change nothing', async ({ page }) => {
	const errors = watchConsole(page);
	await open(
		page,
		'/flows/service?lang=en&nodes=99&replicas=-1&name=Bad_Name&port=70000&then=fly,scale:99&step=x'
	);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('nodes=“99”');
	await expect(alert).toContainText('replicas=“-1”');
	await expect(alert).toContainText('not a valid Service name');
	await expect(alert).toContainText('port=“70000”');
	await expect(alert).toContainText('then=“fly”');
	await expect(alert).toContainText('then=“scale:99”');
	await expect(status(page)).toHaveText('Step 1 of 12');
	await expect(page.locator('[data-actor^="kube-proxy@"]')).toHaveCount(3);
	await expect(page.locator('[data-pod^="default/web-"]')).toHaveCount(3);
	expect(errors).toEqual([]);
});

test('the Service flow reads in Korean', async ({ page }) => {
	await open(page, '/flows/service?lang=ko&step=9');
	await expect(status(page)).toHaveText('9 / 12 단계');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('같은 규칙');
});

test("once playing, the iptables tab's code is fetched while the page is idle, and nothing is rendered with it", async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/service?lang=en');
	const fetched = () =>
		page.evaluate(() =>
			performance.getEntriesByType('resource').some((e) => e.name.includes('IptablesPanel'))
		);
	// the first load carries only what the page shows
	await page.waitForLoadState('networkidle');
	expect(await fetched()).toBe(false);
	await page.getByRole('button', { name: 'Play' }).click();
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect.poll(fetched, { timeout: 10_000 }).toBe(true);
	// the page does not show it yet: the etcd tab is open and no rule table is in the document
	await expect(page.getByRole('tab', { name: 'etcd' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('[data-table]')).toHaveCount(0);
	// the step that opens the tab shows its rules
	await page.getByRole('tab', { name: 'iptables' }).click();
	await expect(page.locator('[data-table]').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('a what-if played before the end asks before skipping the steps not seen, and can be taken out again', async ({
	page
}) => {
	await open(page, '/flows/service?step=1&lang=en');
	const bar = page.getByTestId('action-bar');
	const summary = page.locator('details.scenario > summary');
	await bar.getByRole('button', { name: 'Add a node' }).click();
	const dialog = page.getByRole('dialog', { name: 'Skip the steps not played yet?' });
	await expect(dialog).toContainText('skips the 11 steps you have not seen');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(status(page)).toHaveText('Step 1 of 12');
	await expect(summary).toContainText('default values');
	await bar.getByRole('button', { name: 'Add a node' }).click();
	await dialog.getByRole('button', { name: 'Skip them and play the what-if' }).click();
	await expect(summary).toContainText('then=add-node');
	await expect(status(page)).toHaveText(/^Step 1[3-9] of \d+$/);
	const list = page.getByTestId('what-if-list');
	await expect(list.getByRole('listitem')).toHaveText([/^add node\s*×$/]);
	await list.getByRole('button', { name: 'Remove the what-if “add node”' }).click();
	await expect(summary).toContainText('default values');
	await expect(status(page)).toHaveText('Step 12 of 12');
	await expect(list).toHaveCount(0);
});

test('the Sources tab names where the ClusterIP is allocated, in Korean too', async ({ page }) => {
	await open(page, '/flows/service?lang=ko&step=2');
	await page.getByRole('tab', { name: '출처' }).click();
	await expect(
		page
			.getByTestId('step-sources')
			.getByRole('link', { name: 'pkg/registry/core/service/ipallocator/ipallocator.go' })
	).toHaveAttribute(
		'href',
		'https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/service/ipallocator/ipallocator.go'
	);
});
