/**
 * Bad input on every surface a person can type into: both flows' URL parameters, the scenario
 * forms, the what-if bar and the remembered language. Each bad value gets a clear message and
 * changes nothing (the default, or the scenario already on screen, stays: as drawn and as the
 * address bar says), is never rendered as HTML, and throws nothing to the console.
 * The parsers' edge cases are unit-tested in scenario.spec.ts; here is what needs a browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { next, open, status, watchConsole } from './helpers';

// Payloads that would set the flag, or open a dialog, if they were ever run as HTML.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const ALERT = '<img src=x onerror=alert(1)>';
const enc = encodeURIComponent;
const kubelets = (page: Page) => page.locator('[data-actor^="kubelet@"]');
/** The address bar's path and query. */
const address = (page: Page) => {
	const u = new URL(page.url());
	return u.pathname + u.search;
};

/** Collects console errors, uncaught exceptions and dialogs; `clean()` also looks for payloads that ran. */
function guard(page: Page) {
	const errors = watchConsole(page);
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return async () => {
		expect(errors).toEqual([]);
		const found = await page.evaluate(() => ({
			ran: (window as { __pwned?: number }).__pwned ?? 0,
			elements: document.querySelectorAll('img[src="x"], [onerror]').length,
			scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length
		}));
		expect(found).toEqual({ ran: 0, elements: 0, scripts: 0 });
	};
}

interface Flow {
	path: string;
	total: number;
	/** in the step-1 heading: the subject's default name */
	name: string;
}
const POD: Flow = { path: '/flows/pod-creation', total: 15, name: 'nginx' };
const SERVICE: Flow = { path: '/flows/service', total: 12, name: 'web' };

interface UrlCase {
	q: string;
	/** what the alert must say (each a substring) */
	says: string[];
	/** the query the address bar settles on: what is really in use (default ?lang=en) */
	search?: string;
	step?: number;
	total?: number;
	nodes?: number;
	/** the status text, when not English */
	status?: string;
}
const c = (q: string, says: string | string[], rest: Omit<UrlCase, 'q' | 'says'> = {}) => ({
	q,
	says: [says].flat(),
	...rest
});

/** Opens each link in turn in one page and checks what the person sees. */
async function check(page: Page, flow: Flow, cases: UrlCase[]) {
	const clean = guard(page);
	for (const k of cases) {
		await test.step(k.q.length > 90 ? `${k.q.slice(0, 90)}…` : k.q, async () => {
			await open(page, `${flow.path}?${k.q}`);
			const alert = page.getByTestId('input-problems');
			await expect(alert).toHaveAttribute('role', 'alert');
			for (const s of k.says) await expect(alert).toContainText(s);
			const step = k.step ?? 1;
			const total = k.total ?? flow.total;
			await expect(status(page)).toHaveText(k.status ?? `Step ${step} of ${total}`);
			await expect(kubelets(page)).toHaveCount(k.nodes ?? 3);
			if (step === 1)
				await expect(page.getByRole('heading', { level: 2 })).toContainText(
					new RegExp(`\\b${flow.name}\\b`)
				);
			await expect.poll(() => address(page)).toBe(`${flow.path}${k.search ?? '?lang=en'}`);
			await clean();
		});
	}
}

const nodesRange = 'must be a whole number from 1 to 50';
const nodes50 = `${nodesRange} — using 3`;

