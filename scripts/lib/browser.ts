/**
 * How tests and scripts launch Chromium: Playwright's own build where the machine has it,
 * otherwise the system Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network: no background connections, no sandbox as root. */
const quietFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launchOptions(): LaunchOptions {
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return {};
	if (!existsSync(systemChromium)) {
		throw new Error(
			`No Chromium found: install Playwright's (npx playwright install chromium) or Debian's (apt-get install chromium), or set CHROMIUM_PATH.`,
		);
	}
	return { executablePath: systemChromium, args: quietFlags };
}
