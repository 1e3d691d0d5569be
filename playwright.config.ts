import { defineConfig } from '@playwright/test';

// Run through `npm run test:e2e` (scripts/e2e.js): it builds the site first and sets
// KUBESTEP_BROWSER, because Playwright cannot download its own browser everywhere.
// E2E_PORT lets two checkouts run their suites side by side.
const port = process.env.E2E_PORT || '4173';
const baseURL = `http://127.0.0.1:${port}`;

// scripts/test.js asks for a machine-readable report so it can count results.
const jsonOutput = process.env.PW_JSON_OUTPUT;

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	// One worker, in order, no retries: a flaky test must show up as a failure.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	reporter: jsonOutput ? [['list'], ['json', { outputFile: jsonOutput }]] : [['list']],
	use: {
		baseURL,
		// The tests play flows through; the checkpoints' questions (predict, then reveal) would stop
		// them. This browser has turned them off, as a person can; the checkpoint tests start clean.
		storageState: {
			cookies: [],
			origins: [{ origin: baseURL, localStorage: [{ name: 'kubestep.checkpoints', value: 'off' }] }]
		},
		browserName: 'chromium',
		viewport: { width: 1280, height: 720 },
		trace: 'off',
		launchOptions: {
			executablePath: process.env.KUBESTEP_BROWSER || undefined,
			// Containers run us as root without a usable GPU or /dev/shm; keep the browser
			// off the network so runs are deterministic.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'node scripts/serve.js',
		url: baseURL,
		// A server left over from an earlier build serves stale chunk hashes and breaks
		// dynamic imports, so always start our own (and fail if the port is taken).
		reuseExistingServer: false,
		timeout: 30_000,
		// Tests address the site at the root, whatever the shell has exported.
		env: { PORT: port, BASE_PATH: '' }
	}
});
