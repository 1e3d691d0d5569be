// `npm run bench [-- --no-build] [-- --quick | --seek | --first | --text]`: builds the site, serves build/ and measures
// it in headless Chromium. Prints every figure beside its budget and writes bench/results.json.
// Never run by the tests: figures depend on the machine. While working on a figure: --quick skips
// the 1× runs and the memory replays (about fifteen minutes instead of forty); --seek measures only
// seeks, on a fresh page, and writes nothing; --first only a fresh page's load and first Play (at
// 1×), and writes nothing; --text measures only text sizes (text-sizes.js). --flow <id> measures
// one flow of the registry; a full run of one flow replaces only that flow's entry in results.json.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { createServer as createViteServer } from 'vite';
import { findBrowser } from './find-browser.js';
import { textSizes } from './text-sizes.js';

const quick = process.argv.includes('--quick');
const seekOnly = process.argv.includes('--seek');
const firstOnly = process.argv.includes('--first');
const textOnly = process.argv.includes('--text');
const onlyFlow = process.argv.includes('--flow')
	? process.argv[process.argv.indexOf('--flow') + 1]
	: null;
const REPLAYS = Number(process.env.BENCH_REPLAYS) || 20;

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
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Long tasks, and the moment the diagram's first actor box has been painted. */
function instrument() {
	// the bench plays flows through: the checkpoints' questions would stop it (predict, then reveal)
	localStorage.setItem('kubestep.checkpoints', 'off');
	window.__longTasks = [];
	const longTasks = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longTasks.push(e.duration);
	});
	longTasks.observe({ type: 'longtask', buffered: true });
	// The observer hears of a task some time after it ended: a read takes what is not delivered yet.
	window.__takeLongTasks = () => {
		for (const e of longTasks.takeRecords()) window.__longTasks.push(e.duration);
		return window.__longTasks.slice();
	};
	window.__clearLongTasks = () => {
		longTasks.takeRecords();
		window.__longTasks = [];
	};
	// A task queued from a requestAnimationFrame callback runs after that frame is painted.
	const painted = (done) =>
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => done(performance.now());
			ch.port2.postMessage(0);
		});
	window.__afterPaint = painted;
	new MutationObserver((_, obs) => {
		if (!document.querySelector('svg.diagram [data-actor]')) return;
		obs.disconnect();
		painted((t) => (window.__diagramPaint = t));
	}).observe(document, { childList: true, subtree: true });
}

async function openPage(path, { clock = false } = {}) {
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
	page.on('pageerror', (e) => console.error(`pageerror on ${path}: ${e.message}`));
	if (clock) await page.clock.install();
	await page.addInitScript(instrument);
	await page.goto(base + path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	if (!clock) await page.waitForLoadState('networkidle');
	await Promise.all(reads);
	return { page, bytes };
}

async function load(path) {
	const { page, bytes } = await openPage(path);
	await page.waitForFunction(() => window.__diagramPaint !== undefined);
	const paint = await page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		diagram: window.__diagramPaint
	}));
	await page.close();
	return {
		path,
		js: round(bytes.js / 1024),
		css: round(bytes.css / 1024),
		totalKB: round((bytes.js + bytes.css) / 1024),
		firstContentfulPaintMs: round(paint.fcp),
		firstDiagramPaintMs: round(paint.diagram)
	};
}

/**
 * A learner's first contact, on a fresh page with the CPU throttled ×4 from before navigation: the
 * longest task until Play can be pressed (the page hydrated), then the first Play of the whole
 * flow at `speed`, with its long tasks — nothing here has run before, so V8 compiles and the
 * browser shapes text for the first time, as it does for a person.
 */
async function firstContact(path, speed) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	page.on('pageerror', (e) => console.error(`pageerror on ${path}: ${e.message}`));
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(instrument);
	await page.goto(base + path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	// Inside the measured windows the bench finds the button by a CSS selector, which Playwright
	// runs in the world it already set up: a query by role computes the accessible name of every
	// element, which at CPU ×4 is itself a task of 50–90 ms, and a waitForFunction installs
	// Playwright's helpers in the page's own world; either would be counted as the page's.
	const button = (label) => page.locator(`.controls button.primary[aria-label="${label}"]`);
	await button('Play').waitFor();
	const untilPlay = await page.evaluate(() => window.__takeLongTasks());
	if (speed !== 1) await page.getByLabel('Speed').selectOption(String(speed));
	await page.evaluate(() => window.__clearLongTasks());
	await button('Play').click();
	await button('Pause').waitFor();
	await button('Play').waitFor({ timeout: 600_000 });
	const playing = await page.evaluate(() => window.__takeLongTasks());
	await page.close();
	return {
		speed,
		longestTaskUntilPlayMs: round(Math.max(0, ...untilPlay)),
		tasksOver50UntilPlay: untilPlay.filter((d) => d > 50).length,
		firstPlayLongestTaskMs: round(Math.max(0, ...playing)),
		firstPlayTasksOver50: playing.filter((d) => d > 50).length
	};
}

