/**
 * The layout holds for any edition: a project copy is built with an edition of one source (in
 * Spanish) and one of ten (in English), fixture content written by tests/editions.ts, and each
 * claim page must show its claim, verdict, summary and every source's stance on the first
 * screen of a phone and of a desktop, as the site's own claim pages must. A claim updated
 * after publication shows the dated note above its verdict, naming the earlier verdict.
 */
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/locales/en.ts';
import es from '../../src/i18n/locales/es.ts';
import type { StanceId } from '../../src/lib/stances.ts';
import { editionSourceId, writeEdition, type Edition } from '../editions.ts';
import { build, copyProject, removeCopies } from '../project-copy.ts';
import { expectClaimFirstScreenOnDesktop, expectClaimFirstScreenOnPhone, expectHomeShowsAClaimOnPhone, phone } from '../reading.ts';
import { serveDirectory, type RunningServer } from '../static-server.ts';

const speaking: StanceId[] = ['asserts', 'reports', 'supports', 'disputes'];
const editions: Record<string, Edition> = {
	'one source, in Spanish': {
		lang: 'es',
		sources: 1,
		claims: [
			{ id: 'edition-claim-asserted', verdict: 'mostly-true', stances: ['asserts'] },
			{ id: 'edition-claim-silent', verdict: 'unproven', stances: ['not-mentioned'], updates: [{ date: '2026-02-10', note: 'Calificación revisada: el peaje sigue sin fijarse.', verdict: 'mixed' }] },
		],
	},
	'ten sources': {
		lang: 'en',
		sources: 10,
		claims: [
			{ id: 'edition-claim-all-speak', verdict: 'false', stances: Array.from({ length: 10 }, (_, s) => speaking[s % speaking.length]!) },
			{ id: 'edition-claim-some-speak', verdict: 'mixed', stances: Array.from({ length: 10 }, (_, s) => (s < 6 ? speaking[s % speaking.length]! : 'not-mentioned')), updates: [{ date: '2026-02-10', note: 'Verdict changed from true to mixed: the toll schedule is not fixed.', verdict: 'true' }] },
			{ id: 'edition-claim-one-speaks', verdict: 'true', stances: Array.from({ length: 10 }, (_, s) => (s === 3 ? 'reports' : 'not-mentioned')) },
		],
	},
};

const dictionaries: Record<string, Readonly<Record<string, string>>> = { en, es };
const built = new Map<string, RunningServer>();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(480_000);
	for (const [name, edition] of Object.entries(editions)) {
		const dir = copyProject();
		writeEdition(dir, edition);
		const result = build(dir);
		expect(result.status, result.output.slice(-2000)).toBe(0);
		built.set(name, await serveDirectory(`${dir}/dist`));
	}
});

test.afterAll(async () => {
	for (const server of built.values()) await server.close();
	removeCopies();
});

for (const [name, edition] of Object.entries(editions)) {
	test(`an edition of ${name}: every claim page's first screen, on a phone and a desktop`, async ({ page }) => {
		const server = built.get(name)!;
		const words = dictionaries[edition.lang]!;
		for (const claim of edition.claims) {
			await page.setViewportSize(phone);
			await page.goto(new URL(`claims/${claim.id}/`, server.url).href);
			const onScreen = {
				verdict: claim.verdict,
				stances: claim.stances.map((stance, s) => ({ source: editionSourceId(s), stance, label: words[`stance.${stance}`]! })),
			};
			await expectClaimFirstScreenOnPhone(page, onScreen);
			const update = claim.updates?.at(-1);
			const note = page.locator('.correction');
			if (update) {
				// The dated note comes before the verdict, and names the earlier one.
				await expect(note).toBeInViewport();
				await expect(note).toContainText(update.note);
				await expect(note.locator('time')).toHaveAttribute('datetime', update.date);
				await expect(note.locator('.verdict')).toHaveAttribute('data-verdict', update.verdict!);
				const [noteBox, verdictBox] = [await note.boundingBox(), await page.locator('.verdict-panel').boundingBox()];
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
