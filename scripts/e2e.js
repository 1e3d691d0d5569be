// `npm run test:e2e [-- playwright args]`: build the static site, then run Playwright
// against it with a browser that exists on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Run the packages' own JS entry points with this Node: no shell, no .bin shims.
/** @param {string} rel @param {string[]} args @param {NodeJS.ProcessEnv} env */
function runNode(rel, args, env) {
	const entry = fileURLToPath(new URL(`../node_modules/${rel}`, import.meta.url));
	if (!existsSync(entry)) {
		console.error(`${rel} is missing: run \`npm ci\` first.`);
		process.exit(1);
	}
	const r = spawnSync(process.execPath, [entry, ...args], { cwd: root, stdio: 'inherit', env });
	return r.status ?? 1; // killed by a signal counts as failure
}

/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, KUBESTEP_BROWSER: findBrowser() };
console.log(`e2e browser: ${env.KUBESTEP_BROWSER}`);

// The tests address pages from the site root; a sub-path build would 404 every goto().
if (env.BASE_PATH) {
	console.log(`Ignoring BASE_PATH=${env.BASE_PATH}: e2e tests run against a root build.`);
	delete env.BASE_PATH;
}

const built = runNode('vite/bin/vite.js', ['build'], env);
if (built !== 0) {
	console.error(`vite build failed (exit ${built}); not running Playwright.`);
	process.exit(built);
}

process.exit(runNode('@playwright/test/cli.js', ['test', ...process.argv.slice(2)], env));
