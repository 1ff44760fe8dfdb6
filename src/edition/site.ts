/**
 * The edge where the edition enters the engine: its settings file (src/config/site.ts), parsed
 * and checked once, for the language this build makes (CROSSCHECK_LOCALE; the default language
 * where unset). Pages, components, integrations, the validator and the tools read the site
 * from here and pass it to src/lib, which never imports it. (The unit tests swap the settings
 * file for a fixture's by its path: tests/edition-hooks.ts.)
 */
import edition from '../config/site.ts';
import { dictionaryPathWords } from '../i18n/dictionary.ts';
import { canonicalTag } from '../lib/language-tags.ts';
import { pathWordKeys } from '../lib/routes.ts';
import { resolveSettings, type SiteSettings } from '../lib/settings.ts';

const settings: SiteSettings = edition;

/** The section words each further language's dictionary gives (path.claims…), for languages whose settings name none. */
const dictionaryWords = new Map(
	await Promise.all(
		(settings.locales ?? []).map(async (locale) => {
			const tag = canonicalTag(typeof locale === 'string' ? locale : locale.lang) ?? '';
			return [tag, await dictionaryPathWords(tag, pathWordKeys).catch(() => undefined)] as const;
		}),
	),
);

export const site = resolveSettings(settings, { wordsOf: (lang) => dictionaryWords.get(lang) });