/**
 * Runs in the page: the time between animation frames, one frame after another, until the player
 * stops playing (or for `frames` frames). Its own script per frame is kept small (the play button
 * is found once), as its time counts in the page's script time; `harness` measures it.
 */
function frameTimes({ untilPaused, frames = 0 }) {
	const button = document.querySelector('.controls button.primary');
	return new Promise((resolve) => {
		const out = [];
		let last = performance.now();
		const tick = (now) => {
			out.push(now - last);
			last = now;
			const more = untilPaused
				? button.getAttribute('aria-label') === 'Pause'
				: out.length < frames;
			if (more || out.length < 5) requestAnimationFrame(tick);
			else resolve(out.slice(2));
		};
		requestAnimationFrame(tick);
	});
}

/**
 * The script time per frame of the measuring loop alone, on the page at rest, CPU ×4: the part of
 * "script per frame while playing" that is the bench's, not the app's.
 */
async function harness(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const script = async () =>
		(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')
			.value;
	const script0 = await script();
	const times = await page.evaluate(frameTimes, { untilPaused: false, frames: 600 });
	const ms = ((await script()) - script0) * 1000;
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.detach();
	return round(ms / times.length, 2);
}

/** Plays the whole flow at a speed; collects frame times, long tasks and script time. */
async function play(page, label, speed, throttle) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.getByLabel('Speed').selectOption(String(speed));
	await page.getByRole('button', { name: 'Restart' }).click();
	await page.getByRole('button', { name: 'Play' }).click();
	await page.getByRole('button', { name: 'Pause' }).waitFor();
	await page.evaluate(() => window.__clearLongTasks());
	const script = async () =>
		(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')
			.value;
	const script0 = await script();
	const times = await page.evaluate(frameTimes, { untilPaused: true });
	const scriptMs = ((await script()) - script0) * 1000;
	const longTasks = await page.evaluate(() => window.__takeLongTasks());
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.detach();
	return {
		run: label,
		speed,
		cpuThrottle: throttle,
		frames: times.length,
		medianFps: round(1000 / pct(times, 50)),
		p95FrameMs: round(pct(times, 95)),
		scriptMsPerFrame: round(scriptMs / times.length, 2),
		longTasksOver50ms: longTasks.filter((d) => d > 50).length,
		longestTaskMs: round(Math.max(0, ...longTasks))
	};
}

/**
 * Seeks by pressing on a random step's tick, from inside a frame's requestAnimationFrame callback
 * (no wait for vsync), on a page at rest. The clock stops when that frame is painted and handed to
 * the compositor: the end of the main thread's commit that follows the press, read from a trace
 * (a `performance.mark` at the press, so both ends are on the trace's clock). That frame shows the
 * step in the diagram, the timeline and the status; the narration follows in the next frame and
 * the tab panels in the one after, whose own work (each frame's task, up to its commit) is
 * reported beside it.
 * A task queued from the rAF callback gives one more figure, "next task": it also counts tasks
 * queued before it that run after the frame, such as the timer Svelte's event delegation sets.
 */
async function seeks(page, count) {
	// Commit is in the disabled-by-default timeline category, tasks in toplevel; only those and
	// the marks are recorded, as tracing more (devtools.timeline: every call) slows the page down.
	await browser.startTracing(page, {
		categories: ['blink.user_timing', 'toplevel', 'disabled-by-default-devtools.timeline']
	});
	const out = await page.evaluate(async (count) => {
		const slider = document.querySelector('[role="slider"]');
		const ticks = [...slider.querySelectorAll('.tick')];
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		// the heading says "Step n of m:" (visually hidden) then the title; the slider the same with a space
		const words = (text) => text?.replace(/[\s:]+/g, ' ').trim();
		const said = () => words(document.getElementById('narration-title')?.textContent);
		const out = [];
		let seed = 7;
		const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let i = 0; i < count; i++) {
			const target = Math.floor(rand() * ticks.length);
			const box = ticks[target].getBoundingClientRect();
			// from a page at rest, as when a person clicks: the previous seek's panels have followed
			await frame();
			await frame();
			const ms = await new Promise((resolve) =>
				requestAnimationFrame(() => {
					performance.mark('ks-seek');
					const t0 = performance.now();
					slider.dispatchEvent(
						new PointerEvent('pointerdown', {
							clientX: box.left + box.width / 2,
							clientY: box.top,
							bubbles: true,
							pointerId: 1
						})
					);
					const ch = new MessageChannel();
					ch.port1.onmessage = () => resolve(performance.now() - t0);
					ch.port2.postMessage(0);
				})
			);
			const status = words(slider.getAttribute('aria-valuetext'));
			await frame();
			await frame();
			out.push({
				nextTaskMs: ms,
				ok: slider.getAttribute('aria-valuenow') === String(target + 1) && said() === status
			});
		}
		return out;
	}, count);
	const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
	const marks = events.filter((e) => e.name === 'ks-seek').sort((a, b) => a.ts - b.ts);
	if (marks.length !== out.length) throw new Error(`seek marks: ${marks.length} of ${out.length}`);
	const onMain = (name) =>
		events
			.filter(
				(e) => e.name === name && e.ph === 'X' && e.pid === marks[0].pid && e.tid === marks[0].tid
			)
			.sort((a, b) => a.ts - b.ts);
	const commits = onMain('Commit');
	const tasks = onMain('ThreadControllerImpl::RunTask');
	const end = (e) => e.ts + e.dur;
	return out.map((s, i) => {
		const until = marks[i + 1]?.ts ?? Infinity;
		const [first, ...later] = commits.filter((c) => c.ts > marks[i].ts && c.ts < until);
		/**
		 * The main thread's work for a later stage: every task from the end of the frame before to
		 * the end of the commit of the frame that paints the stage (the stage's own task, then
		 * that frame's), the frame's task counted up to its commit.
		 */
		const work = (commit, before) => {
			if (!commit || !before) return 0;
			const busy = tasks.filter((t) => t.ts >= end(before) && t.ts < end(commit));
			return busy.reduce((ms, t) => ms + (Math.min(end(t), end(commit)) - t.ts) / 1000, 0);
		};
		return {
			...s,
			// a press that changed nothing on screen commits nothing: count it as the next task
			ms: first ? (end(first) - marks[i].ts) / 1000 : s.nextTaskMs,
			narrationFrameMs: work(later[0], first),
			panelsFrameMs: work(later[1], later[0])
		};
	});
}

