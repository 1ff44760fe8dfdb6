/**
 * The interface in the site's language, bound once: the dictionary is src/i18n/locales/<tag>.ts
 * for the `lang` of the site's settings, falling back key by key through the tag's parents to
 * English (es-MX.ts, then es.ts, then en.ts). Everything that shows a reader words takes `t()`
 * and `formatDay()` from here.
 */
import { loadDictionary, type UiKey } from '../i18n/dictionary.ts';
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

/** The message for a key the engine builds (`verdict.<id>` of a rating the settings define), or undefined where the dictionary has none. */
export function optionalMessage(key: string): string | undefined {
	return key in loaded.messages ? t(key as UiKey) : undefined;
}

export { splitTag } from '../i18n/index.ts';
