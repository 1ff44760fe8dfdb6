/**
 * The interface languages: one dictionary file each in src/i18n/locales/, named by its BCP 47
 * tag (en.ts, es.ts, es-MX.ts). Adding a language is adding one file; en.ts is the complete
 * reference, and a regional dictionary (es-MX.ts) holds only the messages that differ from its
 * language's (es.ts): a site's tag falls back key by key, es-MX -> es -> en.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the dictionaries are, from the project root. */
export const localesDir = 'src/i18n/locales';

/** The reference language: every other dictionary falls back to it. */
export const referenceTag = 'en';

const localesFolder = fileURLToPath(new URL('./locales/', import.meta.url));

/** Whether the dictionary files are on disk beside this module: true when run from source (tools, tests, the validator), false inside a built page bundle. */
export const dictionaryFilesPresent = (): boolean => existsSync(localesFolder);

/** The tags that have a dictionary (every .ts file in the folder is one). Reads the folder, so it is for tools and tests, not for pages. */
export function languageTags(): string[] {
	return readdirSync(localesFolder)
		.filter((file) => file.endsWith('.ts'))
		.map((file) => file.slice(0, -3))
		.sort();
}

/**
 * The tags a site's tag falls back through, most specific first, ending with the reference:
 * "es-MX" gives ["es-MX", "es", "en"], "zh-Hant-TW" gives ["zh-Hant-TW", "zh-Hant", "zh", "en"].
 */
export function fallbackChain(tag: string): string[] {
	const parts = tag.split('-');
	const chain = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
	return chain.includes(referenceTag) ? chain : [...chain, referenceTag];
}

/**
 * The dictionaries a site's tag reads, most specific first, of those that exist; an error that
 * says what to add when no dictionary exists for the tag's language ("fr-CA" with no fr-CA.ts
 * and no fr.ts), since falling back to English alone would publish a site in the wrong language.
 */
export function dictionaryChain(tag: string, available: readonly string[]): string[] {
	const chain = fallbackChain(tag).filter((candidate) => available.includes(candidate));
	const language = tag.split('-')[0];
	if (!chain.some((found) => found.split('-')[0] === language))
		throw new Error(
			`lang: "${tag}" has no interface dictionary at any level (looked for ${fallbackChain(tag)
				.filter((candidate) => candidate !== referenceTag || language === referenceTag)
				.map((candidate) => `${localesDir}/${candidate}.ts`)
				.join(', ')}); the languages are ${available.join(', ')}`,
		);
	return chain;
}

const rightToLeftScripts = new Set([
	'Arab',
	'Hebr',
	'Thaa',
	'Syrc',
	'Nkoo',
	'Adlm',
	'Rohg',
	'Mand',
]);

/** The direction a language is written in, for `<html dir>`: from Intl.Locale's text info where the runtime has it, else from the script the tag implies. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(tag) as Intl.Locale & {
		getTextInfo?: () => { direction?: string };
		textInfo?: { direction?: string };
	};
	const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
	if (direction === 'rtl' || direction === 'ltr') return direction;
	return rightToLeftScripts.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}

/** The Open Graph locale for a tag, language_TERRITORY: "es-MX" is "es_MX", and "es" is "es_ES" (the region Intl takes as likeliest). */
export function openGraphLocale(tag: string): string {
	const locale = new Intl.Locale(tag).maximize();
	return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/**
 * A language's name in itself, as a language switch shows it ("Español", "English"): the
 * language's, or the full tag's where another of `tags` shares the language (en-US beside en-GB).
 */
export function autonym(tag: string, tags: readonly string[]): string {
	const language = tag.split('-')[0] ?? tag;
	const shared = tags.filter((other) => other.split('-')[0] === language).length > 1;
	const name =
		new Intl.DisplayNames([tag], { type: 'language' }).of(shared ? tag : language) ?? tag;
	return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
