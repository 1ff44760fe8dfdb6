import { axeViolations } from '../axe.ts';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { site } from '../../src/edition/site.ts';
import { cardHeight } from '../../src/embed/card-size.ts';
import { cardWidth, fitClass, frameClass, heightMessageType } from '../../src/embed/protocol.ts';
import {
	badgeMarkdown,
	iframeCode,
	scriptCode,
	type EmbeddableClaim,
} from '../../src/embed/snippets.ts';
import { absoluteUrl, paths, withBase } from '../../src/edition/paths.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { servedFrom, startHostSite, type HostSite } from '../embed-host.ts';
import { type Loaded } from '../../scripts/lib/content-files.ts';
import { claims } from '../site-content.ts';
import type { ClaimData } from '../../src/lib/schema.ts';
import { t } from '../../src/edition/i18n.ts';

const embeddable = ({ id, data }: Loaded<ClaimData>): EmbeddableClaim => ({
	id,
	claim: data.claim,
	summary: data.summary,
	rating: getRating(data.verdict),
});
// Cards need claims: an edition that has none yet has no embeds to test.
test.skip(claims.length === 0, 'the edition has no claims yet');
const cards = claims.map(embeddable);
// An edition with fewer than three claims embeds the same card more than once.
const [first, second, third] = [0, 1, 2].map((i) => cards[i] ?? cards[0]) as [
	EmbeddableClaim,
	EmbeddableClaim,
	EmbeddableClaim,
];
const longest = [...cards].sort(
	(a, b) => b.claim.length + b.summary.length - a.claim.length - a.summary.length,
)[0] as EmbeddableClaim;
const budget = { card: 15 * 1024, script: 3 * 1024, copyButton: 1024 };

let host: HostSite;
test.beforeAll(async () => {
	host = await startHostSite();
});
test.afterAll(async () => {
	await host.close();
});

async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('no frame in that iframe');
	return frame;
}

/** The rendered height of an iframe on the host page, and of the card inside it. */
const frameHeight = async (iframe: Locator) => (await iframe.boundingBox())?.height ?? 0;
const renderedHeight = (frame: Frame) =>
	frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));

/** Every card iframe on the page shows its card and, after resizing, is exactly as tall as it. */
async function expectCardsSizedToContent(page: Page, expected: readonly EmbeddableClaim[]) {
	const iframes = page.locator(`iframe.${frameClass}`);
	await expect(iframes).toHaveCount(expected.length);
	for (const [i, claim] of expected.entries()) {
		const iframe = iframes.nth(i);
		await iframe.scrollIntoViewIfNeeded();
		const frame = await frameOf(iframe);
		await expect(frame.locator('h1')).toHaveText(claim.claim);
		await expect(frame.locator('.verdict')).toHaveText(
			`${t('embed.cardVerdict')}${claim.rating.label}`,
		);
		await expect
			.poll(async () => Math.abs((await frameHeight(iframe)) - (await renderedHeight(frame))))
			.toBeLessThanOrEqual(1);
	}
}

/** What a reader of a card in a frame sees: whether it scrolls, and where the card and its link end. */
const cardInFrame = (frame: Frame) =>
	frame.evaluate((fit) => {
		const root = document.documentElement;
		const main = document.querySelector('main')!.getBoundingClientRect();
		const link = document.querySelector('.more a')!.getBoundingClientRect();
		const h1 = document.querySelector('h1')!;
		const claim = h1.getBoundingClientRect();
		return {
			scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
			viewport: { width: window.innerWidth, height: window.innerHeight },
			card: { top: main.top, bottom: main.bottom, right: main.right },
			link: { bottom: link.bottom, width: link.width },
			claim: { bottom: claim.bottom, cut: h1.scrollHeight > h1.clientHeight },
			fit: root.classList.contains(fit),
		};
	}, fitClass);

