/**
 * The layout holds for any edition: the fixture editions of one source (tests/editions/es-one,
 * in Spanish, under a base path) and of ten (tests/editions/ten-sources) are built in project
 * copies, and each of their claim pages must show its claim, verdict, summary and every
 * source's stance on the first screen of a phone and of a desktop, as the site's own claim
 * pages must. A claim revised after publication shows its dated note above the verdict, naming
 * the earlier verdict.
 */
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/locales/en.ts';
import es from '../../src/i18n/locales/es.ts';
import { buildFixtureEdition, builtEdition } from '../fixture-build.ts';
import {
	expectClaimFirstScreenOnDesktop,
	expectClaimFirstScreenOnPhone,
	expectHomeShowsAClaimOnPhone,
	phone,
} from '../reading.ts';
import { fixtureContent } from '../fixture-content.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { resolveSettings } from '../../src/lib/settings.ts';
import esOne from '../editions/es-one/site.ts';
import tenSources from '../editions/ten-sources/site.ts';

/** Each edition, with its dictionary, the base path it is served under and its routes (under its own section words). */
const editions = {
	'es-one': { words: es, base: '/checks/', routes: createRoutes(resolveSettings(esOne).paths) },
	'ten-sources': {
		words: en,
		base: '/',
		routes: createRoutes(resolveSettings(tenSources).paths),
	},
} as const;

const servers = new Map<string, RunningServer>();

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern: none.
test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(480_000);
	for (const [name, { base }] of Object.entries(editions)) {
		buildFixtureEdition(name);
		servers.set(name, await serveDirectory(builtEdition(name), 0, base));
	}
});

test.afterAll(async () => {
	for (const server of servers.values()) await server.close();
});

for (const [name, { words, routes }] of Object.entries(editions)) {
	const { claims, sources } = await fixtureContent(name);

	test(`the ${name} edition (${sources.length} ${sources.length === 1 ? 'source' : 'sources'}): every claim page's first screen, on a phone and a desktop`, async ({
		page,
	}) => {
		const server = servers.get(name)!;
		for (const { id, data } of claims) {
			await page.setViewportSize(phone);
			await page.goto(new URL(routes.claim(id), server.url).href);
			const onScreen = {
				verdict: data.verdict,
				stances: data.sources.map(({ source, stance }) => ({
					source,
					stance,
					label: words[`stance.${stance}`],
				})),
			};
			await expectClaimFirstScreenOnPhone(page, onScreen);
			const update = data.updates.length > 1 ? data.updates.at(-1) : undefined;
			const note = page.locator('.correction');
			if (update) {
				// The dated note comes before the verdict and, where the verdict changed, names the earlier one.
				await expect(note).toBeInViewport();
				await expect(note).toContainText(update.note);
				await expect(note.locator('time')).toHaveAttribute('datetime', update.date);
				if (update.verdict)
					await expect(note.locator('.verdict')).toHaveAttribute('data-verdict', update.verdict);
				const [noteBox, verdictBox] = [
					await note.boundingBox(),
					await page.locator('.verdict-panel').boundingBox(),
				];
				expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(verdictBox!.y);
			} else {
				await expect(note).toHaveCount(0);
			}
			await expectClaimFirstScreenOnDesktop(page, onScreen);
		}
		await page.setViewportSize(phone);
		await page.goto(server.url);
		await expectHomeShowsAClaimOnPhone(page);
	});
}

test('the ten-sources edition has a claim revised after publication, so the correction note is tested', async () => {
	expect(
		(await fixtureContent('ten-sources')).claims.some(
			(c) => c.data.updates.at(-1)?.verdict !== undefined,
		),
	).toBe(true);
});
