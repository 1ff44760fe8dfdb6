/**
 * A site in several languages (docs/languages.md), as readers and search engines meet it: each
 * page's hreflang alternates and x-default, the language switch to the same page in the other
 * language (or the note that it is not translated yet), a translated check's credit and its
 * notice when the original has changed since, quotations kept in their article's language with
 * the translator's rendering beside them, one search per language, and the sitemaps'
 * alternates. On a single-language site, none of it: no switch, no alternates. The tests branch
 * on the built site's settings (`site.languages`) and take every word from that language's
 * dictionary and every path from its settings, so they hold on any edition.
 */
import { axeViolations } from '../axe.ts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import matter from 'gray-matter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionary } from '../../src/i18n/dictionary.ts';
import { bindUi } from '../../src/i18n/index.ts';
import { autonym } from '../../src/i18n/languages.ts';
import { iconSprite, iconSpriteVersion } from '../../src/lib/icons.ts';
import { anchors, sitePaths, type SitePaths } from '../../src/lib/paths.ts';
import { translationSchema, type ClaimData, type TranslationData } from '../../src/lib/schema.ts';
import type { SiteLanguage } from '../../src/lib/settings.ts';
import { translationFiles } from '../../src/lib/translation-loader.ts';
import { staleSince } from '../../src/lib/translations.ts';
import { site } from '../../src/edition/site.ts';
import { claims, sources } from '../site-content.ts';
import { contentRoot } from '../test-edition.ts';

// Several pages per language, each link followed.
test.describe.configure({ timeout: 120_000 });

const origin = new URL(site.url).origin;
const [defaultLanguage] = site.languages;
if (!defaultLanguage) throw new Error('the site has no language');
const further = site.languages.slice(1);
const tags = site.languages.map(({ lang }) => lang);
const several = further.length > 0;

/** One of the site's languages as the tests need it: its paths, its interface, and which checks it has. */
interface Language {
	readonly language: SiteLanguage;
	readonly lang: string;
	readonly paths: SitePaths['paths'];
	readonly ui: ReturnType<typeof bindUi>;
	/** The checks published in it: every one in the default language, the translated ones in another. */
	readonly checks: readonly {
		readonly id: string;
		readonly claim: string;
		readonly summary: string;
	}[];
}

/** A translation file of the content under test, with its original. */
interface Translated {
	readonly lang: string;
	readonly id: string;
	readonly data: TranslationData;
	readonly original: ClaimData;
}

const translations: Translated[] = translationFiles(
	contentRoot,
	further.map(({ lang }) => lang),
).flatMap(({ lang, id, path }) => {
	const original = claims.find((claim) => claim.id === id);
	if (!original) return [];
	const data = translationSchema.parse(matter(readFileSync(join(contentRoot, path), 'utf8')).data);
	return [{ lang, id, data, original: original.data }];
});

const languages: Language[] = await Promise.all(
	site.languages.map(async (language): Promise<Language> => {
		const { messages } = await loadDictionary(language.lang);
		const isDefault = language.lang === defaultLanguage.lang;
		return {
			language,
			lang: language.lang,
			paths: sitePaths({ ...language, repository: site.repository }).paths,
			ui: bindUi(language.lang, messages, site.typography.quotes),
			checks: isDefault
				? claims.map(({ id, data }) => ({ id, claim: data.claim, summary: data.summary }))
				: translations
						.filter((translation) => translation.lang === language.lang)
						.map(({ id, data }) => ({ id, claim: data.claim, summary: data.summary })),
		};
	}),
);
const [home] = languages;
if (!home) throw new Error('the site has no language');

/** The language a path from the host's root belongs to: the one whose folder is the longest prefix of it. */
const languageOfPath = (path: string) =>
	[...site.languages]
		.sort((a, b) => b.base.length - a.base.length)
		.find(({ base }) => path.startsWith(base))?.lang;

/** A message without the markers of the element it wraps (`<time>…</time>`), as a reader sees it. */
const plain = (message: string) => message.replace(/<\/?[a-z]+>/g, '');

/** A page type sampled in every language: its path there, or undefined where that language lacks it. */
interface PageType {
	readonly name: string;
	readonly path: (language: Language) => string | undefined;
}

/** A check translated into every further language, for a claim page every language has (the first check otherwise). */
const everywhere =
	claims.find(({ id }) =>
		further.every(({ lang }) => translations.some((t) => t.lang === lang && t.id === id)),
	) ?? claims[0];