test.describe('pod-creation URL parameters', () => {
	test('malformed, negative, out-of-range and huge numbers', async ({ page }) => {
		await check(page, POD, [
			...['0', '51', '-1', 'abc', '1.5', '1e3', '', '0x10', '99999999999999999999', '1e309'].map(
				(v) => c(`nodes=${v}`, `nodes=“${v}” ${nodes50}`)
			),
			c('nodes=%20%20', `nodes=“ ” ${nodes50}`),
			...['abc', '0', '-1', '1.5', '1e309'].map((v) =>
				c(`step=${v}`, `step=“${v}” must be a whole number from 1 to 15 — using 1`)
			),
			...['999', '99999999999999999999'].map((v) =>
				c(`step=${v}`, `step=“${v}” must be a whole number from 1 to 15 — using 15`, {
					step: 15,
					search: '?step=15&lang=en'
				})
			)
		]);
	});

	test('invalid quantities, names, images, seeds and languages', async ({ page }) => {
		const cpu =
			'is not a CPU quantity (e.g. 250m, 0.5, 2): whole millicores, at most 1000000 cores — using none';
		const memory = 'is not a memory quantity (e.g. 128Mi, 1Gi, 500M): at most 8Pi — using none';
		const podName = 'is not a valid pod name: lowercase letters';
		await check(page, POD, [
			...['abc', '-1', '-250m', '1e3', '1.5m', '99999999999999999999'].map((v) =>
				c(`cpu=${v}`, `cpu=“${v}” ${cpu}`)
			),
			...['1Zi', '-1Gi', '1e3'].map((v) => c(`memory=${v}`, `memory=“${v}” ${memory}`)),
			...['Bad_Name', 'Nginx', 'web.1', 'x-'].map((v) =>
				c(`name=${v}`, [`name=“${v}” ${podName}`, '— using nginx'])
			),
			c(`name=${'a'.repeat(64)}`, `name=“${'a'.repeat(40)}… (64 characters)” ${podName}`),
			c(
				'image=NGINX!!',
				'image=“NGINX!!” is not a valid image reference (e.g. nginx:1.27) — using nginx:1.27'
			),
			c('seed=a%20b', "seed=“a b” must be 1–32 letters, digits, '-' or '_' — using kubestep"),
			c('lang=xx', 'lang=“xx” must be ko or en — using English'),
			c('lang=KO', 'lang=“KO” must be ko or en — using English')
		]);
	});

	test('names and values carrying HTML or script are shown as text, never run', async ({
		page
	}) => {
		await check(page, POD, [
			c(`name=${enc(ALERT)}`, `name=“${ALERT}” is not a valid pod name`),
			c(`name=${enc(SCRIPT)}`, `name=“${SCRIPT}” is not a valid pod name`),
			c(`image=${enc(IMG)}`, `image=“${IMG}” is not a valid image reference`),
			c(`seed=${enc(SCRIPT)}`, `seed=“${SCRIPT}” must be 1–32 letters`),
			c(`cpu=${enc(IMG)}`, `cpu=“${IMG}” is not a CPU quantity`),
			c(`memory=${enc(SCRIPT)}`, `memory=“${SCRIPT}” is not a memory quantity`),
			c(`nodes=${enc(ALERT)}`, `nodes=“${ALERT}” ${nodes50}`),
			c(`step=${enc(IMG)}`, `step=“${IMG}” must be a whole number`),
			c(`lang=${enc(SCRIPT)}`, `lang=“${SCRIPT}” must be ko or en`),
			c(`${enc(ALERT)}=1`, `${ALERT}=“1”: this page has no parameter “${ALERT}”`)
		]);
	});

	test('a node name, tolerations, taints and containers that are not ones, or that the cluster cannot take', async ({
		page
	}) => {
		await check(page, POD, [
			c('nodeName=Node_1', 'nodeName=“Node_1” is not a valid node name'),
			c(`nodeName=${enc(IMG)}`, `nodeName=“${IMG}” is not a valid node name`),
			c('tolerations=a:b:NoSchedule', 'tolerations=“a:b:NoSchedule” is not a toleration'),
			c('taints=node-2:dedicated', [
				'taints=“node-2:dedicated” is not a taint',
				'node-2:dedicated=gpu:NoSchedule'
			]),
			c(`taints=${enc(SCRIPT)}`, `taints=“${SCRIPT}” is not a taint`),
			c('containerName=Web', 'containerName=“Web” is not a valid container name'),
			c(`containerName=${enc(SCRIPT)}`, `containerName=“${SCRIPT}” is not a valid container name`),
			c('moreContainers=Log=busybox', 'moreContainers=“Log=busybox” is not a container'),
			c(`moreContainers=${enc(SCRIPT)}`, `moreContainers=“${SCRIPT}” is not a container`),
			// well formed, but named as the pod's first container: kept in the link, left out of the run
			c('moreContainers=nginx=redis:7.2', 'the pod already has a container with this name', {
				search: '?moreContainers=nginx%3Dredis:7.2&lang=en'
			}),
			// well formed, but for a node the cluster lacks: kept in the link, skipped by the run
			c(
				'taints=node-7:dedicated=gpu:NoSchedule',
				'taints=“node-7:dedicated=gpu:NoSchedule”: the cluster has 3 nodes',
				{
					search: '?taints=node-7:dedicated%3Dgpu:NoSchedule&lang=en'
				}
			)
		]);
	});

	test('repeated, unknown, very long and very many parameters', async ({ page }) => {
		const reads =
			'(it reads nodes, name, containerName, image, cpu, memory, cpuLimit, memoryLimit, command, args, labels, nodeSelector, nodeName, tolerations, moreContainers, initContainers, taints, seed, step, lang, text, view, room, embed, checkpoints, cmd, yaml) — ignored';
		await check(page, POD, [
			c('nodes=5&nodes=7', ['nodes is given more than once (“5”, “7”)', '— using 3']),
			c('step=3&step=4', ['step is given more than once (“3”, “4”)', '— using 1']),
			c('lang=ko&lang=en', ['lang is given more than once (“ko”, “en”)', '— using English']),
			c('foo=bar', `foo=“bar”: this page has no parameter “foo” ${reads}`),
			// a typo must not pass for the default without a word, nor spoil what is right
			c('node=5&nodes=4', 'node=“5”: this page has no parameter “node”', {
				nodes: 4,
				search: '?nodes=4&lang=en'
			}),
			c(`name=${'x'.repeat(3000)}`, `name=“${'x'.repeat(40)}… (3000 characters)”`),
			c(Array.from({ length: 10 }, (_, i) => `p${i}=${i}`).join('&'), [
				'p7=“7”: this page has no parameter “p7”',
				'… and 2 more'
			]),
			// and in Korean
			c('lang=ko&nodes=0', 'nodes=“0”: 1부터 50까지의 정수여야 합니다 — 대신 3 사용', {
				status: '1 / 15 단계',
				search: '?lang=ko'
			}),
			c('lang=ko&foo=1', 'foo=“1”: 이 페이지에는 “foo” 매개변수가 없습니다', {
				status: '1 / 15 단계',
				search: '?lang=ko'
			})
		]);
		await expect(page.getByTestId('input-problems')).toContainText('— 무시함');
	});

	test('the message can be dismissed, and the player keeps working', async ({ page }) => {
		await open(page, `${POD.path}?nodes=0&step=1&lang=en`);
		await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await next(page, 2, 15);
	});
});