/**
 * The JS heap after a forced GC, from a heap snapshot: in all, and without V8's compiled code.
 * Code grows while V8 optimizes the functions a replay runs (about 0.6 MB over 20 replays, all of
 * it InstructionStream, Code and bytecode arrays), which is not memory the app keeps.
 */
async function heapSnapshot(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	const chunks = [];
	const onChunk = (e) => chunks.push(e.chunk);
	cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
	const snap = JSON.parse(chunks.join(''));
	const fields = snap.snapshot.meta.node_fields;
	const types = snap.snapshot.meta.node_types[0];
	const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
	let total = 0;
	let code = 0;
	for (let i = 0; i < snap.nodes.length; i += fields.length) {
		const size = snap.nodes[i + sizeAt];
		total += size;
		if (types[snap.nodes[i + typeAt]] === 'code') code += size;
	}
	const mb = (b) => b / 1024 / 1024;
	return { total: mb(total), objects: mb(total - code) };
}

/** JS heap after 1 and after `replays` whole replays at 4×, on a fake clock. */
async function memory(path, replays) {
	const { page } = await openPage(path, { clock: true });
	const cdp = await page.context().newCDPSession(page);
	await page.getByLabel('Speed').selectOption('4');
	const total = await page.evaluate(() => {
		const s = document.querySelector('[role="slider"]');
		return Number(s.getAttribute('aria-valuemax'));
	});
	const replay = async () => {
		await page.getByRole('button', { name: 'Restart' }).click();
		await page.getByRole('button', { name: 'Play' }).click();
		// Runs every timer and animation frame of a whole replay: each frame is rendered.
		for (let i = 0; i < 400 && (await page.getByRole('button', { name: 'Pause' }).count()); i++)
			await page.clock.runFor(1000);
	};
	await replay();
	const after1 = await heapSnapshot(cdp);
	for (let i = 1; i < replays; i++) await replay();
	const afterN = await heapSnapshot(cdp);
	await page.close();
	const growth = (k) => round(((afterN[k] - after1[k]) / after1[k]) * 100);
	return {
		steps: total,
		replays,
		heapAfter1MB: round(after1.total, 2),
		heapAfterNMB: round(afterN.total, 2),
		totalGrowthPercent: growth('total'),
		objectsAfter1MB: round(after1.objects, 2),
		objectsAfterNMB: round(afterN.objects, 2),
		growthPercent: growth('objects')
	};
}