const [source] = sources;

const pageTypes: PageType[] = [
	{ name: 'home', path: ({ paths }) => paths.home() },
	...(everywhere
		? [
				{
					name: 'claim',
					path: ({ paths, checks }: Language) =>
						checks.some(({ id }) => id === everywhere.id) ? paths.claim(everywhere.id) : undefined,
				},
			]
		: []),
	...(source ? [{ name: 'source', path: ({ paths }: Language) => paths.source(source.id) }] : []),
	{ name: 'verdicts', path: ({ paths }) => paths.verdicts() },
	{ name: 'about', path: ({ paths }) => paths.about() },
];

/** The page's hreflang alternates, x-default included, as [hreflang, href] pairs. */
const alternatesOf = (page: Page) =>
	page
		.locator('head link[rel="alternate"][hreflang]')
		.evaluateAll((links) =>
			links.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
		);

/** An absolute address on the site, fetched from the test server by its path: its HTTP status. */
async function statusOf(request: APIRequestContext, href: string): Promise<number> {
	const url = new URL(href);
	expect(url.origin, href).toBe(origin);
	return (await request.get(url.pathname)).status();
}

/** Each sampled page type in each language that has it, with its path. */
function* sampledPages() {
	for (const language of languages)
		for (const type of pageTypes) {
			const path = type.path(language);
			if (path) yield { language, type, path };
		}
}

test('a single-language site has no language switch and no hreflang alternates; a site in several has them on every page type', async ({
	page,
}) => {
	for (const { language, type, path } of sampledPages()) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
		if (!several) {
			await expect(page.locator('.language-switch'), `${type.name}: ${path}`).toHaveCount(0);
			expect(await alternatesOf(page), `${type.name}: ${path}`).toEqual([]);
			continue;
		}
		await expect(page.locator('.language-switch'), `${type.name}: ${path}`).toHaveCount(1);
	}
});

test('every language draws its icons from the sprite under its own folder, which serves it', async ({
	page,
	request,
}) => {
	for (const { paths } of languages) {
		const sprite = paths.iconSprite(iconSpriteVersion);
		await page.goto(paths.verdicts());
		const hrefs = await page
			.locator('svg.icon use')
			.evaluateAll((uses) => uses.map((use) => use.getAttribute('href') ?? ''));
		expect(hrefs.length, paths.verdicts()).toBeGreaterThan(0);
		for (const href of hrefs) expect(href.slice(0, href.indexOf('#')), href).toBe(sprite);
		expect(await (await request.get(sprite)).text(), sprite).toBe(iconSprite);
	}
});

test('every page type has an hreflang alternate for each language that has it and an x-default at the default language’s page, each resolving', async ({
	page,
	request,
}) => {
	for (const { language, type, path } of sampledPages()) {
		await page.goto(path);
		const found = await alternatesOf(page);
		const having = languages.flatMap((other) => {
			const there = type.path(other);
			return there ? [[other.lang, `${origin}${there}`]] : [];
		});
		// A page in one language only has no alternates to name (a single-language site, an untranslated check).
		const expected =
			having.length > 1 ? [...having, ['x-default', `${origin}${type.path(home) ?? ''}`]] : [];
		expect(found, `${type.name} in ${language.lang}: ${path}`).toEqual(expected);
		for (const [, href] of found) expect(await statusOf(request, href ?? ''), href).toBe(200);
	}
});

test('the language switch goes to the same page in the other language, which links back', async ({
	page,
}) => {
	for (const { language, type, path } of sampledPages()) {
		for (const other of languages) {
			if (other === language) continue;
			const there = type.path(other);
			await page.goto(path);
			const link = page.locator(`.language-switch a[hreflang="${other.lang}"]`);
			if (!there) {
				await expect(link, `${type.name} in ${language.lang}`).toHaveCount(0);
				continue;
			}
			await expect(link).toHaveAttribute('href', there);
			await expect(link).toHaveAttribute('lang', other.lang);
			await expect(link).toHaveText(autonym(other.lang, tags));
			await link.click();
			await expect(page).toHaveURL((url) => url.pathname === there);
			await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
			await expect(
				page.locator(`.language-switch a[hreflang="${language.lang}"]`),
				`${there} links back to ${path}`,
			).toHaveAttribute('href', path);
		}
	}
});

