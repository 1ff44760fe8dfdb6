/**
 * The interface in the site's language: `t('key', values)` for every string a reader sees,
 * and `formatDay` for dates (Intl, in the same language).
 * The dictionary is src/i18n/locales/<tag>.ts for the `lang` of the site's settings, falling back
 * key by key through the tag's parents to English (es-MX.ts, then es.ts, then en.ts).
 */
import { settingsFile } from '../lib/settings.ts';
import { site } from '../lib/site.ts';
import { loadDictionary, type Dictionary, type UiKey } from './dictionary.ts';
import { formatMessage, type MessageValues } from './format.ts';
import { openGraphLocale, textDirection } from './languages.ts';

/** The site's language: its BCP 47 tag as the settings give it, for Intl, `<html lang>`, feeds and search. */
export const lang: string = site.lang;

const loaded = await loadDictionary(lang).catch((error: unknown) => {
	throw new Error(`${settingsFile}: ${(error as Error).message}`);
});
const dictionary: Dictionary = loaded.messages;

/** The dictionary files the site reads, most specific first (es-MX.ts, es.ts, en.ts), from the project root. */
export const dictionaryFiles: readonly string[] = loaded.files;

/** Text direction of the site's language, for `<html dir>`. */
export const dir = textDirection(lang);

/** The site's Open Graph locale (es_MX), derived from its tag. */
export const ogLocale = openGraphLocale(lang);

const quotes = site.typography.quotes;

/** Someone else's words in the site's quotation marks: the settings' pair if set, else the language's (its `text.quoted` message). */
export function quote(text: string): string {
	return quotes
		? `${quotes[0]}${text}${quotes[1]}`
		: formatMessage(dictionary['text.quoted'], { text }, lang);
}

/** The message for `key` in the site's language, with its values filled in. */
export function t(key: UiKey, values: MessageValues = {}): string {
	return formatMessage(dictionary[key], values, lang, quote);
}

/**
 * A message that wraps part of its text in `<tag>…</tag>` (a link, say), split so a page can
 * render that part as an element: [before, inside, after].
 */
export function tSplit(
	key: UiKey,
	tag: string,
	values: MessageValues = {},
): [string, string, string] {
	return splitTag(t(key, values), tag, key);
}

/** Text that wraps one part in `<tag>…</tag>`, split as tSplit does; `key` names the message in an error. */
export function splitTag(text: string, tag: string, key: string): [string, string, string] {
	const match = new RegExp(`^(.*)<${tag}>(.*)</${tag}>(.*)$`, 's').exec(text);
	if (!match) throw new Error(`The message ${key} ("${text}") must hold one <${tag}>…</${tag}>.`);
	return [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
}

const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });

/** A YYYY-MM-DD day, written out in the site's language ("January 9, 2026", "9 de enero de 2026"). */
export function formatDay(day: string): string {
	return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

const languageNames = new Intl.DisplayNames([lang], { type: 'language' });

/** A language tag's name in the site's language ("en" is "English", or "inglés" on a Spanish site). */
export function languageName(tag: string): string {
	return languageNames.of(tag) ?? tag;
}
