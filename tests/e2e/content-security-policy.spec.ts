import { expect, test, type Frame, type Page } from '@playwright/test';
import { paths, withBase } from '../../src/edition/paths.ts';
import { getRating, ratings } from '../../src/edition/ratings.ts';
import { iframeCode, scriptCode, type EmbeddableClaim } from '../../src/embed/snippets.ts';
import { frameClass } from '../../src/embed/protocol.ts';
import { claimSizeRules } from '../../src/embed/card-size.ts';
import { servedFrom, startHostSite, type HostSite } from '../embed-host.ts';
import { claims, distinctiveWords, sources } from '../site-content.ts';
import { t } from '../../src/edition/i18n.ts';
import { checkFilterOption, filterOption } from '../search-ui.ts';

const [claim] = claims;
const [source] = sources;
const embeddable: EmbeddableClaim | undefined = claim && {
	id: claim.id,
	claim: claim.data.claim,
	summary: claim.data.summary,
	rating: getRating(claim.data.verdict),
};

/** Every page type the edition has (a new, empty edition has no claim, source or embed pages yet). */
const pageTypes: Record<string, string> = {
	home: paths.home(),
	...(claim ? { claim: paths.claim(claim.id), 'embed card': paths.embed(claim.id) } : {}),
	...(source
		? { source: paths.source(source.id), 'source claims': paths.sourceClaims(source.id) }
		: {}),
	sources: paths.sources(),
	verdicts: paths.verdicts(),
	verdict: paths.verdict(ratings[0]!.id),
	methodology: paths.methodology(),
	about: paths.about(),
	search: paths.search(),
	'not found': withBase('no-such-page/'),
};

const marker = 'crosscheck:csp-violation';