test('a translated check credits its translator and date; a stale one says, in its language, when the original was updated (and that the verdict shown is current); a current one says nothing of it', async ({
	page,
}) => {
	for (const { lang, id, data, original } of translations) {
		const language = languages.find((l) => l.lang === lang)!;
		const { ui } = language;
		await page.goto(language.paths.claim(id));
		const note = page.locator('.translation-note');
		await expect(note).toHaveCount(1);
		await expect(note).toContainText(data.translator);
		await expect(note.locator(`time[datetime="${data.translated}"]`)).toHaveText(
			ui.formatDay(data.translated),
		);
		await expect(note).toContainText(
			plain(
				ui.t('translation.note', {
					language: ui.languageName(home.lang),
					translator: data.translator,
					date: ui.formatDay(data.translated),
				}),
			),
		);
		await expect(note.locator(`a[href="${home.paths.claim(id)}"]`)).toHaveCount(1);
		const stale = staleSince(original.updates, data.translated);
		const notice = page.locator('[data-translation-stale]');
		if (!stale) {
			await expect(notice, `${lang}/${id} is current`).toHaveCount(0);
			continue;
		}
		await expect(notice, `${lang}/${id} is stale`).toHaveCount(1);
		await expect(notice).toContainText(
			plain(ui.t('translation.stale', { date: ui.formatDay(stale.date) })),
		);
		await expect(notice.locator(`time[datetime="${stale.date}"]`)).toHaveCount(1);
		if (stale.verdictChanged) await expect(notice).toContainText(ui.t('translation.staleVerdict'));
		else await expect(notice).not.toContainText(ui.t('translation.staleVerdict'));
	}
	// The originals carry no such note, translated or not.
	for (const { id } of claims.slice(0, 3)) {
		await page.goto(home.paths.claim(id));
		await expect(page.locator('.translation-note')).toHaveCount(0);
	}
});

test('a check not yet translated says so in the switch, has no hreflang for that language and no page there', async ({
	page,
	request,
}) => {
	for (const language of languages.slice(1)) {
		const untranslated = claims
			.filter(({ id }) => !language.checks.some((check) => check.id === id))
			.slice(0, 3);
		for (const { id } of untranslated) {
			await page.goto(home.paths.claim(id));
			const name = autonym(language.lang, tags);
			await expect(page.locator('.language-switch')).toContainText(
				plain(home.ui.t('language.untranslated', { language: name })),
			);
			// The other language's name, in itself, is marked as that language's word.
			await expect(
				page.locator(`.language-switch span[lang="${language.lang}"]`, { hasText: name }),
			).toHaveCount(1);
			await expect(page.locator(`.language-switch a[hreflang="${language.lang}"]`)).toHaveCount(0);
			const hreflangs = (await alternatesOf(page)).map(([lang]) => lang);
			expect(hreflangs, home.paths.claim(id)).not.toContain(language.lang);
			expect((await request.get(language.paths.claim(id))).status()).toBe(404);
		}
	}
	// A single-language site says nothing of the kind anywhere.
	if (!several && claims[0]) {
		await page.goto(home.paths.claim(claims[0].id));
		await expect(page.locator('.language-switch')).toHaveCount(0);
		await expect(page.locator('body')).not.toContainText(
			plain(home.ui.t('language.untranslated', { language: '' })).trim(),
		);
	}
});

test('on a translated check, each quotation keeps its article’s language, with the translator’s rendering beside it', async ({
	page,
}) => {
	for (const { lang, id, data, original } of translations) {
		const language = languages.find((l) => l.lang === lang)!;
		await page.goto(language.paths.claim(id));
		for (const entry of original.sources) {
			if (!entry.quote) continue;
			const article = sources.find((s) => s.id === entry.source);
			const item = page.locator(`.source-stances > li#${anchors.stance(entry.source)}`);
			const quotation = item.locator('blockquote');
			await expect(quotation).toHaveCount(1);
			// The language the quotation is read in: its own lang, or the one it inherits.
			expect(
				await quotation.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
				`${lang}/${id}: ${entry.source}`,
			).toBe(article?.data.language);
			const rendering = data.quotes[entry.source];
			if (rendering === undefined) {
				await expect(item.locator('.rendering')).toHaveCount(0);
				continue;
			}
			await expect(item.locator('.rendering')).toContainText(
				language.ui.t('translation.rendering'),
			);
			await expect(item.locator('.rendering')).toContainText(rendering);
		}
	}
	// In the default language, the quotations stand alone.
	if (claims[0]) {
		await page.goto(home.paths.claim(claims[0].id));
		await expect(page.locator('.source-stances .rendering')).toHaveCount(0);
	}
});