test.describe('Service URL parameters', () => {
	test('malformed, negative, out-of-range and huge numbers', async ({ page }) => {
		const ports = (f: string, v: string, d: number) =>
			c(`${f}=${v}`, `${f}=“${v}” must be a whole number from 1 to 65535 — using ${d}`);
		await check(page, SERVICE, [
			...['0', '51', 'abc'].map((v) => c(`nodes=${v}`, `nodes=“${v}” ${nodes50}`)),
			...['-1', '51', 'abc', '1e3', ''].map((v) =>
				c(`replicas=${v}`, `replicas=“${v}” must be a whole number from 0 to 50 — using 3`)
			),
			...['0', '65536', '-80', '0x50', '1e309'].map((v) => ports('port', v, 80)),
			...['1.5', '', 'http', '99999999999999999999'].map((v) => ports('targetPort', v, 8080)),
			c('step=999', 'step=“999” must be a whole number from 1 to 12 — using 12', {
				step: 12,
				search: '?step=12&lang=en'
			})
		]);
	});

	test('invalid names, HTML and script', async ({ page }) => {
		const svcName = 'is not a valid Service name: lowercase letters';
		await check(page, SERVICE, [
			// DNS-1035: unlike a pod's name, a Service's must start with a letter
			...['Web', 'web_1', '1web', '-web', ''].map((v) =>
				c(`name=${v}`, [`name=“${v}” ${svcName}`, '— using web'])
			),
			c(`name=${'a'.repeat(64)}`, `name=“${'a'.repeat(40)}… (64 characters)” ${svcName}`),
			c('name=kubernetes', [
				'name=“kubernetes”: every cluster already has Service default/kubernetes',
				'— using web'
			]),
			c(`name=${enc(ALERT)}`, `name=“${ALERT}” ${svcName}`),
			c(`name=${enc(SCRIPT)}`, `name=“${SCRIPT}” ${svcName}`),
			c(`seed=${enc(IMG)}`, `seed=“${IMG}” must be 1–32 letters`),
			c(
				'replica=2',
				'replica=“2”: this page has no parameter “replica” (it reads nodes, replicas, port, targetPort, name, seed, then, step, lang, text, view, room, embed, checkpoints, cmd)'
			)
		]);
	});

	test('bad what-ifs in then= are skipped, the good ones kept', async ({ page }) => {
		const whatIf =
			'is not a what-if: use scale:N (0–50), delete:<pod name>, add-node or packet — skipped';
		await check(page, SERVICE, [
			...[
				'fly',
				'scale:51',
				'scale:abc',
				'scale:-1',
				'packet:1',
				'delete:',
				`delete:${SCRIPT}`
			].map((v) => c(`then=${enc(v)}`, `then=“${v}” ${whatIf}`)),
			c('then=scale:1,fly', `then=“fly” ${whatIf}`, { total: 20, search: '?then=scale:1&lang=en' }),
			c(
				`then=${Array(9).fill('packet').join(',')}`,
				'then=“packet”: at most 8 what-ifs in one link — skipped',
				{ total: 36, search: `?then=${Array(8).fill('packet').join(',')}&lang=en` }
			),
			// well-formed, but impossible at their point in the run: played as skipped, still linked
			c(
				'then=delete:nope',
				'then=“delete:nope”: there is no running backend pod with that name at that point — skipped',
				{ search: '?then=delete:nope&lang=en' }
			),
			c(
				'nodes=50&then=add-node',
				'then=“add-node”: the cluster already has 50 nodes, the most this app simulates — skipped',
				{ nodes: 50, search: '?nodes=50&then=add-node&lang=en' }
			),
			c('then=packet&then=add-node', [
				'then is given more than once (“packet”, “add-node”)',
				'— using none'
			])
		]);
	});
});

