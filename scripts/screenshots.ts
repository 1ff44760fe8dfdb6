/**
 * npm run screenshots [-- [--full] paths...]: serve dist/ and save desktop (1280 px) and phone
 * (390 px) screenshots of pages (the first screen, or the whole page with --full) to
 * screenshots/, for looking at what readers see. Without paths: the home page, the newest
 * claim, the first source article and the sources page with its matrix. Build first.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { paths } from '../src/edition/paths.ts';
import { site } from '../src/edition/site.ts';
import { launchOptions } from './lib/browser.ts';
import { contentUnder } from './lib/content-files.ts';
import { serveDirectory } from './lib/static-server.ts';

const { claims, sources } = contentUnder('.');
const full = process.argv.includes('--full');
const pages = process.argv.slice(2).filter((arg) => arg !== '--full');
const newest = [...claims].sort((a, b) => b.data.published.localeCompare(a.data.published))[0];
const defaults = [
	paths.home(),
	newest && paths.claim(newest.id),
	sources[0] && paths.source(sources[0].id),
	paths.sources(),
].filter((p) => p !== undefined);
const targets = pages.length > 0 ? pages : defaults;
const viewports = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 },
];

// Served under the site's base path, as its host serves it; `paths` already carry the base.
const server = await serveDirectory('dist', 0, site.base);
const origin = new URL(server.url).origin;
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
	for (const viewport of viewports) {
		const page = await browser.newPage({ viewport });
		for (const path of targets) {
			await page.goto(new URL(path, origin).href);
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