test.describe('embedding on another site', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test(`by plain iframe: every card fills its frame, its claim whole, with no scrollbar, in columns 280 to 800 px wide (${scheme})`, async ({
			page,
			baseURL,
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			const all = claims.map(embeddable);
			const code = all.map((claim) => servedFrom(iframeCode(claim), baseURL!)).join('');
			await page.goto(host.page(`<div id="column">${code}</div>`));
			const iframes = page.locator('iframe');
			await expect(iframes).toHaveCount(all.length);
			const frames: Frame[] = [];
			for (const i of all.keys()) {
				// The pasted code loads lazily: bring each frame into view to load it.
				await iframes.nth(i).scrollIntoViewIfNeeded();
				frames.push(await frameOf(iframes.nth(i)));
				await frames[i]!.locator('.more a').waitFor();
			}
			for (const width of [280, 320, 400, 600, 800]) {
				await page
					.locator('#column')
					.evaluate((column, w) => (column.style.width = `${w}px`), width);
				for (const [i, claim] of all.entries()) {
					const seen = await cardInFrame(frames[i]!);
					const where = `${claim.id} at ${width} px`;
					expect(seen.viewport, where).toEqual({
						width: Math.min(width, cardWidth.max),
						height: cardHeight(claim),
					});
					expect(seen.fit, where).toBe(false);
					expect(seen.scrolls, where).toBe(false);
					expect(seen.card.top, where).toBe(0);
					expect(seen.card.bottom, where).toBe(seen.viewport.height);
					expect(seen.card.right, where).toBeLessThanOrEqual(seen.viewport.width);
					expect(seen.link.width, where).toBeGreaterThan(0);
					expect(seen.link.bottom, where).toBeLessThan(seen.card.bottom);
					expect(seen.claim.cut, where).toBe(false);
					expect(seen.claim.bottom, where).toBeLessThan(seen.link.bottom);
				}
			}
		});
	}

	test('by script: several blockquotes become cards sized to their content, at any width', async ({
		page,
		baseURL,
	}) => {
		const code = [first, second, third]
			.map((claim) => servedFrom(scriptCode(claim), baseURL!))
			.join('\n');
		const broken = `<blockquote class="crosscheck-claim" data-claim="../about"><a href="${baseURL}/">a bad id stays a link</a></blockquote>`;
		await page.goto(host.page(`<div id="narrow" style="width: 320px">${code}</div>${broken}`));
		await expectCardsSizedToContent(page, [first, second, third]);
		await expect(page.getByRole('link', { name: 'a bad id stays a link' })).toBeVisible();
		const narrow = await frameHeight(page.locator('iframe').first());

		await page.locator('#narrow').evaluate((div) => (div.style.width = `${600}px`));
		await expectCardsSizedToContent(page, [first, second, third]);
		expect(await frameHeight(page.locator('iframe').first())).toBeLessThan(narrow);
	});

	test('by script: without JavaScript the blockquote is a link to the check', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(host.page(servedFrom(scriptCode(first), baseURL!)));
		await expect(page.locator('iframe')).toHaveCount(0);
		await expect(page.getByRole('link', { name: first.claim })).toHaveAttribute(
			'href',
			`${baseURL}${paths.claim(first.id)}`,
		);
		await context.close();
	});

	test('embed.js resizes only for well-formed messages from the site, and only the card that sent them', async ({
		page,
		baseURL,
	}) => {
		await page.goto(
			host.page([first, second].map((claim) => servedFrom(scriptCode(claim), baseURL!)).join('')),
		);
		await expectCardsSizedToContent(page, [first, second]);
		const [one, two] = [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
		const before = await frameHeight(one);
		const frame = await frameOf(one);

		await page.evaluate(
			(type) => window.postMessage({ type, height: 999 }, '*'),
			heightMessageType,
		);
		await frame.evaluate(
			(type) => window.parent.postMessage({ type, height: '999' }, '*'),
			heightMessageType,
		);
		await frame.evaluate(() => window.parent.postMessage({ type: 'other', height: 999 }, '*'));
		await page.waitForTimeout(300);
		expect(await frameHeight(one)).toBe(before);

		await (
			await frameOf(two)
		).evaluate((type) => window.parent.postMessage({ type, height: 777 }, '*'), heightMessageType);
		await expect.poll(() => frameHeight(two)).toBe(777);
		expect(await frameHeight(one)).toBe(before);

		// A page of another origin loaded into a card's iframe sends a well-formed message: ignored.
		const impostor = host.page(
			`<script>parent.postMessage({ type: '${heightMessageType}', height: 999 }, '*'); console.log('posted');</script>`,
		);
		await Promise.all([
			page.waitForEvent('console', (message) => message.text() === 'posted'),
			frame.evaluate((url) => (location.href = url), impostor),
		]);
		await page.waitForTimeout(300);
		expect(await frameHeight(one)).toBe(before);
	});

	test("the card's link opens the claim page in a new tab, without access to the card", async ({
		page,
		baseURL,
	}) => {
		await page.goto(host.page(servedFrom(scriptCode(first), baseURL!)));
		const frame = await frameOf(page.locator('iframe'));
		const link = frame.getByRole('link', {
			name: `${t('embed.readMore', { site: site.name })}${t('embed.newTab')}`,
		});
		await expect(link).toHaveAttribute('target', '_blank');
		const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
		await expect(tab).toHaveURL(`${baseURL}${paths.claim(first.id)}`);
		await expect(tab.locator('h1')).toHaveText(first.claim);
		expect(await tab.evaluate(() => window.opener)).toBeNull();
	});

	test('by oEmbed: every claim page points to a valid rich response whose html embeds the card', async ({
		page,
		request,
		baseURL,
	}) => {
		for (const { data } of claims) {
			await page.goto(paths.claim(data.id));
			const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
			await expect(link).toHaveAttribute('href', absoluteUrl(paths.oembed(data.id)));
			await expect(link).toHaveAttribute(
				'title',
				`${getRating(data.verdict).label}: ${data.claim}`,
			);
			const response = await request.get(paths.oembed(data.id));
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			const json = await response.json();
			expect(json).toMatchObject({
				version: '1.0',
				type: 'rich',
				provider_name: site.name,
				provider_url: absoluteUrl(paths.home()),
				author_name: data.author,
				width: cardWidth.max,
				thumbnail_url: absoluteUrl(paths.socialImage(data.id)),
				thumbnail_width: 1200,
				thumbnail_height: 630,
			});
			expect(Number.isInteger(json.height) && json.height > 0).toBe(true);
			expect(json.html).toContain(`src="${absoluteUrl(paths.embed(data.id))}"`);
			expect(json.html).toContain(`height="${json.height}"`);
		}
		const json = await (await request.get(paths.oembed(third.id))).json();
		await page.goto(host.page(servedFrom(json.html, baseURL!)));
		await expectCardsSizedToContent(page, [third]);
	});
});

