/**
 * The site's languages as this build's pages link them: each page's counterparts in the other
 * languages (hreflang alternates, the sitemap, the language switch), marked where the other
 * language has no such page (a check not yet translated).
 */
import { counterpartRoute } from '../lib/alternates.ts';
import type { Translation } from '../lib/content.ts';
import { languageHasPage } from '../lib/language-builds.ts';
import type { LanguageVersion } from '../lib/open-data.ts';
import { createRoutes } from '../lib/routes.ts';
import { site } from './site.ts';

/** A page's version in one of the site's languages. */
export interface Counterpart {
	readonly lang: string;
	/** Its path from the host's root ("/es-mx/verificaciones/x/"). */
	readonly path: string;
	/** Its absolute address. */
	readonly url: string;
	/** Whether it is the page itself. */
	readonly current: boolean;
	/** Whether that language has the page (every language has every page, but for checks not yet translated). */
	readonly exists: boolean;
}

/** The page at `pathname` (from the host's root) in every one of the site's languages, the default first. */
export function counterparts(pathname: string): Counterpart[] {
	const route = pathname.startsWith(site.base) ? pathname.slice(site.base.length) : '';
	const origin = new URL(site.url).origin;
	return site.languages.map((language) => {
		const current = language.lang === site.lang;
		const there = current ? route : counterpartRoute(route, site.paths, language.paths);
		const path = `${language.base}${there}`;
		return {
			lang: language.lang,
			path,
			url: `${origin}${path}`,
			current,
			exists: current || !language.prefix || languageHasPage('.', language.prefix, there),
		};
	});
}

/** The site's further languages' tags (its settings' `locales`): the languages checks are translated into. */
export const furtherLanguages = site.languages.slice(1).map(({ lang }) => lang);

/**
 * A check in the site's other languages, for its open-data record: in the default language, its
 * translations; in a translation, its original and its other translations.
 */
export function languageVersions(
	id: string,
	translations: readonly Translation[],
): LanguageVersion[] {
	const own = translations.filter(({ data }) => data.check === id);
	return site.languages.flatMap((language): LanguageVersion[] => {
		if (language.lang === site.lang) return [];
		const url = `${language.url}/${createRoutes(language.paths).claim(id)}`;
		if (!language.prefix) {
			const claim = own[0]?.data.originalClaim;
			return claim === undefined
				? []
				: [{ lang: language.lang, url, claim, original: true, translator: null, translated: null }];
		}
		return own
			.filter(({ data }) => data.lang === language.lang)
			.map(({ data }) => ({
				lang: language.lang,
				url,
				claim: data.claim,
				original: false,
				translator: data.translator,
				translated: data.translated,
			}));
	});
}