interface FieldCase {
	label: string;
	value: string;
	says: string;
}

/** The scenario on screen, as the page shows it. */
async function shown(page: Page) {
	return {
		address: address(page),
		status: await status(page).textContent(),
		kubelets: await kubelets(page).count(),
		heading: await page.getByRole('heading', { level: 2 }).textContent()
	};
}

/**
 * Opens a scenario, then types each bad value into the Scenario form and submits it (by the
 * button and by Enter, in turn): the form says what is wrong next to the field, and nothing of
 * the scenario on screen changes.
 */
async function refuseAll(page: Page, link: string, formId: string, cases: FieldCase[]) {
	const clean = guard(page);
	await open(page, link);
	await expect.poll(() => address(page)).toBe(link);
	const before = await shown(page);
	await page.locator('details.scenario > summary').click();
	const form = page.getByTestId(formId);
	for (const [i, k] of cases.entries()) {
		await test.step(`${k.label} = ${k.value}`, async () => {
			const input = form.getByLabel(k.label, { exact: true });
			const valid = await input.inputValue();
			await input.fill(k.value);
			if (i % 2) await input.press('Enter');
			else await form.getByRole('button', { name: 'Apply scenario' }).click();
			const alert = form.getByRole('alert');
			await expect(alert).toContainText('Nothing was applied');
			await expect(alert).toContainText(k.says);
			await expect(input).toHaveAttribute('aria-invalid', 'true');
			await expect(input).toBeFocused();
			// the message is the field's description, read with it
			const description = await input.evaluate((el) =>
				(el.getAttribute('aria-describedby') ?? '')
					.split(' ')
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			);
			expect(description).toContain(k.says);
			expect(await shown(page)).toEqual(before);
			await clean();
			await input.fill(valid);
		});
	}
}