test.describe('the card page', () => {
	test('renders fully without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(paths.embed(first.id));
		await expect(page).toHaveTitle(`${first.rating.label}: ${first.claim} | ${site.name}`);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			t('embed.cardDescription', { site: site.name, verdict: first.rating.label }),
		);
		await expect(page.locator('h1')).toHaveText(first.claim);
		await expect(page.locator('.verdict')).toHaveText(
			`${t('embed.cardVerdict')}${first.rating.label}`,
		);
		await expect(page.locator('.meaning')).toHaveText(first.rating.meaning);
		await expect(page.getByText(first.summary)).toBeVisible();
		await context.close();
	});

	test(`every card stays under ${budget.card / 1024} KB in total and requests nothing from other origins`, async ({
		page,
		baseURL,
	}) => {
		for (const claim of claims.map(embeddable)) {
			const sizes: Promise<[string, number]>[] = [];
			const listener = (response: import('@playwright/test').Response) =>
				sizes.push(response.body().then((body) => [response.url(), body.length]));
			page.on('response', listener);
			await page.goto(paths.embed(claim.id), { waitUntil: 'networkidle' });
			page.off('response', listener);
			const loaded = await Promise.all(sizes);
			for (const [url] of loaded) expect(new URL(url).origin).toBe(baseURL);
			expect(
				loaded.reduce((sum, [, bytes]) => sum + bytes, 0),
				claim.id,
			).toBeLessThan(budget.card);
		}
	});

	test('is readable from 280 to 600 px wide: nothing overflows', async ({ page }) => {
		for (const width of [cardWidth.min, 400, cardWidth.max]) {
			await page.setViewportSize({ width, height: 600 });
			await page.goto(paths.embed(longest.id));
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width,
			);
		}
	});

	test('follows the color scheme, and ?theme= forces one', async ({ page }) => {
		const background = () =>
			page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor);
		const [light, dark] = ['rgb(255, 255, 255)', 'rgb(22, 27, 34)'];
		for (const [scheme, query, expected] of [
			['light', '', light],
			['dark', '', dark],
			['light', '?theme=dark', dark],
			['dark', '?theme=light', light],
			['dark', '?theme=bogus', dark],
		] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(paths.embed(first.id) + query);
			expect(await background(), `${scheme} ${query}`).toBe(expected);
		}
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`has no axe violations in ${scheme} mode, at 280 and 600 px`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of [cardWidth.min, cardWidth.max]) {
				await page.setViewportSize({ width, height: 700 });
				await page.goto(paths.embed(longest.id));
				expect(await axeViolations(page)).toEqual([]);
			}
		});
	}

	test('where embed.js runs, the card shows its text in full', async ({ page, baseURL }) => {
		await page.goto(
			host.page(`<div style="width: 280px">${servedFrom(scriptCode(longest), baseURL!)}</div>`),
		);
		await expectCardsSizedToContent(page, [longest]);
		const seen = await cardInFrame(await frameOf(page.locator('iframe')));
		expect(seen.fit).toBe(true);
		const frame = await frameOf(page.locator('iframe'));
		for (const block of ['h1', '.meaning', '.summary']) {
			expect(
				await frame.locator(block).evaluate((el) => el.scrollHeight <= el.clientHeight),
				block,
			).toBe(true);
		}
	});
});

