import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import sirv from 'sirv';
const server = createServer(sirv('build', { extensions: ['html'] })).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const [path, tag, secs] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(base + path);
await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/ks/${tag}-0.png` });
await page.locator('.controls button.primary').click();
for (let i = 1; i <= 4; i++) {
  await page.waitForTimeout(Number(secs) * 1000);
  await page.screenshot({ path: `/tmp/ks/${tag}-${i}.png` });
  console.log(i, await page.locator('#narration-title').textContent());
}
await browser.close(); server.close();
