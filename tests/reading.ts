/**
 * What a reader must see first, as browser assertions shared by the site's own tests
 * (tests/e2e/reading.spec.ts) and the fixture editions of one and ten sources
 * (tests/e2e/editions.spec.ts). They read data attributes and the content files, never the
 * interface's wording, so they hold in any language.
 */
import { expect, type Page } from '@playwright/test';
import { anchors } from '../src/lib/paths.ts';

export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1280, height: 800 } as const;

/** A claim as the assertions need it: its verdict, and each source's stance with the word the site uses for it. */
export interface ClaimOnScreen {
	readonly verdict: string;
	readonly stances: readonly {
		readonly source: string;
		readonly stance: string;
		readonly label: string;
	}[];
}

/** Every source's stance entry near the top: one per source, naming its stance, on screen. */
async function expectEveryStanceOnScreen(page: Page, claim: ClaimOnScreen): Promise<void> {
	await expect(page.locator('[data-source-stance]')).toHaveCount(claim.stances.length);
	for (const { source, stance, label } of claim.stances) {
		const entry = page.locator(`[data-source-stance][href$="#${anchors.stance(source)}"]`);
		await expect(entry).toHaveCount(1);
		await expect(entry).toHaveAttribute('data-source-stance', stance);
		await expect(entry).toContainText(label);
		await expect(entry, `${source} (${stance})`).toBeInViewport();
	}
}

/** At 390 × 844, without scrolling: the claim, the verdict's label, the summary and every source's stance. */
export async function expectClaimFirstScreenOnPhone(
	page: Page,
	claim: ClaimOnScreen,
): Promise<void> {
	await page.setViewportSize(phone);
	await expect(page.locator('h1')).toBeInViewport();
	const badge = page.locator('.verdict-panel .verdict');
	await expect(badge).toHaveAttribute('data-verdict', claim.verdict);
	await expect(badge).toBeInViewport();
	await expect(page.locator('.verdict-panel .summary')).toBeInViewport();
	await expectEveryStanceOnScreen(page, claim);
	expect(
		await page.evaluate(() => [
			window.scrollY,
			document.documentElement.scrollWidth - document.documentElement.clientWidth,
		]),
	).toEqual([0, 0]);
}

/** At 1280 × 800: the verdict and every source's stance on screen, in a main layout at least 960 px wide. */
export async function expectClaimFirstScreenOnDesktop(
	page: Page,
	claim: ClaimOnScreen,
): Promise<void> {
	await page.setViewportSize(desktop);
	await expect(page.locator('.verdict-panel .verdict')).toBeInViewport();
	await expect(page.locator('.verdict-panel .summary')).toBeInViewport();
	await expectEveryStanceOnScreen(page, claim);
	const layout = await page.locator('.claim-page').boundingBox();
	expect(layout?.width ?? 0).toBeGreaterThanOrEqual(960);
}

/** At 390 × 844, the home page shows at least one claim with its verdict. */
export async function expectHomeShowsAClaimOnPhone(page: Page): Promise<void> {
	await page.setViewportSize(phone);
	const first = page.locator('.claim-card').first();
	await expect(first.locator('.verdict')).toBeInViewport();
	await expect(first.locator('h3')).toBeInViewport();
}