test.describe('response headers', () => {
	test('dist/_headers lets anyone frame embed cards and no one frame other pages', async ({
		request,
	}) => {
		const refused = [
			paths.home(),
			paths.claim(first.id),
			paths.source('x'),
			paths.verdicts(),
			paths.about(),
			paths.search(),
		];
		for (const path of refused) {
			const headers = (await request.get(path)).headers();
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
		}
		const headers = (await request.get(paths.embed(first.id))).headers();
		expect(headers['content-security-policy']).toBe('frame-ancestors *');
	});

	test('every response is nosniff and has a referrer policy and a permissions policy', async ({
		request,
	}) => {
		for (const path of [
			paths.home(),
			paths.embed(first.id),
			paths.dataAll(),
			paths.embedScript(),
			withBase('no-such-page/'),
		]) {
			const headers = (await request.get(path)).headers();
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toContain('camera=()');
		}
	});

	test('a browser shows a framed card but refuses a framed claim page or missing page', async ({
		page,
		baseURL,
	}) => {
		const missing = withBase('no-such-page/');
		await page.goto(
			host.page(
				`<iframe id="card" src="${baseURL}${paths.embed(first.id)}"></iframe><iframe id="page" src="${baseURL}${paths.claim(first.id)}"></iframe><iframe id="missing" src="${baseURL}${missing}"></iframe>`,
			),
		);
		await expect((await frameOf(page.locator('#card'))).locator('h1')).toHaveText(first.claim);
		const refused = await frameOf(page.locator('#page'));
		await expect.poll(() => refused.url()).not.toBe(`${baseURL}${paths.claim(first.id)}`);
		await expect(refused.locator('h1', { hasText: first.claim })).toHaveCount(0);
		const refusedMissing = await frameOf(page.locator('#missing'));
		await expect.poll(() => refusedMissing.url()).not.toBe(`${baseURL}${missing}`);
		expect((await page.request.get(missing)).status()).toBe(404);
	});

	test('a script on another site can read the open data and the oEmbed responses, not the pages', async ({
		page,
		baseURL,
	}) => {
		await page.goto(host.page('<p>host</p>'));
		const read = (url: string) =>
			page.evaluate(
				(u) =>
					fetch(u).then(
						(r) => r.status,
						() => 'refused',
					),
				url,
			);
		for (const path of [
			paths.dataAll(),
			paths.dataClaim(first.id),
			paths.dataCsv(),
			paths.dataFeed(),
			paths.dataSchema(),
			paths.oembed(first.id),
		]) {
			expect(await read(`${baseURL}${path}`), path).toBe(200);
		}
		expect(await read(`${baseURL}${paths.claim(first.id)}`)).toBe('refused');
	});
});

