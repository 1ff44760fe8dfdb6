import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { site } from '../../src/edition/site.ts';
import { paths, withBase } from '../../src/edition/paths.ts';
import { formatVersion } from '../../src/lib/open-data.ts';
import { getRating, ratingBounds, ratings } from '../../src/edition/ratings.ts';
import { claims, distinctiveWords, sources } from '../site-content.ts';
import { t } from '../../src/edition/i18n.ts';
import { checkFilterOption, filterOption } from '../search-ui.ts';

const abs = (path: string) => new URL(path, site.url).href;

test('every claim page carries ClaimReview JSON-LD that agrees with its claim file', async ({
	page,
}) => {
	for (const { data: claim } of claims) {
		const appeared = sources.find((s) => s.id === claim.appeared.source)!.data;
		const archived = abs(paths.source(claim.appeared.source));
		await page.goto(paths.claim(claim.id));
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks).toHaveLength(1);
		const review = JSON.parse(blocks[0]!);
		const rating = getRating(claim.verdict);
		expect(review).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: abs(paths.claim(claim.id)),
			claimReviewed: claim.claim,
			datePublished: claim.published,
			author: {
				'@type': 'Organization',
				name: site.name,
				url: site.publisher.url ?? abs(paths.home()),
			},
			reviewRating: { '@type': 'Rating', alternateName: rating.label },
			itemReviewed: {
				'@type': 'Claim',
				// The article's own address where it has one, with the archived copy beside it.
				firstAppearance: appeared.url
					? { url: appeared.url, archivedAt: archived }
					: { url: archived },
			},
		});
		// A rating on the scale gives its value and the scale's ends; one off it (value null), none.
		if (rating.value !== null)
			expect(review.reviewRating).toMatchObject({
				ratingValue: rating.value,
				bestRating: ratingBounds.best,
				worstRating: ratingBounds.worst,
			});
		else
			for (const field of ['ratingValue', 'bestRating', 'worstRating'])
				expect(review.reviewRating).not.toHaveProperty(field);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			abs(paths.claim(claim.id)),
		);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
	}
});

