// Locates a Chromium for Playwright. Playwright cannot download its own browser on every
// machine we use, so we fall back to a system Chromium and, as root, install Debian's.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @param {string} name */
function onPath(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (!dir) continue;
		try {
			accessSync(join(dir, name), constants.X_OK);
			return true;
		} catch {
			// not in this directory
		}
	}
	return false;
}

/** @param {string[]} args */
function aptGet(args) {
	const r = spawnSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	return r.status === 0;
}

/** @returns {string} absolute path of a Chromium executable (exits the process if none) */
export function findBrowser() {
	// executablePath() only computes where Playwright *would* keep it; it may not be downloaded.
	let own = '';
	try {
		own = chromium.executablePath();
	} catch {
		// unsupported platform for Playwright's own build
	}
	if (own && existsSync(own)) return own;

	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
	}

	if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;

	// Only install on our own when we can do it without prompting (root, Debian-like).
	if (process.getuid?.() === 0 && onPath('apt-get')) {
		console.log('No Chromium found; installing Debian chromium with apt-get…');
		if (aptGet(['update']) && aptGet(['install', '-y', 'chromium', 'fonts-noto-cjk'])) {
			if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
		}
		console.error('apt-get could not install chromium: run `apt-get install -y chromium` by hand.');
		process.exit(1);
	}

	const cmd = onPath('apt-get')
		? 'sudo apt-get install -y chromium'
		: 'npx playwright install chromium';
	console.error(`No Chromium found for the e2e tests: run \`${cmd}\` (or set CHROMIUM_PATH).`);
	process.exit(1);
}

// `node scripts/find-browser.js` prints the path, handy for debugging a machine.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.log(findBrowser());
}
