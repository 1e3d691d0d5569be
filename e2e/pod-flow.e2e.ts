import { expect, test } from '@playwright/test';
import {
	activeActors,
	actor,
	drawnInside,
	messages,
	next,
	open,
	status,
	watchConsole
} from './helpers';

// What a learner should see at each step of the default scenario (3 nodes; nginx lands on node-3).
const expected: { active: string[]; msgs: RegExp[] }[] = [
	{
		active: ['kube-apiserver', 'kubectl'],
		msgs: [/^kubectl→kube-apiserver POST \/api\/v1\/namespaces\/default\/pods$/]
	},
	{ active: ['kube-apiserver'], msgs: [] },
	{
		active: ['etcd', 'kube-apiserver', 'kubectl'],
		msgs: [
			/^kube-apiserver→etcd txn PUT \/registry\/pods\/default\/nginx$/,
			/^etcd→kube-apiserver OK revision \d+$/,
			/^kube-apiserver→kubectl 201 Created/
		]
	},
	{
		active: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
		msgs: [/^kube-apiserver→kube-scheduler watch ADDED pods\/nginx$/]
	},
	{ active: ['kube-scheduler'], msgs: [] },
	{
		active: ['kube-apiserver', 'kube-scheduler'],
		msgs: [/^kube-scheduler→kube-apiserver POST pods\/nginx\/binding → node-3$/]
	},
	{
		active: ['etcd', 'kube-apiserver', 'kube-scheduler'],
		msgs: [/^kube-apiserver→etcd txn PUT \/registry\/pods\/default\/nginx$/]
	},
	{
		active: ['etcd', 'kube-apiserver', 'kube-scheduler'],
		msgs: [/^kube-scheduler→kube-apiserver POST events: Scheduled$/]
	},
	{
		active: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet@node-3'],
		msgs: [/^kube-apiserver→kubelet@node-3 watch ADDED pods\/nginx$/]
	},
	{
		active: [
			'etcd',
			'kube-apiserver',
			'kube-controller-manager',
			'kube-scheduler',
			'kubelet@node-3'
		],
		msgs: [/^kubelet@node-3→kube-apiserver PATCH pods\/nginx\/status$/]
	},
	{
		active: ['container-runtime@node-3', 'kubelet@node-3'],
		msgs: [
			/^kubelet@node-3→container-runtime@node-3 CRI RunPodSandbox nginx$/,
			/IP 10\.244\.3\.\d+$/
		]
	},
	{
		active: ['container-runtime@node-3', 'kube-apiserver', 'kubelet@node-3'],
		msgs: [/CRI ImageStatus nginx:1\.27$/, /CRI PullImage nginx:1\.27$/]
	},
	{
		active: ['container-runtime@node-3', 'kube-apiserver', 'kubelet@node-3'],
		msgs: [/CRI CreateContainer nginx$/]
	},
	{
		active: ['container-runtime@node-3', 'kube-apiserver', 'kubelet@node-3'],
		msgs: [/CRI StartContainer nginx$/]
	},
	{
		active: [
			'etcd',
			'kube-apiserver',
			'kube-controller-manager',
			'kube-scheduler',
			'kubelet@node-3'
		],
		msgs: [/^kubelet@node-3→kube-apiserver PATCH pods\/nginx\/status$/]
	}
];

test("stepping through the whole flow shows each step's actors, messages, pod and etcd keys", async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors = watchConsole(page);
	await open(page, '/flows/pod-creation?step=1&lang=en');
	await page.getByLabel('Speed').selectOption('4');
	const total = expected.length;
	for (let i = 0; i < total; i++) {
		// resting on step 1, each Next plays the step after the one on screen
		if (i > 0) await next(page, i + 1, total);
		await expect(status(page)).toHaveText(`Step ${i + 1} of ${total}`);
		expect(await activeActors(page), `active actors at step ${i + 1}`).toEqual(expected[i].active);
		const drawn = await messages(page);
		for (const m of expected[i].msgs)
			expect(
				drawn.some((d) => m.test(d)),
				`${m} at step ${i + 1} in ${drawn.join(' | ')}`
			).toBe(true);
		const pod = page.locator('[data-pod="default/nginx"]');
		// The pod appears in its node once bound (step 7) and is Running after the last step.
		if (i < 6) await expect(pod).toHaveCount(0);
		else
			expect(await drawnInside(page, '[data-pod="default/nginx"]', '[data-node="node-3"]')).toBe(
				true
			);
		if (i >= 6)
			await expect(pod).toHaveAttribute('data-phase', i === total - 1 ? 'Running' : 'Pending');
		// nothing step-dependent is written on the player's element: its style is inherited by the
		// whole page, whose every element would be restyled at each step
		expect(await page.locator('#player').getAttribute('style')).toBeNull();
	}
	await page.getByRole('tab', { name: 'etcd' }).click();
	await expect(
		page.getByTestId('etcd-keys').locator('[data-key="/registry/pods/default/nginx"]')
	).toBeVisible();
	await expect(page.getByTestId('pod-yaml')).toContainText('phase: Running');
	await expect(page.getByTestId('pod-yaml')).toContainText('nodeName: node-3');
	// etcd stores protobuf, and the panel says so above the decoded object
	await expect(page.getByTestId('stored-note')).toContainText('protobuf');
	await expect(page.getByTestId('stored-note')).toContainText('k8s\\x00');
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('get-pods')).toContainText(
		// kubectl's columns wrap into two blocks in the narrow panel: NAME…AGE, then IP…
		/nginx\s+1\/1\s+Running\s+0\s+\d+s\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES\s+10\.244\.3\.\d+\s+node-3/,
		{ useInnerText: true }
	);
	await expect(page.getByTestId('describe-events')).toContainText(
		'Successfully assigned default/nginx to node-3'
	);
	expect(errors).toEqual([]);
});

