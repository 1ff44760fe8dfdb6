/**
 * The search index in shards reads the same as one index: the built site (one shard at this size)
 * beside a copy of it whose index is split into shards of a few pages, merged in the browser.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { paths } from '../../src/lib/paths.ts';
import { serveDirectory, type RunningServer } from '../static-server.ts';

let dir: string;
let sharded: RunningServer;
let shards: number;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'crosscheck-shards-'));
	cpSync('dist', join(dir, 'site'), { recursive: true });
	({ shards } = await buildSearchIndex(join(dir, 'site'), join(dir, 'cache'), 4));
	sharded = await serveDirectory(join(dir, 'site'));
});

test.afterAll(async () => {
	await sharded?.close();
	rmSync(dir, { recursive: true, force: true });
});

interface Answer {
	readonly message: string;
	readonly results: string[];
	readonly filters: string[];
}

/**
 * What a reader sees for a query: the result count, every result (loading them all), and every
 * filter value with its count. Values are compared as a set: merged shards list a value the
 * first shard lacks after the others (see docs/performance.md).
 */
async function search(page: Page, origin: string, query: string, verdict?: string): Promise<Answer> {
	await page.goto(`${origin}${paths.search()}?q=${encodeURIComponent(query)}`);
	const message = page.locator('.pagefind-ui__message');
	await expect(message).toHaveText(/result/, { timeout: 15_000 });
	for (const name of await page.locator('.pagefind-ui__filter-name').all()) await name.click();
	if (verdict) {
		await page.getByLabel(new RegExp(`^${verdict}`)).first().check();
		await expect(message).not.toHaveText(/^Filtering/);
	}
	// Results come five at a time; the button is drawn again as each batch loads.
	const more = page.locator('.pagefind-ui__button', { hasText: /more/i });
	for (let batch = 0; batch < 20 && (await more.isVisible()); batch++) await more.click({ timeout: 2_000 }).catch(() => undefined);
	await expect(more).toBeHidden();
	return {
		message: (await message.textContent()) ?? '',
		results: await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
		filters: await page.locator('.pagefind-ui__filter-value').evaluateAll((values) => values.map((v) => v.textContent?.replace(/\s+/g, ' ').trim() ?? '')),
	};
}

test('one word finds the same pages, with the same counts and filter values, in merged shards as in one index', async ({ page, baseURL }) => {
	expect(shards).toBeGreaterThan(2);
	for (const query of ['cartels', 'drone', 'terrorist', 'Mexico']) {
		const one = await search(page, baseURL!, query);
		const merged = await search(page, sharded.url, query);
		expect(one.results.length, query).toBeGreaterThan(0);
		expect(merged.message, query).toBe(one.message);
		expect([...merged.results].sort(), query).toEqual([...one.results].sort());
		expect([...merged.filters].sort(), query).toEqual([...one.filters].sort());
	}
});

test('several words: merged shards find every page one index finds', async ({ page, baseURL }) => {
	// A shard ignores a word none of its pages has (Pagefind's rule for unknown words), so it may add
	// pages that match the other words; it never loses one (see docs/performance.md).
	for (const query of ['drone flights', 'terrorist organizations']) {
		const one = await search(page, baseURL!, query);
		const merged = await search(page, sharded.url, query);
		expect(one.results.length, query).toBeGreaterThan(0);
		expect(merged.results, query).toEqual(expect.arrayContaining(one.results));
	}
});

test('a verdict filter narrows merged shards as it narrows one index', async ({ page, baseURL }) => {
	const one = await search(page, baseURL!, 'cartels', 'False');
	const merged = await search(page, sharded.url, 'cartels', 'False');
	expect(one.results.length).toBeGreaterThan(0);
	expect(merged.message).toBe(one.message);
	expect([...merged.results].sort()).toEqual([...one.results].sort());
	expect([...merged.filters].sort()).toEqual([...one.filters].sort());
});
