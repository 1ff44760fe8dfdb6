import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.ts';
import { site } from './src/edition/site.ts';

/** Browser tests run against the BUILT site (npm run build first), served as a static host would. */
/** CROSSCHECK_TEST_PORT moves the test server off 4321, for a machine where something else listens there. */
const port = Number(process.env['CROSSCHECK_TEST_PORT'] ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// On CI, a test that fails is run once more and, if it then passes, reported as flaky rather
	// than passed: the Pagefind interface has been seen, under two workers and a loaded machine,
	// not to draw its filter groups once in hundreds of runs. A test that fails twice fails CI.
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: launchOptions(),
		trace: 'off',
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
		{
			name: 'phone',
			use: {
				viewport: { width: 320, height: 700 },
				isMobile: true,
				hasTouch: true,
				launchOptions: launchOptions(),
			},
			grep: /@responsive/,
		},
	],
	webServer: {
		command: `node tests/serve.ts dist ${port}`,
		url: `http://127.0.0.1:${port}${site.base}`,
		reuseExistingServer: !process.env.CI,
	},
});
