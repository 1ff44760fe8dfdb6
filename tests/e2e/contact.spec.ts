/**
 * Readers can reach the desk from every page and report an error from every check, with what the
 * settings give (src/lib/contact.ts); a demonstration edition says it is one and links no
 * placeholder address.
 */
import { expect, test } from '@playwright/test';
import { t } from '../../src/edition/i18n.ts';
import { contactLinks, reportErrorHref } from '../../src/lib/contact.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { isPlaceholderAddress } from '../../src/lib/placeholders.ts';
import { site } from '../../src/edition/site.ts';
import { claims } from '../site-content.ts';

const contact = contactLinks(site);

/** Every address a page links to, absolute. */
const linksOn = (page: import('@playwright/test').Page) =>
	page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));

test('each claim page offers "report an error" with the check\'s address, or nothing where the site has nowhere to send it', async ({
	page,
}) => {
	for (const { id } of claims) {
		await page.goto(paths.claim(id));
		const href = reportErrorHref(
			site,
			t('contact.reportSubject', { url: absoluteUrl(paths.claim(id)) }),
		);
		const link = page.locator('a[data-report-error]');
		if (href === undefined) {
			await expect(link).toHaveCount(0);
			continue;
		}
		await expect(link).toHaveText(t('contact.reportError'));
		await expect(link).toHaveAttribute('href', href);
		// The address of the check reaches the desk, whichever way the report goes.
		if (!contact.form || contact.email)
			expect(decodeURIComponent(href)).toContain(absoluteUrl(paths.claim(id)));
	}
});

test("the About page and the footer give the desk's addresses, and a demonstration says it is one", async ({
	page,
}) => {
	await page.goto(paths.about());
	const article = page.locator('main article');
	const footer = page.locator('footer');
	const notice = t('demo.notice');
	if (site.demo) {
		await expect(article.getByText(notice)).toBeVisible();
		await expect(footer.getByText(notice)).toBeVisible();
	} else {
		await expect(page.getByText(notice)).toHaveCount(0);
	}
	for (const [href, text] of [
		[contact.mailto, contact.email && t('contact.email', { email: contact.email })],
		[contact.form, t('contact.form')],
	] as const) {
		if (!href || !text) continue;
		await expect(article.getByRole('link', { name: text })).toHaveAttribute('href', href);
		await expect(footer.getByRole('link', { name: text })).toHaveAttribute('href', href);
	}
});

test('no page links a placeholder address the settings hold: a demonstration leaves them out, a published site cannot have them', async ({
	page,
}) => {
	const fromSettings = [site.repository.url, site.issuesUrl, site.contact.email, site.contact.form]
		.filter((address): address is string => address !== undefined)
		.filter(isPlaceholderAddress);
	await page.goto(paths.about());
	expect((await linksOn(page)).filter(isPlaceholderAddress), 'about').toEqual([]);
	for (const { id } of claims.slice(0, 3)) {
		await page.goto(paths.claim(id));
		const links = await linksOn(page);
		expect(
			links.filter((href) => fromSettings.some((address) => href.includes(address))),
			id,
		).toEqual([]);
	}
});
