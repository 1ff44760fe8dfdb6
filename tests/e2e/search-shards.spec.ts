/**
 * The search index in shards reads the same as one index: the built site (one shard at this size)
 * beside a copy of it whose index is built in shards of a few pages and merged into one.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { t } from '../../src/edition/i18n.ts';
import { paths } from '../../src/edition/paths.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { site } from '../../src/edition/site.ts';
import { claims, sources } from '../site-content.ts';
import { shardPages } from '../../src/integrations/search-shards.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { checkFilterOption, filterOption } from '../search-ui.ts';

/** Words of five letters or more, lower-cased. */
const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
const claimWords = claims.map((c) => words(`${c.data.claim} ${c.data.summary}`));
const claimsWith = (word: string) => claimWords.filter((set) => set.has(word)).length;
/** The edition's own words to search for: the word most claims share, the first claim's rarest, and another. */
const byUse = [...new Set(claimWords.flatMap((set) => [...set]))].sort(
	(a, b) => claimsWith(b) - claimsWith(a) || a.localeCompare(b),
);
const common = byUse[0] ?? '';
const rare =
	[...(claimWords[0] ?? [])].sort(
		(a, b) => claimsWith(a) - claimsWith(b) || b.length - a.length,
	)[0] ?? '';
const second = byUse.find((word) => word !== common && word !== rare) ?? '';

/** Each indexed page, by its file in the built site (under the site's own section words), and its words. */
const pageWords = new Map<string, Set<string>>([
	...claims.map(
		(c) =>
			[
				`${site.paths.claims}/${c.id}/index.html`,
				words(`${c.data.claim} ${c.data.summary} ${c.body}`),
			] as const,
	),
	...sources.map((s) => [`${site.paths.sources}/${s.id}/index.html`, words(s.body)] as const),
]);
/** Pages per shard as the copy below is indexed: at most four, and few enough that even a small edition splits. */
const perShard = Math.min(4, Math.max(1, Math.floor(pageWords.size / 3)));
/** Words some page of every shard shows (in its claim, summary and analysis, or its article): every shard knows them. */
const inEveryShard = byUse.filter((word) =>
	shardPages([...pageWords.keys()].sort(), perShard).every(
		(shard) => shard.length === 0 || shard.some((page) => pageWords.get(page)?.has(word)),
	),
);

let dir: string;
let sharded: RunningServer;
let shards: number;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'crosscheck-shards-'));
	cpSync('dist', join(dir, 'site'), { recursive: true });
	({ shards } = await buildSearchIndex(join(dir, 'site'), join(dir, 'cache'), perShard));
	sharded = await serveDirectory(join(dir, 'site'), 0, site.base);
});

test.afterAll(async () => {
	await sharded?.close();
	rmSync(dir, { recursive: true, force: true });
});

interface Answer {
	readonly message: string;
	readonly results: string[];
	/** Every filter value's count, as Pagefind gives them. */
	readonly filters: string;
}

/**
 * What a reader sees for a query: the result count, every result in order (loading them all),
 * and every filter value with its count.
 */
async function search(
	page: Page,
	origin: string,
	query: string,
	verdict?: string,
): Promise<Answer> {
	await page.goto(`${new URL(origin).origin}${paths.search()}?q=${encodeURIComponent(query)}`);
	// Pagefind's interface speaks the site's language in words of its own: read counts, not words.
	const message = page.locator('.pagefind-ui__message');
	await expect(message).toHaveText(/\d/, { timeout: 15_000 });
	if (verdict) {
		await checkFilterOption(page, filterOption(verdict));
		// The message is drawn again once the filtered search is done: wait until it holds still.
		let last = '';
		await expect
			.poll(
				async () => {
					const now = (await message.textContent()) ?? '';
					const settled = now === last && /\d/.test(now);
					last = now;
					return settled;
				},
				{ timeout: 15_000, intervals: [750] },
			)
			.toBe(true);
	}
	// Results come five at a time: load batches until every result the message counts is shown
	// (the message and the button are drawn again as results load, so read both each time).
	const shown = page.locator('.pagefind-ui__result');
	// A result is drawn as a placeholder first and gets its links when its page's data arrives.
	const unfilled = page.locator('.pagefind-ui__result:not(:has(.pagefind-ui__result-link))');
	const more = page.locator('.pagefind-ui__button');
	const counted = async () =>
		Number(/\d[\d,.]*/.exec((await message.textContent()) ?? '')?.[0]?.replace(/[,.]/g, '') ?? -1);
	await expect
		.poll(
			async () => {
				const [count, total] = [await shown.count(), await counted()];
				// A click on a button being redrawn misses; the next poll tries again.
				if (count < total && (await more.isVisible()))
					await more.click({ timeout: 1_000 }).catch(() => undefined);
				return count === total && (await unfilled.count()) === 0 && !(await more.isVisible());
			},
			{ timeout: 30_000, intervals: [250] },
		)
		.toBe(true);
	// The filter counts from Pagefind itself, for the same search: its interface draws its filter
	// panel in steps (a group can come and go as counts arrive), so reading it races.
	const filters = await page.evaluate(
		async ({ query, filter, verdict }) => {
			const script = document.querySelector<HTMLScriptElement>('script[src$="pagefind-ui.js"]');
			const pagefind = (await import(new URL('pagefind.js', script!.src).href)) as {
				search(query: string, options: object): Promise<{ filters: object }>;
			};
			const found = await pagefind.search(query, verdict ? { filters: { [filter]: verdict } } : {});
			return JSON.stringify(found.filters);
		},
		{ query, filter: t('search.filterVerdict'), verdict },
	);
	return {
		message: (await message.textContent()) ?? '',
		results: await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
		filters,
	};
}

test('any query lists the same pages in the same order, with the same counts and filter values, from shards as from one index', async ({
	page,
	baseURL,
}) => {
	test.skip(pageWords.size < 2, 'an edition of fewer than two pages has nothing to split');
	expect(shards).toBeGreaterThan(1);
	// Two searches a query, each loading every result.
	test.setTimeout(120_000);
	// Words every shard has and words only some have, alone and together: per-shard word
	// statistics would rank these differently, and a word a shard lacks would match others there.
	const queries = [
		...new Set([
			...inEveryShard.slice(0, 2),
			common,
			rare,
			`${rare} ${common}`,
			`${common} ${second}`,
		]),
	].filter((query) => query.trim() !== '');
	for (const query of queries) {
		const one = await search(page, baseURL!, query);
		const merged = await search(page, sharded.url, query);
		expect(one.results.length, query).toBeGreaterThan(0);
		expect(merged, query).toEqual(one);
	}
});

test('a verdict filter narrows shards as it narrows one index, in the same order', async ({
	page,
	baseURL,
}) => {
	const word = inEveryShard[0] ?? common;
	const target = claims.find((_, i) => claimWords[i]?.has(word));
	test.skip(!target, 'no claim has a word to search for');
	const label = getRating(target!.data.verdict).label;
	const one = await search(page, baseURL!, word, label);
	const merged = await search(page, sharded.url, word, label);
	expect(one.results.length).toBeGreaterThan(0);
	expect(merged).toEqual(one);
});
