/**
 * Language tags, checked the way the site reads them: the site's own (its settings' `lang`, which
 * also names its dictionary file) and a source's, where a tag that Intl cannot read (`en-x`,
 * `en-us-us`) would stop the build when the source page names its language.
 */

/** A language tag as the settings give it and as dictionary files are named: "en", "es", "pt-BR". */
export const languageTagPattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A well-formed BCP 47 tag in its canonical case ("es-mx" is "es-MX"), or undefined for one that is not. */
export function canonicalTag(tag: string): string | undefined {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag);
		return canonical;
	} catch {
		return undefined;
	}
}

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
