/**
 * The Terminal tab in the built app: commands answered at the step on screen, the last answer
 * following the step as the person steps back, a link that opens a step with a command answered,
 * the address bar carrying the command, Korean, and a bad `cmd=` in a link.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, status, watchConsole } from './helpers';

const terminalTab = (page: Page, name = 'Terminal') => page.getByRole('tab', { name });
const commandBox = (page: Page, name = 'Command') => page.getByRole('textbox', { name });
const log = (page: Page) => page.getByRole('log');

async function run(page: Page, line: string, name = 'Command') {
	await commandBox(page, name).fill(line);
	await commandBox(page, name).press('Enter');
}

/** the last step's number, read from the step status (`Step N of M`) */
async function lastStep(page: Page): Promise<number> {
	return Number((await status(page).textContent())!.match(/of (\d+)/)![1]);
}

test('pod creation: kubectl and etcdctl read the cluster at the step on screen, and follow it back', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=15');
	await terminalTab(page).click();
	await run(page, 'kubectl get pods -o wide');
	await expect(log(page)).toContainText(
		'[step 15 · follows the step on screen] $ kubectl get pods -o wide'
	);
	await expect(log(page)).toContainText(
		/nginx +1\/1 +Running +0 +\d+s +10\.244\.\d+\.\d+ +node-\d/
	);

	// step back to before the scheduler bound it: the same command now answers Pending, no node
	for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(status(page)).toHaveText(/^Step 6 of/);
	await expect(log(page)).toContainText(/nginx +0\/1 +Pending +0 +\d+s +<none> +<none>/);

	await run(page, 'etcdctl get /registry/pods/default/ --prefix --keys-only');
	await expect(log(page)).toContainText('[step 6] $ kubectl get pods -o wide');
	await expect(log(page)).toContainText('/registry/pods/default/nginx');
	await expect(log(page)).toContainText('--cacert=/etc/kubernetes/pki/etcd/ca.crt');

	// another tab and back: what the terminal printed is still there
	await page.getByRole('tab', { name: 'etcd' }).click();
	await terminalTab(page).click();
	await expect(log(page)).toContainText('[step 6] $ kubectl get pods -o wide');

	// the address bar carries the command: the link reopens this view with it answered
	await expect(page).toHaveURL(
		/cmd=etcdctl\+get\+%2Fregistry%2Fpods%2Fdefault%2F\+--prefix\+--keys-only/
	);
	expect(errors).toEqual([]);
});

test('a watch prints a row for each write as the person steps forward', async ({ page }) => {
	await open(page, '/flows/pod-creation?lang=en&step=3&cmd=kubectl+get+pod+nginx+-w');
	await expect(log(page)).toContainText(
		/NAME +READY +STATUS +RESTARTS +AGE\s*nginx +0\/1 +Pending/
	);
	const rows = log(page).locator('pre', { hasText: /^nginx / });
	const before = await rows.count();
	for (let step = 4; step <= 8; step++) {
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(status(page)).toHaveText(new RegExp(`^Step ${step} of`));
	}
	await expect.poll(() => rows.count()).toBeGreaterThan(before);
	await expect(log(page)).toContainText(/nginx +0\/1 +Pending +0 +\d+s/);
});

test('a link opens a step with its command answered in the Terminal tab', async ({ page }) => {
	await open(page, '/flows/pod-creation?lang=en&step=3&cmd=kubectl+get+pod+nginx+-o+yaml');
	await expect(terminalTab(page)).toHaveAttribute('aria-selected', 'true');
	await expect(log(page)).toContainText('$ kubectl get pod nginx -o yaml');
	await expect(log(page)).toContainText('kind: Pod');
	await expect(log(page)).toContainText('phase: Pending');
});

test('the Service flow: the Service it creates, its EndpointSlice, and Tab completion', async ({
	page
}) => {
	await open(page, '/flows/service?lang=en&step=200');
	const last = await lastStep(page);
	await open(page, `/flows/service?lang=en&step=${last}`);
	await terminalTab(page).click();
	await run(page, 'kubectl get svc,endpointslices');
	await expect(log(page)).toContainText(
		/service\/web +ClusterIP +10\.\d+\.\d+\.\d+ +<none> +80\/TCP/
	);
	await expect(log(page)).toContainText(
		/endpointslice\.discovery\.k8s\.io\/web-\w+ +IPv4 +\d+ +10\.244\./
	);
	await commandBox(page).fill('kubectl get deplo');
	await commandBox(page).press('Tab');
	await expect(commandBox(page)).toHaveValue('kubectl get deployments ');
	await commandBox(page).press('Enter');
	await expect(log(page)).toContainText(/web +\d+\/\d+ +\d+ +\d+ +\d+/);
	await run(page, 'kubectl describe deploy web');
	await expect(log(page)).toContainText(
		'RollingUpdateStrategy:  25% max unavailable, 25% max surge'
	);
	await expect(log(page)).toContainText(/NewReplicaSet: +web-\w+ \(\d+\/\d+ replicas created\)/);
	// a suggested command is a button
	await page.getByRole('group', { name: 'Try at this step' }).getByRole('button').first().click();
	await expect(log(page)).toContainText('[step');
});

