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
	retries: 0,
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
