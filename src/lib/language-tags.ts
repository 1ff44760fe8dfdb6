/**
 * A source's language tag, checked the way the site reads it: a tag that Intl cannot read
 * (`en-x`, `en-us-us`) would stop the build when the source page names its language.
 */

const shape = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** Why `tag` is not a language tag the site can name, or null when it is one. */
export function languageTagProblem(tag: string): string | null {
	if (!shape.test(tag)) return 'must be a language tag such as "en" or "es-MX"';
	try {
		Intl.getCanonicalLocales(tag);
		names.of(tag);
		return null;
	} catch {
		return `"${tag}" is not a valid BCP 47 language tag (such as "en" or "es-MX")`;
	}
}
