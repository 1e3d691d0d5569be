/**
 * The pod-creation flow’s YAML tab in the built app: the manifest kubectl run prints, edited
 * and applied (the flow plays again with the pod), a bad one refused in kubectl's words with
 * nothing played, what was answered kept while another tab is open, and Korean.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawnInside, open, status, watchConsole } from './helpers';

const editor = (page: Page) => page.getByRole('textbox', { name: 'pod.yaml' });
/** the tab's answer: what kubectl apply printed, in the tab's live region */
const answer = (page: Page) => page.locator('#panel-yaml [role="status"]');

async function write(page: Page, text: string) {
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(text);
}

/** Opens the YAML tab, writes the manifest and applies it. */
async function applyManifest(page: Page, text: string) {
	await page.getByRole('tab', { name: 'YAML' }).click();
	await write(page, text);
	await page.getByRole('button', { name: 'Apply: kubectl apply -f pod.yaml' }).click();
}

const POD = (image: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: ${image}
    resources:
      requests:
        cpu: 250m
${extra}`;

test('apply a manifest, change it, apply again: the flow plays each pod; a bad one plays nothing', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=9');
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(editor(page)).toContainText('apiVersion: v1');
	await expect(editor(page)).toContainText('run: nginx');

	await write(page, POD('nginx:1.26'));
	await page.getByRole('button', { name: 'Apply: kubectl apply -f pod.yaml' }).click();
	await expect(answer(page)).toContainText('pod/web created');
	// a new run from the first step, the link carrying the pod the flow plays
	await expect(status(page)).toHaveText(/^Step 1 of/);
	await expect(page).toHaveURL(/name=web/);
	await expect(page).toHaveURL(/image=nginx(:|%3A)1\.26/);
	await expect(page).toHaveURL(/cpu=250m/);

	// changed, with a node selector the flow plays and a field it does not: it says which
	await write(
		page,
		POD('nginx:1.27', '  hostname: web-0\n  nodeSelector:\n    kubernetes.io/hostname: node-3\n')
	);
	await editor(page).press('ControlOrMeta+Enter');
	await expect(answer(page)).toContainText('spec.hostname');
	await expect(answer(page)).not.toContainText('spec.nodeSelector');
	await expect(page).toHaveURL(/nodeSelector=kubernetes\.io%2Fhostname%3Dnode-3/);
	// nginx:1.27 is the default image: the link leaves it out
	await expect(page).not.toHaveURL(/image=/);
	// the scheduler's NodeAffinity filter leaves node-3 alone: the pod is bound there
	await page.getByRole('slider').press('End');
	await expect(status(page)).toHaveText(/^Step (\d+) of \1$/);
	await expect
		.poll(() => drawnInside(page, '[data-pod="default/web"]', 'svg.diagram g[data-node="node-3"]'))
		.toBe(true);

	// a misspelt field: the API server's strict decoding, and the flow stays as it was
	await write(page, POD('nginx:1.27').replace('image:', 'imagee:'));
	await page.getByRole('button', { name: 'Apply: kubectl apply -f pod.yaml' }).click();
	await expect(answer(page)).toContainText(
		'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"'
	);
	await expect(page).not.toHaveURL(/image=/);
	await expect(page).toHaveURL(/name=web/);

	// another tab and back: the answer and the text are still there
	await page.getByRole('tab', { name: 'etcd' }).click();
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(answer(page)).toContainText('unknown field "spec.containers[0].imagee"');
	await expect(editor(page)).toContainText('imagee: nginx:1.27');
	expect(errors).toEqual([]);
});

test('a scenario from the form: the pod on screen replaces text not edited, and the last answer goes', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?lang=en&step=3');
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(editor(page)).toContainText('image: nginx:1.27');
	await page.getByRole('button', { name: 'Apply: kubectl apply -f pod.yaml' }).click();
	await expect(answer(page)).toContainText('pod/nginx created');
	await page.locator('details.scenario > summary').click();
	await page.getByLabel('Image').fill('redis:7.2');
	await page.getByRole('button', { name: 'Apply scenario' }).click();
	await expect(page).toHaveURL(/image=redis(:|%3A)7\.2/);
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(editor(page)).toContainText('image: redis:7.2');
	await expect(answer(page)).not.toContainText('pod/nginx created');
});

test('Korean: the fields explained, the tool’s words as it prints them', async ({ page }) => {
	await open(page, '/flows/pod-creation?lang=ko&step=2');
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(page.getByText('오브젝트가 속한 API입니다.')).toBeVisible();
	await write(page, POD('nginx:1.27').replace('  name: web\nspec', '  name: Web\nspec'));
	await page.getByRole('button', { name: '적용: kubectl apply -f pod.yaml' }).click();
	await expect(answer(page)).toContainText(
		'The Pod "Web" is invalid: metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain'
	);
});

test('the manifest travels in the link: opened, it shows the same pod or the same refusal', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?lang=en&step=2');
	await applyManifest(page, POD('nginx:1.26', '  hostname: web-0\n'));
	// the manifest is in the address bar first, then the run's own parameters join it
	await expect(page).toHaveURL(/[?&]name=web&.*[?&]yaml=[A-Za-z0-9_-]+/);
	const played = page.url();
	const manifestParam = new URL(played).searchParams.get('yaml')!;

	// a link that carries only the manifest plays it and keeps it, on the YAML tab
	const bare = await page.context().newPage();
	await open(bare, `/flows/pod-creation?lang=en&yaml=${manifestParam}`);
	await expect(editor(bare)).toContainText('hostname: web-0');
	await expect(answer(bare)).toContainText('pod/web created');
	await expect(bare).toHaveURL(/[?&]name=web&.*[?&]yaml=[A-Za-z0-9_-]+/);
	await bare.close();

	const again = await page.context().newPage();
	await open(again, played.replace(/^https?:\/\/[^/]+/, ''));
	// the link opens on the YAML tab, the manifest in the editor, answered as it was
	await expect(editor(again)).toContainText('hostname: web-0');
	await expect(answer(again)).toContainText('pod/web created');
	await expect(answer(again)).toContainText('spec.hostname');

	// a refused one: the link carries it, and reopens the same refusal with nothing played
	await write(page, POD('nginx:1.26').replace('kind: Pod', 'kind: Podd'));
	await page.getByRole('button', { name: 'Apply: kubectl apply -f pod.yaml' }).click();
	await expect(answer(page)).toContainText('no matches for kind "Podd" in version "v1"');
	await expect(page).not.toHaveURL(new RegExp(played.split('yaml=')[1]));
	await expect(page).toHaveURL(/[?&]yaml=[A-Za-z0-9_-]+/);
	await open(again, page.url().replace(/^https?:\/\/[^/]+/, ''));
	await expect(answer(again)).toContainText('no matches for kind "Podd" in version "v1"');
	await expect(again).toHaveURL(/image=nginx(:|%3A)1\.26/);
});

test('a yaml= a link cannot hold is reported; one cut short says so in the tab; nothing changes', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?lang=en&yaml=%3Cb%3Ex');
	await expect(page.getByRole('alert')).toContainText('yaml=“<b>x” must be a manifest');
	await open(page, '/flows/pod-creation?lang=en&yaml=AAAA');
	await expect(answer(page)).toContainText('cannot be read');
	await expect(editor(page)).toContainText('name: nginx');
	// a flow without a YAML tab reads none
	await open(page, '/flows/service?lang=en&yaml=AAAA');
	await expect(page.getByRole('alert')).toContainText('this page has no parameter “yaml”');
});

test('a pod that names its node: no scheduler, and the kubelet rejects what its node does not match', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=2');
	await applyManifest(
		page,
		POD('nginx:1.27', '  nodeName: node-2\n  nodeSelector:\n    kubernetes.io/hostname: node-3\n')
	);
	await expect(answer(page)).toContainText('pod/web created');
	// played, not named as left out
	await expect(answer(page)).not.toContainText('spec.nodeName');
	await expect(page).toHaveURL(/nodeName=node-2/);
	await page.getByRole('slider').press('End');
	await expect(status(page)).toHaveText(/^Step 5 of 5$/);
	await expect(page.locator('#narration-title')).toContainText(
		'The kubelet on node-2 rejects the pod: NodeAffinity'
	);
	await page.getByRole('tab', { name: 'Scheduler' }).click();
	await expect(page.getByText('No scheduling cycle: the pod names its node')).toBeVisible();
	await page.getByRole('tab', { name: 'Terminal' }).click();
	const command = page.getByRole('textbox', { name: 'Command' });
	await command.fill('kubectl get pod web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText(/web\s+0\/1\s+NodeAffinity\s+0/);
	expect(errors).toEqual([]);
});

test('taints from the link, a toleration from the YAML: filtered out, then let on', async ({
	page
}) => {
	const errors = watchConsole(page);
	const all = ['node-1', 'node-2', 'node-3'].map((n) => `${n}:dedicated=gpu:NoSchedule`).join(',');
	await open(page, `/flows/pod-creation?lang=en&taints=${all}&step=6`);
	await expect(status(page)).toHaveText('Step 6 of 6');
	await expect(page.locator('#narration-title')).toContainText('FailedScheduling');
	await expect(page.locator('#narration')).toContainText('a taint is taken off a node');
	await page.getByRole('tab', { name: 'Scheduler' }).click();
	await expect(
		page.getByText('node(s) had untolerated taint {dedicated: gpu}').first()
	).toBeVisible();
	await page.getByRole('tab', { name: 'Terminal' }).click();
	const command = page.getByRole('textbox', { name: 'Command' });
	await command.fill('kubectl describe node node-2');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('Taints:             dedicated=gpu:NoSchedule');

	await applyManifest(
		page,
		POD(
			'nginx:1.27',
			'  tolerations:\n  - key: dedicated\n    operator: Equal\n    value: gpu\n    effect: NoSchedule\n'
		)
	);
	await expect(answer(page)).toContainText('pod/web created');
	await expect(answer(page)).not.toContainText('spec.tolerations');
	await expect(page).toHaveURL(/tolerations=dedicated%3Dgpu(:|%3A)NoSchedule/);
	// the taints stay: the run changed the pod, not the cluster
	await expect(page).toHaveURL(/taints=node-1/);
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration-title')).toContainText('web is Running on');
	expect(errors).toEqual([]);
});

test('two containers from the YAML: started one after another, a sidecar that exits loops alone, and the link carries it', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=9');
	await applyManifest(page, POD('nginx:1.27', '  - name: shell\n    image: busybox:1.36\n'));
	await expect(answer(page)).toContainText('pod/web created');
	await expect(page).toHaveURL(/moreContainers=shell%3Dbusybox(:|%3A)1\.36/);
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration-title')).toContainText('CrashLoopBackOff');
	await page.getByRole('slider').press('ArrowLeft');
	await expect(page.locator('#narration-title')).toContainText('shell exits at once');
	await expect(page.locator('#narration')).toContainText('READY is 1/2');
	await page.getByRole('tab', { name: 'Terminal' }).click();
	const command = page.getByRole('textbox', { name: 'Command' });
	await command.fill('kubectl get pods web');
	await command.press('Enter');
	// printPod: a Completed container beside a running one, the pod not Ready
	await expect(page.getByRole('log')).toContainText(/web +1\/2 +NotReady +0 /);
	await page.getByRole('slider').press('End');
	await command.fill('kubectl get pods web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText(/web +1\/2 +CrashLoopBackOff +1 \(/);
	await command.fill('kubectl logs web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('Defaulted container "web" out of: web, shell');
	await command.fill('kubectl logs web -c shell --previous');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('No log lines');

	// the link alone opens the same pod, in Korean
	await open(page, '/flows/pod-creation?lang=ko&moreContainers=log=nginx:9.9&step=15');
	await expect(page.locator('#narration')).toContainText('컨테이너 2개 중 두 번째인 log입니다');
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration')).toContainText('ImagePullBackOff');
	await page.getByRole('tab', { name: '터미널' }).click();
	const cmd = page.getByRole('textbox', { name: 'Command' });
	await cmd.fill('kubectl get pods nginx');
	await cmd.press('Enter');
	await expect(page.getByRole('log')).toContainText(/nginx +1\/2 +ImagePullBackOff/);
	await cmd.fill('kubectl logs nginx -c log');
	await cmd.press('Enter');
	await expect(page.getByRole('log')).toContainText(
		'Error from server (BadRequest): container "log" in pod "nginx" is waiting to start: trying and failing to pull image'
	);
	expect(errors).toEqual([]);
});

test('busybox with a command of its own keeps running; the YAML shows it and kubectl run writes it', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&image=busybox:1.36&args=sleep%203600&step=1');
	await expect(page.locator('#narration')).toContainText('running busybox:1.36');
	await page.getByRole('tab', { name: 'Terminal' }).click();
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration-title')).toContainText('nginx is Running on');
	const command = page.getByRole('textbox', { name: 'Command' });
	await command.fill('kubectl get pod nginx -o jsonpath={.spec.containers[0].args}');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('["sleep","3600"]');
	await page.getByRole('tab', { name: 'YAML' }).click();
	await expect(editor(page)).toContainText('- sleep');
	expect(errors).toEqual([]);
});

test('a first container of its own name: played with it, carried by the link, and what kubectl logs picks', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=9');
	await applyManifest(
		page,
		POD('nginx:1.27', '  - name: web\n    image: redis:7.2\n').replace('- name: web', '- name: app')
	);
	await expect(answer(page)).toContainText('pod/web created');
	// played, not left out
	await expect(answer(page)).not.toContainText('spec.containers[0].name');
	await expect(page).toHaveURL(/containerName=app/);
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration')).toContainText('READY 2/2');
	await page.getByRole('tab', { name: 'Terminal' }).click();
	const command = page.getByRole('textbox', { name: 'Command' });
	await command.fill('kubectl logs web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('Defaulted container "app" out of: app, web');

	// the link alone, in Korean: kubectl run cannot name the container, so a manifest is applied
	await open(page, '/flows/pod-creation?lang=ko&containerName=app&step=1');
	await expect(page.getByText('kubectl apply -f nginx.yaml')).toBeVisible();
	await page.getByRole('tab', { name: '터미널' }).click();
	await page.getByRole('slider').press('End');
	const cmd = page.getByRole('textbox', { name: 'Command' });
	await cmd.fill('kubectl get pod nginx -o jsonpath={.spec.containers[0].name}');
	await cmd.press('Enter');
	await expect(page.getByRole('log')).toContainText(/containers\[0\]\.name\}\s+app\s*$/);
	expect(errors).toEqual([]);
});

test('init containers from the YAML run first: Init:0/1, then PodInitializing, then Running; the link carries them', async ({
	page
}) => {
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?lang=en&step=9');
	await applyManifest(
		page,
		POD(
			'nginx:1.27',
			'  initContainers:\n  - name: wait\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 2"]\n'
		)
	);
	await expect(answer(page)).toContainText('pod/web created');
	await expect(answer(page)).not.toContainText('initContainers');
	await expect(page).toHaveURL(/initContainers=wait%3Dbusybox/);
	await page.getByRole('tab', { name: 'Terminal' }).click();
	const command = page.getByRole('textbox', { name: 'Command' });
	const slider = page.getByRole('slider');
	// step forward, one step at a time, until the init container has completed
	const title = page.locator('#narration-title');
	for (let i = 0; i < 30; i++) {
		const shown = (await title.textContent()) ?? '';
		if (shown.includes('Init container wait completed')) break;
		await slider.press('ArrowRight');
		await expect(title).not.toHaveText(shown);
	}
	await expect(page.locator('#narration-title')).toContainText('Init container wait completed');
	await expect(page.locator('#narration')).toContainText('Initialized turns True');
	await command.fill('kubectl get pods web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText(/web +0\/1 +PodInitializing +0 /);
	await slider.press('End');
	await command.fill('kubectl describe pod web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText('Init Containers:');
	await command.fill('kubectl logs web');
	await command.press('Enter');
	await expect(page.getByRole('log')).toContainText(
		'Defaulted container "web" out of: web, wait (init)'
	);

	// an init container that never ends, from the link, in Korean
	await open(page, '/flows/pod-creation?lang=ko&initContainers=wait=nginx:1.27&step=1');
	await page.getByRole('slider').press('End');
	await expect(page.locator('#narration-title')).toContainText('Init:0/1에 머뭅니다');
	await page.getByRole('tab', { name: '터미널' }).click();
	const cmd = page.getByRole('textbox', { name: 'Command' });
	await cmd.fill('kubectl get pods nginx');
	await cmd.press('Enter');
	await expect(page.getByRole('log')).toContainText(/nginx +0\/1 +Init:0\/1 +0 /);
	expect(errors).toEqual([]);
});
