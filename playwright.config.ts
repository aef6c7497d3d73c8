import { defineConfig } from '@playwright/test';

// `npm test` picks a free port, so two suites on one machine never collide.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Runs against the production server (node server.js) on loopback, in Debian's Chromium: this
 * machine cannot download Playwright's own browser builds.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 90_000,
	expect: { timeout: 10_000 },
	reporter: [
		['list'],
		['json', { outputFile: 'test-results/playwright.json' }],
		...(process.env.CI ? [] : [['html', { open: 'never' }] as const])
	],
	outputDir: 'test-results/e2e',
	use: {
		baseURL,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: baseURL,
		reuseExistingServer: false,
		timeout: 60_000,
		env: { PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: baseURL, OUT_OF_HOURS_PHONE: '1813' }
	}
});
