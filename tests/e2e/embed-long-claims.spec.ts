/**
 * No embedded card cuts its claim. The fixture edition tests/editions/longest-claims has claims
 * and summaries as long as the validator allows; its cards are embedded on another origin, as
 * a newsroom would, by each of the ways the site offers (the iframe code, the same iframe at the
 * height the earlier code gave it, the oEmbed response's html, and embed.js), in host columns
 * from 280 to 800 px, light and dark: the claim's full text must be in view, not clipped and not
 * scrolled, with the verdict and the link to the full check.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { cardLines, cardMetrics, pastedClaimLines } from '../../src/embed/card-size.ts';
import { frameClass } from '../../src/embed/protocol.ts';
import { claimSchema } from '../../src/edition/schema.ts';
import { startHostSite, type HostSite } from '../embed-host.ts';
import { buildFixtureEdition, builtEdition } from '../fixture-build.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { fixtureContent } from '../fixture-content.ts';
import settings from '../editions/longest-claims/site.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { resolveSettings } from '../../src/lib/settings.ts';

const edition = 'longest-claims';
// Its claims on its own rating scale, whatever the scale of the site under test.
const {
	claims,
	scale: { getRating },
} = await fixtureContent(edition);
const widths = [280, 320, 360, 400, 480, 600, 800];

let host: HostSite;
let server: RunningServer;
/** The site under test's origin, standing in for the edition's published address in its embed code. */
let origin: string;

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright passes fixtures first: this hook needs none
test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(300_000);
	buildFixtureEdition(edition);
	server = await serveDirectory(builtEdition(edition), 0, '/');
	origin = new URL(server.url).origin;
	host = await startHostSite();
});

test.afterAll(async () => {
	await host?.close();
	await server?.close();
});

test('the fixture claims and summaries are as long as the validator allows', () => {
	expect(claims.length).toBeGreaterThanOrEqual(3);
	for (const { data } of claims) {
		expect(data.claim.length).toBe(claimSchema.shape.claim.maxLength);
		expect(data.summary.length).toBe(claimSchema.shape.summary.maxLength);
	}
});

/** The embed code the built claim page offers, in the text area with this id, pointed at the server. */
async function offeredCode(page: Page, id: string, textarea: string): Promise<string> {
	await page.goto(`${origin}/${createRoutes(resolveSettings(settings).paths).claim(id)}`);
	const code = await page.locator(`#${textarea}`).inputValue();
	return code.replaceAll(settings.url, origin);
}

/** The earlier code's height: the claim capped at five lines in the narrowest column. */
function pastedHeight(code: string, claim: (typeof claims)[number]): string {
	const given = Number(code.match(/height="(\d+)"/)![1]);
	const lines = cardLines({
		claim: claim.data.claim,
		summary: claim.data.summary,
		rating: getRating(claim.data.verdict),
	}).claim;
	const pasted = given - Math.max(0, lines - pastedClaimLines) * cardMetrics.claim.line;
	return code.replace(/height="\d+"/, `height="${pasted}"`);
}

const modes = {
	'the iframe code': (page: Page, id: string) => offeredCode(page, id, 'embed-iframe'),
	'an iframe pasted with the earlier code': async (page: Page, id: string) =>
		pastedHeight(
			await offeredCode(page, id, 'embed-iframe'),
			claims.find((c) => c.id === id)!,
		),
	'the oEmbed html': async (page: Page, id: string) => {
		const response = await page.request.get(`${origin}/oembed/${id}.json`);
		return ((await response.json()) as { html: string }).html.replaceAll(settings.url, origin);
	},
	'embed.js': (page: Page, id: string) => offeredCode(page, id, 'embed-script'),
} as const;