/** Every flow of the registry (src/lib/flows/registry.ts, read through Vite: it is TypeScript). */
async function registryFlows() {
	const vite = await createViteServer({
		configFile: false,
		logLevel: 'error',
		server: { middlewareMode: true },
		appType: 'custom'
	});
	try {
		const { FLOWS, FLOW_IDS } = await vite.ssrLoadModule('/src/lib/flows/registry.ts');
		return FLOW_IDS.map((id) => ({ id, path: `/flows/${id}`, stress: FLOWS[id].stress }));
	} finally {
		await vite.close();
	}
}
const FLOWS = (await registryFlows()).filter((f) => !onlyFlow || f.id === onlyFlow);
if (!FLOWS.length) {
	console.error(`--flow ${onlyFlow}: no such flow in the registry`);
	process.exit(2);
}

const results = {
	date: new Date().toISOString(),
	machine: `${process.platform} ${process.arch}, headless Chromium 1280×720`,
	quick,
	flows: {}
};
function seekFigures(s) {
	const ms = (key) => s.map((x) => x[key]);
	return {
		count: s.length,
		p50Ms: round(pct(ms('ms'), 50), 2),
		p95Ms: round(pct(ms('ms'), 95), 2),
		nextTaskP50Ms: round(pct(ms('nextTaskMs'), 50), 2),
		nextTaskP95Ms: round(pct(ms('nextTaskMs'), 95), 2),
		narrationFrameP50Ms: round(pct(ms('narrationFrameMs'), 50), 2),
		narrationFrameP95Ms: round(pct(ms('narrationFrameMs'), 95), 2),
		panelsFrameP50Ms: round(pct(ms('panelsFrameMs'), 50), 2),
		panelsFrameP95Ms: round(pct(ms('panelsFrameMs'), 95), 2),
		allShown: s.every((x) => x.ok)
	};
}

const seekLine = (seek) =>
	`seek → painted: p50 ${seek.p50Ms} ms, p95 ${seek.p95Ms} ms over ${seek.count} (to the next task: ${seek.nextTaskP50Ms} / ${seek.nextTaskP95Ms} ms); then the narration's stage (its task and its frame): p50 ${seek.narrationFrameP50Ms} ms, p95 ${seek.narrationFrameP95Ms} ms, and the tab panels' stage: p50 ${seek.panelsFrameP50Ms} ms, p95 ${seek.panelsFrameP95Ms} ms; every step shown, narration included: ${seek.allShown}`;

if (textOnly) {
	for (const { id, path } of FLOWS) console.log(id, await textSizes(browser, base, path));
	await browser.close();
	server.close();
	process.exit(0);
}

if (firstOnly) {
	for (const { id, path } of FLOWS) console.log(id, await firstContact(`${path}?lang=en`, 1));
	await browser.close();
	server.close();
	process.exit(0);
}

if (seekOnly) {
	for (const { id, path } of FLOWS) {
		const { page } = await openPage(`${path}?lang=en`);
		console.log(`${id}: ${seekLine(seekFigures(await seeks(page, 200)))}`);
		await page.close();
	}
	await browser.close();
	server.close();
	process.exit(0);
}

for (const { id, path, stress } of FLOWS) {
	const r = {};
	r.load = [await load(`${path}?lang=en`), await load(`${path}?lang=ko`)];
	r.firstContact = await firstContact(`${path}?lang=en`, quick ? 4 : 1);
	const { page } = await openPage(`${path}?lang=en`);
	r.playback = [];
	if (!quick) r.playback.push(await play(page, 'default', 1, 1));
	r.playback.push(await play(page, 'default', 4, 1));
	if (!quick) r.playback.push(await play(page, 'default', 1, 4));
	r.playback.push(await play(page, 'default', 4, 4));
	r.seek = seekFigures(await seeks(page, 200));
	r.harnessScriptMsPerFrame = await harness(page);
	await page.close();
	const big = await openPage(`${path}?lang=en&${stress}`);
	if (!quick) r.playback.push(await play(big.page, stress, 1, 1));
	r.playback.push(await play(big.page, stress, 4, 1));
	await big.page.close();
	if (!quick) r.memory = await memory(`${path}?lang=en`, REPLAYS);
	r.text = await textSizes(browser, base, path);
	results.flows[id] = r;
}
await browser.close();
server.close();

