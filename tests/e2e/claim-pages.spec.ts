import { expect, test } from '@playwright/test';
import { t } from '../../src/edition/i18n.ts';
import { anchors } from '../../src/lib/paths.ts';
import { paths } from '../../src/edition/paths.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { claims, sources } from '../site-content.ts';

const fold = (s: string) =>
	s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, '');

test.describe('claim pages', () => {
	for (const { data: claim } of claims) {
		test(`${claim.id}: verdict, claim and every source`, async ({ page }) => {
			await page.goto(paths.claim(claim.id));
			await expect(page.locator('h1')).toHaveText(claim.claim);
			const verdict = page.locator('.verdict-panel .verdict');
			await expect(verdict).toHaveText(getRating(claim.verdict).label);
			await expect(verdict).toBeInViewport();
			const section = page.locator('section', {
				has: page.getByRole('heading', {
					name: t('claim.sourcesHeading', { count: sources.length }),
				}),
			});
			for (const { data: source } of sources) {
				await expect(section.locator(`a[href="${paths.source(source.id)}"]`)).toHaveCount(1);
			}
			await expect(section.locator('.source-stances > li')).toHaveCount(sources.length);
		});

		test(`${claim.id}: every quote link lands on its highlighted passage`, async ({ page }) => {
			for (const entry of claim.sources.filter((s) => s.quote)) {
				await page.goto(paths.claim(claim.id));
				const link = page.locator(`#${anchors.stance(entry.source)} a[href*="#passage-"]`);
				const href = (await link.getAttribute('href')) ?? '';
				const id = href.split('#')[1] ?? '';
				await link.click();
				await expect(page).toHaveURL(new RegExp(`${paths.source(entry.source)}#${id}$`));
				const mark = page.locator(`mark.cited:has([id="${id}"])`);
				await expect(mark).toHaveCount(1);
				await expect(mark).toBeInViewport();
				// The passage reads from the anchor through the following marked runs.
				const marked = await page.locator('mark.cited').evaluateAll((nodes, target) => {
					const start = nodes.findIndex((n) => n.querySelector(`[id="${target}"]`));
					return nodes
						.slice(start)
						.map((n) => n.textContent ?? '')
						.join('');
				}, id);
				expect(fold(marked).startsWith(fold(entry.quote ?? ''))).toBe(true);
			}
		});

		test(`${claim.id}: evidence as read and archived, and whether the claimant was asked`, async ({
			page,
		}) => {
			await page.goto(paths.claim(claim.id));
			const items = page
				.locator('section', { has: page.getByRole('heading', { name: t('claim.evidence') }) })
				.locator('ol > li');
			await expect(items).toHaveCount(claim.evidence.length);
			for (const [i, item] of claim.evidence.entries()) {
				const entry = items.nth(i);
				// A title is a cited title; a description is marked as the desk's own words, never as a title.
				const first = entry.locator('a').first();
				await expect(first).toHaveAttribute('href', item.url);
				await expect(first).toHaveText((item.title ?? item.description)!);
				await expect(entry.locator('cite')).toHaveCount(item.title === undefined ? 0 : 1);
				await expect(entry.getByText(t('evidence.described'), { exact: true })).toHaveCount(
					item.description === undefined ? 0 : 1,
				);
				await expect(entry.locator(`time[datetime="${item.accessed}"]`)).toHaveCount(
					item.accessed === undefined ? 0 : 1,
				);
				const archived = entry.getByRole('link', { name: t('evidence.archived'), exact: true });
				if (item.archived === undefined) await expect(archived).toHaveCount(0);
				else await expect(archived).toHaveAttribute('href', item.archived);
			}
			const contact = page.locator('section', {
				has: page.getByRole('heading', { name: t('asked.heading') }),
			});
			if (claim.contact === undefined) await expect(contact).toHaveCount(0);
			else if (claim.contact.asked)
				await expect(contact).toContainText(
					claim.contact.answer
						? t('asked.answer', { answer: claim.contact.answer })
						: t('asked.noAnswer'),
				);
			else {
				await expect(contact).toContainText(t('asked.notAsked'));
				await expect(contact).toContainText(claim.contact.reason);
			}
		});
	}
});