test('Korean: 터미널, and the tools print as they print everywhere', async ({ page }) => {
	await open(page, '/flows/pod-creation?lang=ko&step=15');
	await terminalTab(page, '터미널').click();
	await run(page, 'kubectl get nodes', '명령');
	await expect(log(page)).toContainText('[15단계 · 화면의 단계를 따라갑니다] $ kubectl get nodes');
	await expect(log(page)).toContainText(/node-1 +Ready +<none> +3d +v1\.34\.0/);
	await run(page, 'kubectl apply -f pod.yaml', '명령');
	await expect(log(page)).toContainText('YAML 탭이 매니페스트를 적용합니다');
	await run(page, 'kubectl delete pod nginx', '명령');
	await expect(log(page)).toContainText('kubectl delete 명령은 클러스터를 바꿉니다');
});

test('a bad cmd= in a link is reported and answers nothing', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=4&cmd=kubectl%0Adelete');
	await expect(page.getByText(/cmd=“kubectl\s*delete” must be one command line/)).toBeVisible();
	await terminalTab(page).click();
	await expect(log(page)).toHaveText('');
	expect(errors).toEqual([]);
});

test('etcd as a CKA candidate meets it: protobuf values, a put with its history, a snapshot saved and read back', async ({
	page
}) => {
	const errors = watchConsole(page);
	const tls =
		'--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key';
	await open(page, '/flows/pod-creation?lang=en&step=15');
	await terminalTab(page).click();
	await run(page, `etcdctl ${tls} get /registry/pods/default/nginx -w fields`);
	await expect(log(page)).toContainText('"Value" : "k8s\\x00\\n\\t\\n\\x02v1\\x12\\x03Pod\\x12');
	await run(page, `etcdctl ${tls} put greeting hello`);
	await run(page, `etcdctl ${tls} put greeting hi`);
	await expect(log(page)).toContainText(/put greeting hi\s*OK/);
	// the first put took the revision after the step's: reading it there gives the first value
	await run(page, `etcdctl ${tls} get greeting -w json`);
	const json = JSON.parse(
		(await log(page)
			.locator('pre', { hasText: /^\{"header"/ })
			.last()
			.textContent())!
	);
	const first = json.kvs[0].mod_revision - 1;
	await run(page, `etcdctl ${tls} get greeting --rev ${first}`);
	await expect(log(page).locator('pre').last()).toHaveText('hello');
	// a write is not carried by the link
	await expect(page).not.toHaveURL(/cmd=etcdctl\+.*put/);

	await run(page, `ETCDCTL_API=3 etcdctl ${tls} snapshot save /opt/snapshot-pre-boot.db`);
	await expect(log(page)).toContainText('Snapshot saved at /opt/snapshot-pre-boot.db');
	await run(page, 'etcdutl snapshot status /opt/snapshot-pre-boot.db -w table');
	await expect(log(page)).toContainText(/\| +HASH +\| REVISION \| TOTAL KEYS \| TOTAL SIZE \|/);
	expect(errors).toEqual([]);
});

test('the exam’s field picks: jsonpath with range, custom columns, a sort and a field selector, following the step', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=15');
	await terminalTab(page).click();
	await run(
		page,
		`kubectl get pods --field-selector spec.nodeName!=node-9 --sort-by=.metadata.name -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}'`
	);
	await expect(log(page)).toContainText(/nginx\tRunning/);
	// before the create, the same command lists no nginx
	for (let i = 0; i < 13; i++) await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(status(page)).toHaveText(/^Step 2 of/);
	await expect(log(page).locator('pre').last()).not.toContainText('nginx');
	await run(page, 'kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName');
	await expect(log(page)).toContainText(/NAME +NODE\s+api-\S+ +node-\d/);
	await run(page, 'kubectl get pods --field-selector foo=bar');
	await expect(log(page)).toContainText('field label not supported: foo');
	expect(errors).toEqual([]);
});
