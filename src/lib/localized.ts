/**
 * Text an edition writes once, or once per language tag (topics, a rating's label), read in the
 * site's language with the BCP 47 fallback: es-MX, then es, then English.
 */

/** A text written once, or once per language tag. */
export type Localized = string | Readonly<Record<string, string>>;

/** The text for `lang` of a value written once or per language, falling back from a regional tag to its language, then to English; undefined where none fits. */
export function textIn(value: Localized, lang: string): string | undefined {
	if (typeof value === 'string') return value;
	const tags = [lang, lang.split('-')[0] ?? lang, 'en'];
	return tags.map((tag) => value[tag]).find((text) => text !== undefined);
}