test.describe('scenario forms and the what-if bar', () => {
	test('the pod-creation form refuses bad values and keeps the scenario', async ({ page }) => {
		await refuseAll(page, `${POD.path}?nodes=4&step=3&lang=en`, 'scenario-form', [
			// an emptied number field is empty in the message too (it once said “null”)
			...['', '0', '-1', '1.5', '1e3', '99999999999999999999'].map((v) => ({
				label: 'Worker nodes',
				value: v,
				says: `nodes=“${v}” ${nodesRange}`
			})),
			...['Bad_Name', ALERT, SCRIPT].map((v) => ({
				label: 'Pod name',
				value: v,
				says: `name=“${v}” is not a valid pod name`
			})),
			{ label: 'Image', value: IMG, says: `image=“${IMG}” is not a valid image reference` },
			{ label: 'CPU request', value: 'abc', says: 'cpu=“abc” is not a CPU quantity' },
			{ label: 'CPU request', value: '-1', says: 'cpu=“-1” is not a CPU quantity' },
			{ label: 'Memory request', value: '1Zi', says: 'memory=“1Zi” is not a memory quantity' },
			{ label: 'Seed', value: '', says: 'seed=“” must be 1–32 letters' }
		]);
	});

	test('the Service form refuses bad values and keeps the scenario', async ({ page }) => {
		const ports = 'must be a whole number from 1 to 65535';
		await refuseAll(page, `${SERVICE.path}?replicas=2&lang=en`, 'scenario-form', [
			{ label: 'Worker nodes', value: '51', says: `nodes=“51” ${nodesRange}` },
			...['-1', '', '1e3'].map((v) => ({
				label: 'Replicas',
				value: v,
				says: `replicas=“${v}” must be a whole number from 0 to 50`
			})),
			{ label: 'Service port', value: '70000', says: `port=“70000” ${ports}` },
			{ label: 'Target port', value: '0', says: `targetPort=“0” ${ports}` },
			...['Web', '1web', SCRIPT].map((v) => ({
				label: 'Service name',
				value: v,
				says: `name=“${v}” is not a valid Service name`
			})),
			{
				label: 'Service name',
				value: 'kubernetes',
				says: 'already has Service default/kubernetes'
			},
			{ label: 'Seed', value: 'a b', says: 'seed=“a b” must be 1–32 letters' }
		]);
	});

	test('the what-if bar refuses a bad scale and plays nothing', async ({ page }) => {
		const clean = guard(page);
		await open(page, `${SERVICE.path}?lang=en`);
		await expect.poll(() => address(page)).toBe(`${SERVICE.path}?lang=en`);
		const before = await shown(page);
		const bar = page.getByTestId('action-bar');
		const input = bar.getByLabel('Scale to');
		const bad = 'Enter a whole number of replicas from 0 to 50.';
		const cases = [
			...['', '-1', '1.5', '1e3', '51', '99999999999999999999'].map((v) => ({ v, says: bad })),
			{ v: '3', says: 'The Deployment already has 3 replicas: nothing would change.' }
		];
		for (const [i, k] of cases.entries()) {
			await test.step(`scale to ${k.v}`, async () => {
				await input.fill(k.v);
				await expect(input).toHaveAttribute('aria-invalid', 'false');
				if (i % 2) await input.press('Enter');
				else await bar.getByRole('button', { name: 'Scale', exact: true }).click();
				const error = page.getByRole('alert').filter({ hasText: k.says });
				await expect(error).toHaveText(k.says);
				await expect(input).toHaveAttribute('aria-invalid', 'true');
				await expect(input).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);
				await expect(bar).toContainText('0 of 8 what-ifs used');
				await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
				expect(await shown(page)).toEqual(before);
				await clean();
			});
		}
	});
});

test.describe('the remembered language', () => {
	const KEY = 'kubestep.lang';
	/** The UI is in the language asked for, and the toggle still switches it (and the link). */
	async function toggleWorks(page: Page) {
		await page.getByRole('button', { name: /Language|언어/ }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(status(page)).toHaveText('Step 1 of 15');
		await expect.poll(() => address(page)).toBe(`${POD.path}?lang=en`);
	}

	test('a corrupted stored value is ignored: the browser’s language is used', async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: 'ko-KR' });
		const page = await context.newPage();
		const clean = guard(page);
		await open(page, '/');
		for (const stored of [SCRIPT, '{"lang":"en"}', '"en"', ' en', 'EN', 'en'.repeat(1_000_000)]) {
			await test.step(stored.slice(0, 40), async () => {
				await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, stored]);
				await open(page, POD.path);
				await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
				await expect(status(page)).toHaveText('1 / 15 단계');
				await clean();
			});
		}
		await toggleWorks(page);
		expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('en');
		await clean();
		await context.close();
	});

	for (const [why, script] of [
		[
			'its methods throw (private mode, quota exceeded)',
			() => {
				const fail = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
				Storage.prototype.getItem = fail;
				Storage.prototype.setItem = fail;
			}
		],
		[
			'reading localStorage at all throws (storage blocked)',
			() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					}
				});
			}
		]
	] as const) {
		test(`the app works when storage ${why}`, async ({ browser }) => {
			const context = await browser.newContext({ locale: 'ko-KR' });
			await context.addInitScript(script);
			const page = await context.newPage();
			const clean = guard(page);
			await open(page, POD.path);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
			await expect(status(page)).toHaveText('1 / 15 단계');
			await toggleWorks(page);
			await clean();
			await context.close();
		});
	}
});
