import { expect, test } from '@playwright/test';
import { anchors, paths } from '../../src/lib/paths.ts';
import { getRating } from '../../src/lib/ratings.ts';
import { claims, sources } from '../site-content.ts';

test.describe('claim pages', () => {
	for (const { data: claim } of claims) {
		test(`${claim.id}: verdict, claim and all five sources`, async ({ page }) => {
			await page.goto(paths.claim(claim.id));
			await expect(page.locator('h1')).toHaveText(claim.claim);
			const verdict = page.locator('.verdict-panel .verdict');
			await expect(verdict).toHaveText(getRating(claim.verdict).label);
			await expect(verdict).toBeInViewport();
			const section = page.locator('section', { has: page.getByRole('heading', { name: 'What the five sources say' }) });
			for (const { data: source } of sources) {
				await expect(section.locator(`a[href="${paths.source(source.id)}"]`)).toHaveCount(1);
			}
			await expect(section.locator('.source-stances > li')).toHaveCount(sources.length);
		});

		test(`${claim.id}: every quote link lands on a highlighted passage`, async ({ page }) => {
			const quoted = claim.sources.filter((s) => s.quote);
			for (const entry of quoted) {
				await page.goto(paths.claim(claim.id));
				await page.locator(`#${anchors.stance(entry.source)} a[href$="#${anchors.quote(claim.id)}"]`).click();
				await expect(page).toHaveURL(new RegExp(`${paths.source(entry.source)}#${anchors.quote(claim.id)}$`));
				const mark = page.locator(`mark.cited:has(#${anchors.quote(claim.id)})`);
				await expect(mark).toHaveCount(1);
				await expect(mark).toBeInViewport();
				const marked = (await page.locator('mark.cited').evaluateAll((nodes, id) => {
					// The passage is the run of marks from the anchor to the claim's citation link.
					const start = nodes.findIndex((n) => n.querySelector(`[id="${id}"]`));
					return nodes.slice(start).map((n) => n.textContent ?? '').join('');
				}, anchors.quote(claim.id)));
				const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, '');
				expect(fold(marked).startsWith(fold(entry.quote ?? ''))).toBe(true);
			}
		});
	}
});
