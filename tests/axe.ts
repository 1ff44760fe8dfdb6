/** Axe in the browser tests: every page is held to WCAG 2.1 A and AA and axe's best practices. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * What axe finds on the page as it stands, one line per rule broken with up to three of the
 * elements that break it (an empty list is a pass); `rules` narrows it to those rules.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const results = await (rules ? builder.withRules([...rules]) : builder.withTags(wcag)).analyze();
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}
