import { axeViolations } from '../axe.ts';
import { expect, test } from '@playwright/test';
import { paths, withBase } from '../../src/edition/paths.ts';
import { claims, records, sources } from '../site-content.ts';
import { claimantPageFinder } from '../../src/lib/claimant-pages.ts';
import { checkClaimants, checkTopics } from '../../src/validator/check-lists.ts';
import { t } from '../../src/edition/i18n.ts';
import { ratings } from '../../src/edition/ratings.ts';

const [claim] = claims;
const claimantList = checkClaimants('.').entries.map((data) => ({ id: data.id, data }));
const [firstTopic] = checkTopics('.').entries;
const [source] = sources;
const withdrawn = records.find((record) => record.data.status === 'withdrawn');
/** One page of each type the edition has (a new, empty edition has no claim or source pages yet). */
const pageTypes: Record<string, string> = {
	home: paths.home(),
	...(claim ? { claim: paths.claim(claim.data.id) } : {}),
	...(source
		? { source: paths.source(source.data.id), 'source claims': paths.sourceClaims(source.data.id) }
		: {}),
	sources: paths.sources(),
	verdicts: paths.verdicts(),
	verdict: paths.verdict(ratings[0]!.id),
	methodology: paths.methodology(),
	about: paths.about(),
	search: paths.search(),
	'not found': withBase('no-such-page/'),
	// Readers' pages: who made the claims, topics, and the corrections log.
	claimants: paths.claimants(),
	...(claim
		? { claimant: paths.claimant(claimantPageFinder(claimantList)(claim.data.claimant).id) }
		: {}),
	topics: paths.topics(),
	...(firstTopic ? { topic: paths.topic(firstTopic.id) } : {}),
	corrections: paths.corrections(),
	// A withdrawn check's page, where the edition has one (a renamed check's address redirects).
	...(withdrawn ? { withdrawn: paths.claim(withdrawn.data.id) } : {}),
};

for (const [type, path] of Object.entries(pageTypes)) {
	test(`${type} page has no axe violations @responsive`, async ({ page }) => {
		await page.goto(path);
		expect(await axeViolations(page)).toEqual([]);
	});

	test(`${type} page fits a 320 px screen and has ordered headings @responsive`, async ({
		page,
	}) => {
		await page.goto(path);
		const levels = await page
			.locator('h1, h2, h3, h4, h5, h6')
			.evaluateAll((nodes) => nodes.map((n) => Number(n.tagName[1])));
		expect(levels.filter((l) => l === 1)).toHaveLength(1);
		levels.forEach((level, i) =>
			expect(level - (levels[i - 1] ?? 0), `heading ${i} jumps`).toBeLessThanOrEqual(1),
		);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

// Search needs JavaScript; claim pages carry only the embed code's copy button, budgeted in embed.spec.ts.
test('pages ship no JavaScript (but search and the copy button on claim pages)', async ({
	page,
}) => {
	for (const path of Object.values(pageTypes).filter(
		(p) => p !== paths.search() && p !== pageTypes.claim,
	)) {
		await page.goto(path);
		await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
	}
});

test('keyboard: the skip link is the first stop and moves focus to the main content', async ({
	page,
}) => {
	await page.goto(pageTypes['claim'] ?? paths.home());
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: t('site.skipLink') });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.locator('main')).toBeFocused();
});