test('every page type has canonical, Open Graph and Twitter meta, and feed discovery links that resolve', async ({
	page,
	request,
}) => {
	for (const path of [
		paths.home(),
		paths.sources(),
		...sources.slice(0, 1).map((s) => paths.source(s.data.id)),
		paths.verdicts(),
		paths.methodology(),
		paths.search(),
	]) {
		await page.goto(path);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', abs(path));
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', abs(path));
		await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveCount(1);
		const feeds = await page
			.locator('link[rel="alternate"]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
		expect(feeds).toEqual(expect.arrayContaining([paths.rss(), paths.atom(), paths.jsonFeed()]));
	}
	for (const feed of [paths.rss(), paths.atom(), paths.jsonFeed()])
		expect((await request.get(feed)).ok()).toBe(true);
});

test('RSS and Atom parse with a real feed parser and list every claim newest first with its verdict', async ({
	request,
}) => {
	for (const path of [paths.rss(), paths.atom()]) {
		const feed = parseFeed(await (await request.get(path)).text());
		expect(feed.items.length).toBe(Math.min(50, claims.length));
		for (const item of feed.items) {
			const claim = claims.find((c) => item.url?.endsWith(paths.claim(c.data.id)));
			expect(claim, item.url ?? '').toBeDefined();
			expect(item.title).toBe(`${getRating(claim!.data.verdict).label}: ${claim!.data.claim}`);
		}
	}
	const json = await (await request.get(paths.jsonFeed())).json();
	expect(json.version).toBe('https://jsonfeed.org/version/1.1');
	expect(json.items).toHaveLength(Math.min(50, claims.length));
});

test('robots.txt points at the sitemap, which lists every claim and source page', async ({
	request,
}) => {
	const robots = await (await request.get(withBase('robots.txt'))).text();
	expect(robots).toContain(`Sitemap: ${abs(withBase('sitemap-index.xml'))}`);
	const index = await (await request.get(withBase('sitemap-index.xml'))).text();
	const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const listed = (await Promise.all(maps.map(async (m) => (await request.get(m)).text()))).join(
		'\n',
	);
	for (const { data } of claims)
		expect(listed).toContain(`<loc>${abs(paths.claim(data.id))}</loc>`);
	for (const { data } of sources)
		expect(listed).toContain(`<loc>${abs(paths.source(data.id))}</loc>`);
});

test('open data: every claim listed in JSON, each entry leading to its record (both valid against the published schema), CSV and the ClaimReview DataFeed', async ({
	request,
}) => {
	const schema = await (await request.get(paths.dataSchema())).json();
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile(schema);
	const validateEntry = ajv.compile({ $defs: schema.$defs, $ref: '#/$defs/entry' });
	const all = await (await request.get(paths.dataAll())).json();
	expect(all).toMatchObject({ version: formatVersion, schema: abs(paths.dataSchema()) });
	expect(all.claims.map((c: { id: string }) => c.id).sort()).toEqual(
		claims.map((c) => c.data.id).sort(),
	);
	for (const entry of all.claims) {
		expect(validateEntry(entry), JSON.stringify(validateEntry.errors)).toBe(true);
		expect(entry.record).toBe(abs(paths.dataClaim(entry.id)));
		const one = await (await request.get(paths.dataClaim(entry.id))).json();
		const record = one.claim;
		expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
		expect([record.id, record.url, record.verdict.id]).toEqual([
			entry.id,
			entry.url,
			entry.verdict.id,
		]);
		const file = claims.find((c) => c.data.id === record.id)!.data;
		expect(record.verdict.id).toBe(file.verdict);
		expect(record.sources.map((s: { stance: string }) => s.stance)).toEqual(
			sources.map((s) => file.sources.find((x) => x.source === s.data.id)?.stance),
		);
	}
	const csv = await request.get(paths.dataCsv());
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(claims.length + 1);
	const feed = await (await request.get(paths.dataFeed())).json();
	expect(feed['@type']).toBe('DataFeed');
	expect(feed.dataFeedElement).toHaveLength(claims.length);
	expect(feed.dataFeedElement.every((r: { '@type': string }) => r['@type'] === 'ClaimReview')).toBe(
		true,
	);
});

test('search finds a claim by its words and narrows by verdict', async ({ page }) => {
	const [target] = claims;
	test.skip(!target, 'the edition has no claims yet');
	if (!target) return;
	await page.goto(`${paths.search()}?q=${encodeURIComponent(distinctiveWords(target))}`);
	const result = page.locator(`.pagefind-ui__result a[href^="${paths.claim(target.data.id)}"]`);
	await expect(result.first()).toBeVisible({ timeout: 15_000 });
	// Every result of the query is on the page (none behind "load more"), so the filtered list can be derived from it.
	await expect(page.locator('.pagefind-ui__button')).toHaveCount(0);
	const shown = () =>
		page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const verdictAt = (path: string) =>
		claims.find((claim) => paths.claim(claim.data.id) === path)?.data.verdict;
	const unfiltered = await shown();
	const label = getRating(target.data.verdict).label;
	await checkFilterOption(page, filterOption(label));
	// Exactly the results that are claims with that verdict remain, the target among them.
	const expected = unfiltered.filter((path) => verdictAt(path) === target.data.verdict).sort();
	expect(expected).toContain(paths.claim(target.data.id));
	await expect.poll(async () => (await shown()).sort()).toEqual(expected);
});

test('without JavaScript the search page offers the listings instead', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(paths.search());
	await expect(page.getByText(t('search.noScript'))).toBeVisible();
	// Every rating on the edition's scale links to its listing.
	for (const rating of ratings)
		await expect(page.getByRole('link', { name: rating.label, exact: true })).toHaveAttribute(
			'href',
			paths.verdict(rating.id),
		);
	await context.close();
});

test('the missing page has no canonical URL or og:url and is kept out of search engines', async ({
	page,
	request,
}) => {
	const response = await page.goto(withBase('no-such-page/'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
	expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(
		t('notFound.title'),
	);
	const sitemap = await (await request.get(withBase('sitemap-0.xml'))).text();
	expect(sitemap).not.toMatch(/\/404(\.html|\/)?</);
});
