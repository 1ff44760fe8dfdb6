/**
 * The interface languages: one dictionary file each in src/i18n/locales/, named by its BCP 47
 * tag (en.ts, es.ts). Adding a language is adding one file; en.ts is the complete reference.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the dictionaries are, from the project root. */
export const localesDir = 'src/i18n/locales';

/** A language tag as dictionary files are named: "en", "es", "pt-BR". */
export const languageTagPattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The tags that have a dictionary. Reads the folder, so it is for tools and tests, not for pages. */
export function languageTags(): string[] {
	return readdirSync(fileURLToPath(new URL('./locales/', import.meta.url)))
		.filter((file) => file.endsWith('.ts') && languageTagPattern.test(file.slice(0, -3)))
		.map((file) => file.slice(0, -3))
		.sort();
}