test('previous step restores exactly the earlier state: revision, pod status, events', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=9&lang=en');
	await page.getByRole('tab', { name: 'etcd' }).click();
	const heading = page.getByRole('heading', { name: /revision \d+/ });
	const before = {
		rev: await heading.textContent(),
		yaml: await page.getByTestId('pod-yaml').textContent()
	};
	await page.getByLabel('Speed').selectOption('4');
	await next(page, 10, 15);
	await page.getByRole('tab', { name: 'etcd' }).click();
	await expect(page.getByTestId('pod-yaml')).toContainText('ContainerCreating');
	expect(await heading.textContent()).not.toBe(before.rev);
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(status(page)).toHaveText('Step 9 of 15');
	await page.getByRole('tab', { name: 'etcd' }).click();
	expect(await heading.textContent()).toBe(before.rev);
	expect(await page.getByTestId('pod-yaml').textContent()).toBe(before.yaml);
	await page.getByRole('tab', { name: 'Pod' }).click();
	await expect(page.getByTestId('get-pods')).toContainText(/nginx\s+0\/1\s+Pending/, {
		useInnerText: true
	});
});

test("the scheduler panel shows every node's filters and scores, and the winner", async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=5&lang=en');
	await page.getByRole('tab', { name: 'Scheduler' }).click();
	await expect(page.getByTestId('scheduler-verdict')).toContainText('Winner: node-3');
	const n3 = page.locator('article[data-node="node-3"]');
	await expect(n3.locator('tr[data-plugin="TaintToleration"]')).toContainText(/0\s*100\s*×3\s*300/);
	await expect(n3.locator('tr[data-plugin="NodeResourcesFit"]')).toContainText(/90\s*90\s*×1\s*90/);
	// a bare pod: nothing selects it, so PodTopologySpread's default constraints do not apply
	await expect(n3.locator('tr[data-plugin="PodTopologySpread"]')).toContainText('skipped');
	// it requests nothing (BestEffort): since v1.33 BalancedAllocation skips it
	await expect(n3.locator('tr[data-plugin="NodeResourcesBalancedAllocation"]')).toContainText(
		'skipped: the pod requests no CPU or memory (BestEffort)'
	);
	await expect(page.locator('article[data-node]')).toHaveCount(3);
	// with a CPU request the balance is scored again
	await open(page, '/flows/pod-creation?step=5&lang=en&cpu=250m');
	await page.getByRole('tab', { name: 'Scheduler' }).click();
	await expect(
		page.locator('article[data-node] tr[data-plugin="NodeResourcesBalancedAllocation"]').first()
	).toContainText(/×1/);
});

test("in Korean, a score plugin's name breaks between its words, never inside one", async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=5&lang=ko');
	const card = page.locator('article[data-node="node-1"]');
	await expect(card.locator('tr[data-plugin="TaintToleration"]')).toBeVisible();
	// each word of a name is a text node of its own (between <wbr>s): one line box each
	const broken = await card.evaluate((el) =>
		[...el.querySelectorAll('th[scope="row"]')].flatMap((th) =>
			[...th.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
				.filter((n) => {
					const range = document.createRange();
					range.selectNodeContents(n);
					return range.getClientRects().length > 1;
				})
				.map((n) => n.textContent)
		)
	);
	expect(broken).toEqual([]);
});

