// `npm run bench`: builds the site, serves build/ and measures it in headless Chromium.
// Prints a table and writes bench/results.json. Never run by the tests: figures depend on the machine.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { findBrowser } from './find-browser.js';

if (!process.argv.includes('--no-build')) {
	const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit'
	});
	if (b.status !== 0) process.exit(b.status ?? 1);
}

const server = createServer(sirv('build', { extensions: ['html'] })).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: findBrowser(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking'
	]
});

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function openPage(path) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const bytes = { js: 0, css: 0 };
	// Body reads finish after the response event: keep their promises and wait for all of them.
	const reads = [];
	page.on('response', (res) => {
		const type = res.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		reads.push(
			res
				.body()
				.then(
					(body) => (bytes[type === 'script' ? 'js' : 'css'] += gzipSync(body, { level: 9 }).length)
				)
				.catch(() => {
					/* a response without a body (redirect) weighs nothing */
				})
		);
	});
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(base + path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	await Promise.all(reads);
	return { page, bytes };
}

/** Plays the whole flow at a speed; collects frame times and long tasks. */
async function play(page, speed, throttle) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.getByLabel('Speed').selectOption(String(speed));
	await page.evaluate(() => (window.__longTasks = []));
	await page.getByRole('button', { name: 'Restart' }).click();
	await page.getByRole('button', { name: 'Play' }).click();
	await page.getByRole('button', { name: 'Pause' }).waitFor();
	await page.evaluate(() => (window.__longTasks = []));
	const frames = page.evaluate(
		() =>
			new Promise((resolve) => {
				const times = [];
				let last = performance.now();
				const tick = (now) => {
					times.push(now - last);
					last = now;
					if (document.querySelector('[aria-label="Pause"]') || times.length < 5)
						requestAnimationFrame(tick);
					else resolve(times.slice(2));
				};
				requestAnimationFrame(tick);
			})
	);
	const times = await frames;
	const longTasks = await page.evaluate(() => window.__longTasks);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	return {
		speed,
		cpuThrottle: throttle,
		frames: times.length,
		medianFps: round(1000 / pct(times, 50)),
		p95FrameMs: round(pct(times, 95)),
		longTasksOver50ms: longTasks.filter((d) => d > 50).length,
		longestTaskMs: round(Math.max(0, ...longTasks))
	};
}

/**
 * Seeks by pressing on the timeline at a random step's tick. Measures the synchronous work
 * (event → DOM updated, Svelte flushes in a microtask) and checks the next frame shows the step.
 */
async function seeks(page, count) {
	return page.evaluate(async (count) => {
		const slider = document.querySelector('[role="slider"]');
		const ticks = [...slider.querySelectorAll('.tick')];
		const out = [];
		let seed = 7;
		const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let i = 0; i < count; i++) {
			const target = Math.floor(rand() * ticks.length);
			const box = ticks[target].getBoundingClientRect();
			const t0 = performance.now();
			slider.dispatchEvent(
				new PointerEvent('pointerdown', {
					clientX: box.left + 4,
					clientY: box.top,
					bubbles: true,
					pointerId: 1
				})
			);
			await Promise.resolve();
			const updated = performance.now() - t0;
			await new Promise((r) => requestAnimationFrame(() => r(null)));
			out.push({ ms: updated, ok: slider.getAttribute('aria-valuenow') === String(target + 1) });
		}
		return out;
	}, count);
}

const results = {
	date: new Date().toISOString(),
	machine: `${process.platform} ${process.arch}`,
	flows: {}
};
const FLOW_RUNS = [
	['pod-creation', '/flows/pod-creation?lang=en', '&nodes=10'],
	['service', '/flows/service?lang=en', '&nodes=10&replicas=10']
];
for (const [id, path, large] of FLOW_RUNS) {
	const { page, bytes } = await openPage(path);
	const paint = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
	);
	const r = {
		initialGzipKB: {
			js: round(bytes.js / 1024),
			css: round(bytes.css / 1024),
			total: round((bytes.js + bytes.css) / 1024)
		},
		firstContentfulPaintMs: round(paint ?? NaN)
	};
	r.playback = [await play(page, 4, 1), await play(page, 1, 1), await play(page, 4, 4)];
	const s = await seeks(page, 200);
	r.seek = {
		count: s.length,
		p50Ms: round(
			pct(
				s.map((x) => x.ms),
				50
			),
			2
		),
		p95Ms: round(
			pct(
				s.map((x) => x.ms),
				95
			),
			2
		),
		allShownNextFrame: s.every((x) => x.ok)
	};
	const big = await openPage(path + large);
	r.playback.push({ large, ...(await play(big.page, 4, 1)), ...(await play(big.page, 1, 1)) });
	r.playback.push({ large, throttle: 4, ...(await play(big.page, 4, 4)) });
	await big.page.close();
	results.flows[id] = r;
	await page.close();
}
await browser.close();
server.close();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
for (const [id, r] of Object.entries(results.flows)) {
	console.log(`\n${id}`);
	console.log(
		`  initial JS+CSS gzip: ${r.initialGzipKB.total} KB (js ${r.initialGzipKB.js}, css ${r.initialGzipKB.css}); first paint ${r.firstContentfulPaintMs} ms`
	);
	console.table(r.playback);
	console.log(
		`  seek (event → DOM updated): p50 ${r.seek.p50Ms} ms, p95 ${r.seek.p95Ms} ms over ${r.seek.count}; new step shown by the next frame: ${r.seek.allShownNextFrame}`
	);
}
