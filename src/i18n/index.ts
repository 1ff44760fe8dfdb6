/**
 * The interface in the site's language: `t('key', values)` for every string a reader sees,
 * and `formatDay` for dates (Intl, in the same language).
 * The dictionary is src/i18n/locales/<lang>.ts for the `lang` of the site's settings.
 */
import { site } from '../lib/site.ts';
import en from './locales/en.ts';
import { formatMessage, type MessageValues } from './format.ts';
import { localesDir } from './languages.ts';

export type UiKey = keyof typeof en;
/** A language's dictionary: every key of the English reference, each a message. */
export type Dictionary = { readonly [K in UiKey]: string };

export const lang: string = site.lang;

/** The dictionary file the site reads, from the project root. */
export const dictionaryFile = `${localesDir}/${lang}.ts`;

const dictionary: Dictionary = lang === 'en' ? en : await load(lang);

async function load(tag: string): Promise<Dictionary> {
	try {
		return ((await import(`./locales/${tag}.ts`)) as { default: Dictionary }).default;
	} catch (error) {
		throw new Error(
			`src/config/site.ts: lang: there is no interface dictionary ${localesDir}/${tag}.ts (${(error as Error).message})`,
			{ cause: error },
		);
	}
}

/** The message for `key` in the site's language, with its values filled in. */
export function t(key: UiKey, values: MessageValues = {}): string {
	return formatMessage(dictionary[key], values, lang);
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
	const message = t(key, values);
	const match = new RegExp(`^(.*)<${tag}>(.*)</${tag}>(.*)$`, 's').exec(message);
	if (!match)
		throw new Error(`The message ${key} ("${message}") must hold one <${tag}>…</${tag}>.`);
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