test('a deep link opens paused at that step of that scenario', async ({ page }) => {
	await open(page, '/flows/pod-creation?nodes=5&step=9&lang=en');
	await expect(status(page)).toHaveText('Step 9 of 15');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.locator('[data-actor^="kubelet@"]')).toHaveCount(5);
	const drawn = await messages(page);
	expect(drawn.filter((d) => d.includes('→kubelet@'))).toHaveLength(1);
	// The address bar keeps the step, so copying it reproduces the view.
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(page).toHaveURL(/step=8/);
	await expect(page).toHaveURL(/nodes=5/);
	// Restart goes back before the first message: the link then has no step, and opens there too.
	await page.getByRole('button', { name: 'Restart' }).click();
	await expect(page).not.toHaveURL(/step=/);
	await expect(page).toHaveURL(/nodes=5/);
});

test('a message on its way is painted where a paused frame draws it, and rests where a link puts it', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await open(page, '/flows/pod-creation?step=3&lang=en');
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	// Mid-way, in one task: where the browser paints each packet, then pause, then where the
	// paused frame draws it. Between the two, only the time of one frame passes.
	const pairs = await page.evaluate(async () => {
		await new Promise((r) => setTimeout(r, 600));
		const dots = () =>
			[...document.querySelectorAll('[data-message]')].map((g) => {
				const c = g.querySelector('.ks-packet')!;
				const s = getComputedStyle(c);
				return { id: g.getAttribute('data-message'), x: parseFloat(s.cx), y: parseFloat(s.cy) };
			});
		const painted = dots();
		(document.querySelector('button[aria-label="Pause"]') as HTMLButtonElement).click();
		await new Promise((r) => requestAnimationFrame(r));
		return { painted, paused: dots(), animations: document.getAnimations().length };
	});
	expect(pairs.painted.length).toBeGreaterThan(0);
	expect(pairs.animations, 'nothing animates once paused').toBe(0);
	for (const [i, p] of pairs.painted.entries()) {
		const q = pairs.paused[i];
		expect(q.id).toBe(p.id);
		expect(Math.hypot(q.x - p.x, q.y - p.y), `${p.id}: ${p.x},${p.y} → ${q.x},${q.y}`).toBeLessThan(
			6
		);
	}
	// played on to its rest (Play, one step at a time), the step is painted as a link to it paints it
	await page.getByRole('button', { name: /^Step by step/ }).click();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
	await expect(status(page)).toHaveText('Step 4 of 15');
	const played = await page.locator('svg.diagram').innerHTML();
	await open(page, '/flows/pod-creation?step=4&lang=en');
	expect(await page.locator('svg.diagram').innerHTML()).toBe(played);
});

test('a tab picked by hand stays picked as the flow moves, and its row stays in view', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=2&lang=en');
	await expect(page.getByRole('tab', { name: 'etcd' })).toHaveAttribute('aria-selected', 'true');
	await page.getByRole('tab', { name: 'Pod' }).click();
	await page.getByLabel('Speed').selectOption('4');
	// steps 3 to 5 suggest etcd, then the scheduler: the picked tab wins
	for (const step of [3, 4, 5]) {
		await next(page, step, 15);
		await expect(page.getByRole('tab', { name: 'Pod' })).toHaveAttribute('aria-selected', 'true');
	}
	await page.locator('aside.side').evaluate((side) => side.scrollTo(0, side.scrollHeight));
	await expect(page.getByRole('tablist')).toBeInViewport();
	const [tabs, side] = await Promise.all([
		page.getByRole('tablist').boundingBox(),
		page.locator('aside.side').boundingBox()
	]);
	expect(tabs!.y).toBeGreaterThanOrEqual(side!.y - 1);
});

test('who talks to whom stands out: actors not at work step back, their names still readable', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?step=4&lang=en');
	const active = await activeActors(page);
	expect(active.length).toBeGreaterThan(0);
	const box = (id: string) =>
		actor(page, id)
			.locator('.ks-box')
			.evaluate((el) => getComputedStyle(el).opacity);
	const label = (id: string) =>
		actor(page, id)
			.locator('.ks-label')
			.evaluate((el) => [getComputedStyle(el).opacity, getComputedStyle(el).fill]);
	const idle = 'container-runtime@node-1';
	expect(active).not.toContain(idle);
	expect(await box(active[0])).toBe('1');
	expect(await box(idle)).toBe('0.35');
	expect(await label(idle)).toEqual(['1', 'rgb(74, 85, 104)']);
});

test('the Sources tab follows the step: the scheduler’s files at scheduling, the kubelet’s later', async ({
	page
}) => {
	await open(page, '/flows/pod-creation?lang=en&step=5');
	await page.getByRole('tab', { name: 'Sources' }).click();
	await expect(page.getByTestId('step-sources')).toContainText('pkg/scheduler/schedule_one.go');
	await open(page, '/flows/pod-creation?lang=en&step=13');
	await page.getByRole('tab', { name: 'Sources' }).click();
	await expect(page.getByTestId('step-sources')).toContainText('kuberuntime_container.go');
});
