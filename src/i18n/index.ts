/**
 * The interface in one language: `t('key', values)` for every string a reader sees, and
 * `formatDay` for dates (Intl, in the same language). `bindUi` binds them to a language tag and its
 * dictionary (dictionary.ts); the edge does so once, for the site's settings (src/edition/i18n.ts).
 * Nothing here reads the settings: the tag, the dictionary and the quotation marks are passed in.
 */
import type { Dictionary, UiKey } from './dictionary.ts';
import { formatMessage, type MessageValues } from './format.ts';
import { openGraphLocale, textDirection } from './languages.ts';

/**
 * The interface for the language `lang` (a BCP 47 tag as the settings give it), from its
 * `dictionary`; `quotes`, the settings' quotation marks, where they set them.
 */
export function bindUi(
	lang: string,
	dictionary: Dictionary,
	quotes: readonly [string, string] | undefined,
) {
	/** Someone else's words in the site's quotation marks: the settings' pair if set, else the language's (its `text.quoted` message). */
	function quote(text: string): string {
		return quotes
			? `${quotes[0]}${text}${quotes[1]}`
			: formatMessage(dictionary['text.quoted'], { text }, lang);
	}

	/** The message for `key` in the site's language, with its values filled in. */
	function t(key: UiKey, values: MessageValues = {}): string {
		return formatMessage(dictionary[key], values, lang, quote);
	}

	/**
	 * A message that wraps part of its text in `<tag>…</tag>` (a link, say), split so a page can
	 * render that part as an element: [before, inside, after].
	 */
	function tSplit(key: UiKey, tag: string, values: MessageValues = {}): [string, string, string] {
		return splitTag(t(key, values), tag, key);
	}

	const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });

	/** A YYYY-MM-DD day, written out in the site's language ("January 9, 2026", "9 de enero de 2026"). */
	function formatDay(day: string): string {
		return dayFormat.format(new Date(`${day}T00:00:00Z`));
	}

	const languageNames = new Intl.DisplayNames([lang], { type: 'language' });

	/** A language tag's name in the site's language ("en" is "English", or "inglés" on a Spanish site). */
	function languageName(tag: string): string {
		return languageNames.of(tag) ?? tag;
	}

	return {
		/** The site's language: its BCP 47 tag, for Intl, `<html lang>`, feeds and search. */
		lang,
		/** Text direction of the site's language, for `<html dir>`. */
		dir: textDirection(lang),
		/** The site's Open Graph locale (es_MX), derived from its tag. */
		ogLocale: openGraphLocale(lang),
		quote,
		t,
		tSplit,
		formatDay,
		languageName,
	};
}

/** Text that wraps one part in `<tag>…</tag>`, split as tSplit does; `key` names the message in an error. */
export function splitTag(text: string, tag: string, key: string): [string, string, string] {
	const match = new RegExp(`^(.*)<${tag}>(.*)</${tag}>(.*)$`, 's').exec(text);
	if (!match) throw new Error(`The message ${key} ("${text}") must hold one <${tag}>…</${tag}>.`);
	return [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
}
