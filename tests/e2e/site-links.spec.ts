import { expect, test } from '@playwright/test';
import { checkLinks } from '../linkcheck.ts';
import { site } from '../../src/edition/site.ts';
import { claims, sources } from '../site-content.ts';

test('no broken internal link, missing anchor or duplicate id anywhere in the built site', () => {
	const { pages, links, problems } = checkLinks('dist', site.base);
	expect(problems).toEqual([]);
	// Every claim and source page was walked, and each claim page links to every source.
	expect(pages).toBeGreaterThanOrEqual(claims.length + sources.length + 5);
	expect(links).toBeGreaterThan(claims.length * sources.length);
});
