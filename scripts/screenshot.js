// Takes screenshots of the built site for a look by eye: node scripts/screenshot.js <out-dir> <path?query> [width height] ...
// Serves build/ itself on a spare port so it never talks to a stale preview server.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { findBrowser } from './find-browser.js';

const [outDir = 'screens', ...rest] = process.argv.slice(2);
const shots = [];
for (let i = 0; i < rest.length; i += 4) {
	shots.push({
		path: rest[i],
		width: Number(rest[i + 1] ?? 1280),
		height: Number(rest[i + 2] ?? 720),
		name: rest[i + 3] ?? `shot${i / 4}`
	});
}
const server = createServer(sirv('build', { dev: true, extensions: ['html'] })).listen(
	0,
	'127.0.0.1'
);
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: findBrowser(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
for (const s of shots) {
	const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
	page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await page.goto(base + s.path);
	await page.waitForSelector('html[data-hydrated]');
	// a scenario other than the default is built off the main thread: wait for it
	await page.locator('#player[aria-busy="true"]').waitFor({ state: 'detached' });
	await page.waitForTimeout(300);
	await page.screenshot({ path: `${outDir}/${s.name}.png` });
	console.log(`${outDir}/${s.name}.png`);
	await page.close();
}
await browser.close();
server.close();