/** Where the claim, verdict and link sit in the card's visible box, and whether anything scrolls. */
const cardView = (frame: Frame) =>
	frame.evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const main = document.querySelector('main')!;
		const h1 = document.querySelector('h1')!;
		const style = getComputedStyle(main);
		const visible = main.getBoundingClientRect();
		const root = document.documentElement;
		return {
			// The part of the card its overflow shows: inside its border.
			top: visible.top + parseFloat(style.borderTopWidth),
			bottom: Math.min(visible.bottom - parseFloat(style.borderBottomWidth), window.innerHeight),
			claim: box('h1'),
			claimOverflows: h1.scrollHeight > h1.clientHeight || h1.scrollWidth > h1.clientWidth,
			verdict: box('.verdict'),
			link: box('.more a'),
			summary: box('.summary'),
			scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
			root: [root.scrollWidth, root.clientWidth, root.scrollHeight, root.clientHeight],
		};
	});

/** What is wrong with a card as a reader sees it: nothing, or what is cut or scrolls. */
async function problems(frame: Frame): Promise<string[]> {
	const seen = await cardView(frame);
	const found: string[] = [];
	if (seen.scrolls) found.push(`the frame scrolls: ${JSON.stringify(seen.root)}`);
	if (seen.claimOverflows) found.push('the claim overflows its box');
	if (seen.claim.top < seen.top || seen.claim.bottom > seen.bottom)
		found.push(
			`the claim (${seen.claim.top}-${seen.claim.bottom}) is cut (${seen.top}-${seen.bottom})`,
		);
	for (const part of ['verdict', 'link'] as const)
		if (seen[part].bottom > seen.bottom) found.push(`the ${part} is cut`);
	if (seen.summary.bottom > seen.link.top) found.push('the summary runs into the link');
	return found;
}

for (const [mode, codeFor] of Object.entries(modes)) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`by ${mode}: the claim shows whole in columns 280 to 800 px wide (${scheme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			const codes: string[] = [];
			for (const { id } of claims) codes.push(await codeFor(page, id));
			await page.goto(host.page(`<div id="column">${codes.join('')}</div>`));
			const iframes = page.locator(`iframe.${frameClass}`);
			await expect(iframes).toHaveCount(claims.length);
			const frames: Frame[] = [];
			for (const i of claims.keys()) {
				await iframes.nth(i).scrollIntoViewIfNeeded();
				const frame = await (await iframes.nth(i).elementHandle()).contentFrame();
				await frame!.locator('.more a').waitFor();
				frames.push(frame!);
			}
			for (const width of widths) {
				await page
					.locator('#column')
					.evaluate((column, w) => (column.style.width = `${w}px`), width);
				for (const [i, claim] of claims.entries()) {
					const where = `${claim.id} at ${width} px`;
					const frame = frames[i]!;
					// A browser lays out a frame of another origin only while it is in view, as a reader would see it.
					await iframes.nth(i).scrollIntoViewIfNeeded();
					await expect(frame.locator('h1'), where).toHaveText(claim.data.claim);
					// embed.js sizes its frames after they report their height: wait for the card to settle.
					await expect.poll(() => problems(frame), { message: where }).toEqual([]);
				}
			}
		});
	}
}

test("in the dark theme the card's rounded corners show the host page, not a dark canvas", async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	const code = await modes['the iframe code'](page, claims[0]!.id);
	await page.goto(host.page(`<div style="background: #fc0; padding: 20px">${code}</div>`));
	const iframe = page.locator(`iframe.${frameClass}`);
	const frame = await (await iframe.elementHandle()).contentFrame();
	await frame!.locator('.more a').waitFor();
	const box = (await iframe.boundingBox())!;
	const corner = { x: Math.ceil(box.x), y: Math.ceil(box.y), width: 1, height: 1 };
	const withCard = await page.screenshot({ clip: corner });
	await iframe.evaluate((el) => (el.style.visibility = 'hidden'));
	const hostOnly = await page.screenshot({ clip: corner });
	expect(withCard.equals(hostOnly)).toBe(true);
	// And the card itself is dark.
	expect(
		await frame!.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor),
	).toBe('rgb(22, 27, 34)');
});
