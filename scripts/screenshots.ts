/**
 * npm run screenshots [-- [--full] paths...]: serve dist/ and save desktop and phone
 * screenshots of pages (the first screen, or the whole page with --full) to screenshots/,
 * for looking at what readers see. Build first.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { serveDirectory } from '../tests/static-server.ts';

const full = process.argv.includes('--full');
const pages = process.argv.slice(2).filter((arg) => arg !== '--full');
const targets = pages.length > 0 ? pages : ['/', '/sources/', '/methodology/'];
const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 360, height: 780 },
];

const server = await serveDirectory('dist');
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
	for (const viewport of viewports) {
		const page = await browser.newPage({ viewport });
		for (const path of targets) {
			await page.goto(new URL(path, server.url).href);
			const file = `screenshots/${viewport.name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
			await page.screenshot({ path: file, fullPage: full });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
