/**
 * The interface in the site's language, bound once: the dictionary is src/i18n/locales/<tag>.ts
 * for the `lang` of the site's settings, falling back key by key through the tag's parents to
 * English (es-MX.ts, then es.ts, then en.ts). Everything that shows a reader words takes `t()`
 * and `formatDay()` from here.
 */
import { loadDictionary } from '../i18n/dictionary.ts';
import { bindUi } from '../i18n/index.ts';
import { settingsFile } from '../lib/settings.ts';
import { site } from './site.ts';

const loaded = await loadDictionary(site.lang).catch((error: unknown) => {
	throw new Error(`${settingsFile}: ${(error as Error).message}`);
});

/** The dictionary files the site reads, most specific first (es-MX.ts, es.ts, en.ts), from the project root. */
export const dictionaryFiles: readonly string[] = loaded.files;

export const { lang, dir, ogLocale, quote, t, tSplit, formatDay, languageName } = bindUi(
	site.lang,
	loaded.messages,
	site.typography.quotes,
);

export { splitTag } from '../i18n/index.ts';
