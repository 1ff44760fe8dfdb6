/**
 * The search page holds still on a phone: the space its interface takes is reserved before it
 * mounts, so neither the interface nor its results move anything a reader already sees. Layout
 * shift is measured as the browser reports it (PerformanceObserver, 'layout-shift'), every entry
 * counted, even those that follow the reader's typing.
 */
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/edition/paths.ts';
import { claims, distinctiveWords } from '../site-content.ts';

test.skip(claims.length === 0, 'the edition has no claims to search for yet');

const phone = { width: 390, height: 844 };

/** Record every layout shift from the first paint on, before the page's own scripts run. */
async function recordShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: { value: number; sources: string[] }[] = [];
		(window as unknown as { shifts: typeof shifts }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				sources: { node?: Node }[];
			})[])
				shifts.push({
					value: entry.value,
					sources: entry.sources.map((s) =>
						s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
					),
				});
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const shiftsOf = (page: Page) =>
	page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts);

const query = distinctiveWords(claims[0]!);

test('at phone width, the search page does not shift as its interface mounts and a query is typed', async ({
	page,
}) => {
	await page.setViewportSize(phone);
	await recordShifts(page);
	await page.goto(paths.search());
	const input = page.locator('.pagefind-ui__search-input');
	await input.click();
	await input.pressSequentially(query, { delay: 60 });
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
	// Give late results, excerpts and filters time to arrive.
	await page.waitForTimeout(1500);
	expect(await shiftsOf(page)).toEqual([]);
});

test('at phone width, arriving with a query in the address does not shift the page either', async ({
	page,
}) => {
	await page.setViewportSize(phone);
	await recordShifts(page);
	await page.goto(`${paths.search()}?q=${encodeURIComponent(query)}`);
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
	await page.waitForTimeout(1500);
	expect(await shiftsOf(page)).toEqual([]);
});