/** Two words of a check that the fewest other checks in its language share: a query that should find it. */
function distinctiveWords(check: Language['checks'][number], checks: Language['checks']): string {
	const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
	const shared = (word: string) =>
		checks.filter((c) => words(`${c.claim} ${c.summary}`).has(word)).length;
	return [...words(check.claim)]
		.sort((a, b) => shared(a) - shared(b) || b.length - a.length)
		.slice(0, 2)
		.join(' ');
}

test('each language’s search page finds a check in that language by its words, and shows only pages in that language', async ({
	page,
}) => {
	for (const language of languages) {
		const [check] = language.checks;
		if (!check) continue;
		const query = distinctiveWords(check, language.checks);
		await page.goto(`${language.paths.search()}?q=${encodeURIComponent(query)}`);
		await expect(
			page.locator(`.pagefind-ui__result a[href^="${language.paths.claim(check.id)}"]`).first(),
			`"${query}" in ${language.lang}`,
		).toBeVisible({ timeout: 15_000 });
		const shown = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(shown.length).toBeGreaterThan(0);
		for (const path of shown) expect(languageOfPath(path), path).toBe(language.lang);
	}
});

/** The <url> entries of a language's sitemaps (its sitemap index, followed): each page's address and its alternates. */
async function sitemapEntries(
	request: APIRequestContext,
	language: Language,
): Promise<Map<string, string[][]>> {
	const index = await request.get(`${language.language.base}sitemap-index.xml`);
	expect(index.status()).toBe(200);
	const entries = new Map<string, string[][]>();
	for (const [, loc] of (await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const sitemap = await request.get(new URL(loc ?? '').pathname);
		expect(sitemap.status(), loc).toBe(200);
		for (const [, body] of (await sitemap.text()).matchAll(/<url>([\s\S]*?)<\/url>/g)) {
			const page = /<loc>([^<]+)<\/loc>/.exec(body ?? '')?.[1] ?? '';
			const alternates = [
				...(body ?? '').matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
			].map(([, lang, href]) => [lang ?? '', href ?? '']);
			entries.set(page, alternates);
		}
	}
	return entries;
}

test('each language’s sitemap lists the alternates of a translated check, and a single-language sitemap none', async ({
	request,
}) => {
	const sample = translations.slice(0, 2);
	for (const language of languages) {
		const entries = await sitemapEntries(request, language);
		expect(entries.size).toBeGreaterThan(0);
		if (!several) {
			for (const [page, alternates] of entries) expect(alternates, page).toEqual([]);
			continue;
		}
		for (const { id } of sample) {
			const having = languages.filter(({ checks }) => checks.some((check) => check.id === id));
			if (!having.includes(language)) continue;
			const alternates = entries.get(`${origin}${language.paths.claim(id)}`);
			expect(alternates, `${language.lang}: ${id}`).toBeDefined();
			expect(alternates).toEqual(
				expect.arrayContaining(having.map((l) => [l.lang, `${origin}${l.paths.claim(id)}`])),
			);
		}
	}
});

test('a translated check’s page, with its language switch and notes, has no axe violations', async ({
	page,
}) => {
	// A stale translation where there is one (it shows both notes), and the untranslated note; on a single-language site, a claim page as it is.
	const stale = translations.find(({ data, original }) =>
		staleSince(original.updates, data.translated),
	);
	const translated = stale ?? translations[0];
	const untranslated = languages[1]
		? claims.find(({ id }) => !languages[1]?.checks.some((check) => check.id === id))
		: undefined;
	/** Each page, and what it must show for the check to be worth it: the translation note, the switch's untranslated note. */
	const pages: { path: string; shows: string | undefined }[] = [
		...(translated
			? [
					{
						path: languages
							.find(({ lang }) => lang === translated.lang)!
							.paths.claim(translated.id),
						shows: '.translation-note',
					},
				]
			: []),
		...(untranslated
			? [{ path: home.paths.claim(untranslated.id), shows: '.language-switch span' }]
			: []),
		...(!several && claims[0] ? [{ path: home.paths.claim(claims[0].id), shows: undefined }] : []),
	];
	expect(pages.length).toBeGreaterThan(0);
	for (const { path, shows } of pages) {
		await page.goto(path);
		if (shows) await expect(page.locator(shows).first()).toBeVisible();
		expect(await axeViolations(page), path).toEqual([]);
	}
});
