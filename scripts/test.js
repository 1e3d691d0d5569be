// `npm test` (what CI runs): type check, lint, unit tests, e2e tests. Every stage runs even
// after an earlier one fails, so the final `N passed, N failed` line covers everything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'kubestep-test-'));
const unitJson = join(tmp, 'vitest.json');
const e2eJson = join(tmp, 'playwright.json');

let passed = 0;
let failed = 0;
/** @type {string[]} */
const summary = [];

/** @param {string} title @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(title, cmd, args, env = process.env) {
	console.log(`\n=== ${title}: ${[cmd, ...args].join(' ')} ===\n`);
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
	if (r.error) console.error(`${title}: could not start ${cmd}: ${r.error.message}`);
	return r.status ?? 1; // no status = killed by a signal or never started
}

/** @param {string} file */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** @param {string} name @param {number} ok @param {number} bad @param {string} [why] */
function record(name, ok, bad, why) {
	passed += ok;
	failed += bad;
	summary.push(`${name}: ${ok} passed, ${bad} failed${why ? ` (${why})` : ''}`);
}

// Check and lint have no test counts: a failure is one failed item, success adds nothing.
for (const script of ['check', 'lint']) {
	const code = run(script, 'npm', ['run', script]);
	if (code === 0) {
		summary.push(`${script}: ok`);
	} else {
		failed += 1;
		summary.push(
			`${script}: FAILED (\`npm run ${script}\` exited with ${code}), counted as 1 failed`
		);
	}
}

{
	const code = run('unit', process.execPath, [
		join(root, 'node_modules/vitest/vitest.mjs'),
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile=${unitJson}`
	]);
	const report = readJson(unitJson);
	if (!report) {
		record('unit', 0, 1, `no Vitest JSON report (exit ${code})`);
	} else {
		const ok = report.numPassedTests ?? 0;
		// A spec file that fails to load has no tests to count: count the file as 1 failed.
		/** @type {{ status: string, assertionResults?: unknown[] }[]} */
		const files = report.testResults ?? [];
		const broken = files.filter((f) => f.status === 'failed' && !f.assertionResults?.length);
		const bad = (report.numFailedTests ?? 0) + broken.length;
		const why = broken.length ? `${broken.length} spec file(s) failed to load` : undefined;
		// Vitest can also fail with every test green (an unhandled error): still a failure.
		if (code !== 0 && bad === 0) record('unit', ok, 1, `vitest exited with ${code}`);
		else record('unit', ok, bad, why);
	}
}

{
	// e2e.js builds the site and runs Playwright; PW_JSON_OUTPUT adds the JSON reporter.
	const code = run('e2e', process.execPath, [join(root, 'scripts/e2e.js')], {
		...process.env,
		PW_JSON_OUTPUT: e2eJson
	});
	const report = existsSync(e2eJson) ? readJson(e2eJson) : undefined;
	if (!report?.stats) {
		record('e2e', 0, 1, `no Playwright JSON report (exit ${code})`);
	} else {
		const ok = report.stats.expected ?? 0;
		const bad = (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
		// Global errors (web server did not start, no tests found) leave the stats at zero.
		if (code !== 0 && bad === 0) record('e2e', ok, 1, `playwright exited with ${code}`);
		else record('e2e', ok, bad);
	}
}

rmSync(tmp, { recursive: true, force: true });

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
