/**
 * The site's languages as this build's pages link them: each page's counterparts in the other
 * languages (hreflang alternates, the sitemap, the language switch), marked where the other
 * language has no such page (a check not yet translated).
 */
import { counterpartRoute } from '../lib/alternates.ts';
import { languageHasPage } from '../lib/language-builds.ts';
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

/** The site's other languages, for the language switch (none on a single-language site). */
export const otherLanguages = site.languages.filter(({ lang }) => lang !== site.lang);

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
