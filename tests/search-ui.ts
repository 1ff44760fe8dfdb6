/**
 * Pagefind's search interface, as the browser tests drive it. Its filter options are labelled
 * with the value and a count ("Falso (3)"), so a verdict is found by its whole label: "Verdadero"
 * must not pick "Verdadero, pero…".
 */
import { expect, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the label of the filter option for `value`, and no option whose value merely starts with it. */
export const filterOption = (value: string) =>
	new RegExp(`^\\s*${escape(value)}(?![\\p{L}\\p{N},;:.…])`, 'u');

/**
 * Ticks the filter option labelled `option` (see filterOption). Pagefind's interface draws its
 * filter groups, each a closed <details>, once its index and the first results are in, which
 * can be after the results show: wait for the option, opening each group as it appears (setting
 * `open`, where a click on its name would close a group already open).
 */
export async function checkFilterOption(page: Page, option: RegExp): Promise<void> {
	const checkbox = page.getByLabel(option).first();
	await expect(async () => {
		await page.locator('details.pagefind-ui__filter-block').evaluateAll((blocks) => {
			for (const block of blocks) (block as HTMLDetailsElement).open = true;
		});
		await expect(checkbox).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
	await checkbox.check();
}