/**
 * Records every CSP violation in the page and in all its frames, cross-origin ones included: an
 * init script (run in every frame before its own scripts) logs each `securitypolicyviolation`
 * event, and Chromium's own "Refused to …" console errors and uncaught errors are kept too.
 */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.addInitScript((prefix) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}: ${event.sample}`,
			);
		});
	}, marker);
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith(marker) || /Content Security Policy/i.test(text)) seen.push(text);
	});
	page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
	return seen;
}

/** The directives of a policy: name to list of sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/** The document's policy, checked for what every page must hold; returns its directives. */
async function expectStrictPolicy(frame: Page | Frame) {
	const meta = frame.locator('meta[http-equiv="content-security-policy" i]');
	await expect(meta).toHaveCount(1);
	// A policy in a <meta> covers only what comes after it: it must precede every script and style.
	const before = await meta.evaluate((element) =>
		[
			...document.querySelectorAll(
				'script:not([type="application/ld+json"]), style, link[rel="stylesheet"]',
			),
		].every((other) => element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
	);
	expect(before, 'the policy comes before every script and style').toBe(true);
	const policy = (await meta.getAttribute('content')) ?? '';
	const directives = parsePolicy(policy);
	expect(policy).not.toContain("'unsafe-inline'");
	expect(policy).not.toContain("'unsafe-eval'");
	expect(policy).not.toContain("'unsafe-hashes'");
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'self'"]);
	expect(directives.get('script-src')?.[0]).toBe("'self'");
	expect(directives.get('style-src')?.[0]).toBe("'self'");
	for (const list of [directives.get('script-src')!, directives.get('style-src')!]) {
		expect(
			list.slice(1).every((value) => /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/.test(value)),
			list.join(' '),
		).toBe(true);
	}
	// Ignored in a <meta>: framing is the response headers' job (src/lib/response-headers.ts).
	expect(directives.has('frame-ancestors')).toBe(false);
	return directives;
}

let host: HostSite;
test.beforeAll(async () => {
	host = await startHostSite();
});
test.afterAll(async () => {
	await host.close();
});

for (const [type, path] of Object.entries(pageTypes)) {
	test(`${type} page carries a strict policy and loads under it`, async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto(path);
		await page.waitForLoadState('load');
		const directives = await expectStrictPolicy(page);
		// Only the search page loads images from data: URLs (Pagefind's icon); see src/pages/search.astro.
		expect(directives.get('img-src')).toEqual(
			path === paths.search() ? ["'self'", 'data:'] : undefined,
		);
		expect(violations).toEqual([]);
	});
}

test('verdict colors reach every element marked with its verdict, with no style attribute', async ({
	page,
}) => {
	/** The color `--verdict` gives an element, and the rating's own, both as the browser computes them. */
	const colors = (selector: string, color: string) =>
		page.locator(selector).evaluateAll(
			(elements, expected) =>
				elements.map((element) => {
					const probe = element.appendChild(document.createElement('span'));
					probe.style.color = 'var(--verdict)';
					const given = getComputedStyle(probe).color;
					probe.style.color = expected;
					const wanted = getComputedStyle(probe).color;
					probe.remove();
					return given === wanted;
				}),
			color,
		);
	const pages: [string, string[]][] = [
		[paths.verdicts(), ratings.map((r) => r.id)],
		...(claim ? [[paths.claim(claim.id), [claim.data.verdict]] as [string, string[]]] : []),
	];
	for (const [path, ids] of pages) {
		await page.goto(path);
		await expect(page.locator('[style]')).toHaveCount(0);
		for (const id of ids) {
			const matches = await colors(`[data-verdict="${id}"]`, getRating(id).color);
			expect(matches.length, `${path}: ${id}`).toBeGreaterThan(0);
			expect(matches, `${path}: ${id}`).not.toContain(false);
		}
	}
});

test.describe('with claims', () => {
	test.skip(!claim || !embeddable, 'the edition has no claims yet');

	test('search with a query, its results and a filter runs under the policy', async ({ page }) => {
		test.skip(!claim || !embeddable, 'the edition has no claims yet');
		if (!claim || !embeddable) return;
		const violations = await watchViolations(page);
		await page.goto(`${paths.search()}?q=${encodeURIComponent(distinctiveWords(claim))}`);
		const result = page.locator(`.pagefind-ui__result a[href^="${paths.claim(claim.id)}"]`);
		await expect(result.first()).toBeVisible({ timeout: 15_000 });
		await checkFilterOption(page, filterOption(embeddable.rating.label));
		await expect(page.locator('.pagefind-ui__filter-checkbox:checked')).toHaveCount(1);
		await expect(result.first()).toBeVisible();
		// The excerpt highlighting, the results count and the filter counts all rendered without a violation.
		await expect(page.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('claim page: the copy button works under the policy', async ({ page, context }) => {
		test.skip(!claim, 'the edition has no claims yet');
		if (!claim) return;
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const violations = await watchViolations(page);
		await page.goto(paths.claim(claim.id));
		await page.getByRole('button', { name: t('embed.iframe.button') }).click();
		await expect(page.getByRole('status').filter({ hasText: t('embed.copied') })).toBeVisible();
		expect(violations).toEqual([]);
	});

	for (const [way, code] of [
		['a plain iframe', iframeCode],
		['embed.js', scriptCode],
	] as const) {
		test(`an embed card framed on another site by ${way} loads under its policy`, async ({
			page,
			baseURL,
		}) => {
			test.skip(!claim || !embeddable, 'the edition has no claims yet');
			if (!claim || !embeddable) return;
			const violations = await watchViolations(page);
			await page.goto(host.page(servedFrom(code(embeddable), baseURL!)));
			const frame = await (
				await page.locator(`iframe.${frameClass}`).elementHandle()
			)?.contentFrame();
			if (!frame) throw new Error('no card frame');
			await expect(frame.locator('h1')).toHaveText(embeddable.claim);
			await expectStrictPolicy(frame);
			// The card links its one stylesheet, allowed as 'self' from within the frame (and cached
			// by the reader's browser for every further card); a claim too long for the shortest frame
			// adds its own size rules inline, allowed by their hash (src/embed/card-size.ts).
			const rules = claimSizeRules(embeddable).length > 0;
			await expect(frame.locator('link[rel="stylesheet"]')).toHaveCount(1);
			await expect(frame.locator('style')).toHaveCount(rules ? 1 : 0);
			expect(
				await frame
					.locator('link[rel="stylesheet"]')
					.evaluate((link: HTMLLinkElement) => link.sheet?.cssRules.length ?? 0),
			).toBeGreaterThan(0);
			for (const theme of ['dark', 'light']) {
				await frame.goto(`${baseURL}${paths.embed(claim.id)}?theme=${theme}`);
				// The theme script ran: it is an inline script, allowed by its hash.
				await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
			}
			expect(violations).toEqual([]);
		});
	}

	test('the watcher sees a violation in a framed card on another origin', async ({
		page,
		baseURL,
	}) => {
		// Guards the tests above: they pass on silence, so silence must mean no violation.
		test.skip(!embeddable, 'the edition has no claims yet');
		if (!embeddable) return;
		const violations = await watchViolations(page);
		await page.goto(host.page(servedFrom(iframeCode(embeddable), baseURL!)));
		const frame = await (
			await page.locator(`iframe.${frameClass}`).elementHandle()
		)?.contentFrame();
		if (!frame) throw new Error('no card frame');
		await expect(frame.locator('h1')).toHaveText(embeddable.claim);
		await frame.evaluate(() => {
			const unhashed = document.createElement('style');
			unhashed.textContent = 'h1 { color: red }';
			document.head.append(unhashed);
		});
		await expect
			.poll(() => violations.filter((v) => v.startsWith(marker) && v.includes('style-src')))
			.toHaveLength(1);
	});
});