test.describe('images', () => {
	test('every claim page shares a 1200x630 PNG social card', async ({ page, request }) => {
		// A page and a PNG per claim: a large edition on a busy machine needs a slow test's time.
		test.slow();
		for (const { data } of claims) {
			await page.goto(paths.claim(data.id));
			const url = absoluteUrl(paths.socialImage(data.id));
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', url);
			await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
				'content',
				'1200',
			);
			await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute(
				'content',
				'630',
			);
			// X takes the image from og:image, which it reads where twitter:image is absent.
			await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(0);
			const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
			expect(alt).toBeTruthy();
			await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute(
				'content',
				alt ?? '',
			);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
				'content',
				'summary_large_image',
			);
			const response = await request.get(paths.socialImage(data.id));
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});

	test('every claim has a verdict badge that names the site and the verdict', async ({
		request,
	}) => {
		for (const claim of claims.map(embeddable)) {
			const response = await request.get(paths.badge(claim.id));
			expect(response.headers()['content-type']).toBe('image/svg+xml');
			const svg = await response.text();
			expect(svg).toContain(
				`<title>${t('badge.title', { site: site.name, verdict: claim.rating.label })}</title>`,
			);
			expect(svg).toContain(`fill="${claim.rating.color}"`);
		}
	});
});

test.describe('the embed code on claim pages', () => {
	test('offers the iframe, script and badge code, and embed.js within its budget', async ({
		page,
		request,
	}) => {
		await page.goto(paths.claim(first.id));
		const section = page.locator('section', {
			has: page.getByRole('heading', { name: t('embed.heading') }),
		});
		await expect(section.getByLabel(t('embed.iframe.label'))).toHaveValue(iframeCode(first));
		await expect(section.getByLabel(t('embed.script.label'))).toHaveValue(scriptCode(first));
		await expect(section.getByLabel(t('embed.markdown.label'))).toHaveValue(badgeMarkdown(first));
		const script = await (await request.get(paths.embedScript())).body();
		expect(script.length).toBeLessThan(budget.script);
	});

	test('a copy button copies the code where JavaScript runs', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(paths.claim(first.id));
		await page.getByRole('button', { name: t('embed.iframe.button') }).click();
		await expect(page.getByRole('status').first()).toHaveText(t('embed.copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframeCode(first));
	});

	test(`the copy button is the claim page's only script, under ${budget.copyButton} bytes; without JavaScript there is no button`, async ({
		page,
		browser,
		baseURL,
	}) => {
		await page.goto(paths.claim(first.id));
		const scripts = await page
			.locator('script:not([type="application/ld+json"])')
			.evaluateAll((nodes) =>
				nodes.map((n) => (n as HTMLScriptElement).src || n.textContent || ''),
			);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toContain('copy-code');
		expect(new TextEncoder().encode(scripts[0]).length).toBeLessThan(budget.copyButton);

		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const noScript = await context.newPage();
		await noScript.goto(paths.claim(first.id));
		await expect(noScript.getByLabel(t('embed.iframe.label'))).toHaveValue(iframeCode(first));
		await expect(noScript.getByRole('button')).toHaveCount(0);
		await context.close();
	});
});