/** The budgets (issues 4 and 11), checked against this run. */
function budgets(r) {
	const throttled = r.playback.filter((p) => p.run === 'default' && p.cpuThrottle === 4);
	const stressed = r.playback.filter((p) => p.run !== 'default');
	const stressed1x = stressed.filter((p) => p.speed === 1);
	const out = [
		['first load JS+CSS ≤ 100 KB gzip', Math.max(...r.load.map((l) => l.totalKB)), (v) => v <= 100],
		[
			'longest task until Play, fresh page, CPU×4 ≤ 100 ms',
			r.firstContact.longestTaskUntilPlayMs,
			(v) => v <= 100
		],
		[
			`first Play (${r.firstContact.speed}×), fresh page, CPU×4: tasks over 50 ms = 0`,
			r.firstContact.firstPlayTasksOver50,
			(v) => v === 0
		],
		[
			'script per frame while playing, CPU×4 ≤ 0.6 ms',
			Math.max(...throttled.map((p) => p.scriptMsPerFrame)),
			(v) => v <= 0.6
		],
		['CPU×4 median fps ≥ 55', Math.min(...throttled.map((p) => p.medianFps)), (v) => v >= 55],
		[
			'CPU×4 longest task (warmed page) ≤ 50 ms',
			Math.max(...throttled.map((p) => p.longestTaskMs)),
			(v) => v <= 50
		],
		['stress median fps ≥ 50', Math.min(...stressed.map((p) => p.medianFps)), (v) => v >= 50],
		['seek p95 ≤ 8 ms', r.seek.p95Ms, (v) => v <= 8]
	];
	if (stressed1x.length)
		out.push([
			'stress 1×: tasks over 50 ms = 0',
			stressed1x.reduce((n, p) => n + p.longTasksOver50ms, 0),
			(v) => v === 0
		]);
	if (r.memory) out.push(['heap growth (objects) ≤ 10 %', r.memory.growthPercent, (v) => v <= 10]);
	const langs = Object.values(r.text);
	const least = (key) => Math.min(...langs.map((l) => l[key]));
	out.push(
		[
			'room view 1920×1080 full screen: diagram labels ≥ 24 px',
			least('roomLabelsMinPx'),
			(v) => v >= 24
		],
		['room view: panel text ≥ 18 px', least('roomPanelsMinPx'), (v) => v >= 18],
		['phone 390 px: no text under 12 px', least('phoneMinPx'), (v) => v >= 12]
	);
	return out.map(([name, value, ok]) => ({ budget: name, value, ok: ok(value) }));
}

mkdirSync('bench', { recursive: true });
for (const r of Object.values(results.flows)) r.budgets = budgets(r);
// one flow's run keeps the other flows' figures from their own runs, each with its date and kind
for (const r of Object.values(results.flows)) Object.assign(r, { date: results.date, quick });
const written =
	onlyFlow && existsSync('bench/results.json')
		? JSON.parse(readFileSync('bench/results.json', 'utf8'))
		: { ...results, flows: {} };
Object.assign(written.flows, results.flows);
written.date = results.date;
written.quick = Object.values(written.flows).some((r) => r.quick);
writeFileSync('bench/results.json', JSON.stringify(written, null, '\t') + '\n');
let failed = 0;
for (const [id, r] of Object.entries(results.flows)) {
	console.log(`\n${id}`);
	console.table(r.load);
	console.table([r.firstContact]);
	console.table(r.playback);
	console.log(
		`  the measuring loop alone, at rest, CPU×4: ${r.harnessScriptMsPerFrame} ms of script per frame (counted in "script per frame")`
	);
	console.log(`  ${seekLine(r.seek)}`);
	console.table(r.text);
	if (r.memory)
		console.log(
			`  heap: objects ${r.memory.objectsAfter1MB} MB after 1 replay, ${r.memory.objectsAfterNMB} MB after ${r.memory.replays} (${r.memory.growthPercent} %); with compiled code ${r.memory.heapAfter1MB} → ${r.memory.heapAfterNMB} MB (${r.memory.totalGrowthPercent} %)`
		);
	console.table(r.budgets);
	failed += r.budgets.filter((b) => !b.ok).length;
}
console.log(failed ? `\n${failed} budget(s) missed` : '\nevery budget held');
