/**
 * The rating scale's labels in every interface language ("Falso", "Engañoso", "Mostly false"),
 * the settings' own or the dictionaries', each with its rating id: a writer who types the label a page shows, in any language, is told
 * which id to write instead of only that the value is not one.
 */
import { loadDictionary } from '../i18n/dictionary.ts';
import { dictionaryFilesPresent, languageTags } from '../i18n/languages.ts';
import { textIn } from '../lib/localized.ts';
import { site } from '../edition/site.ts';

export interface LabelledRating {
	/** The rating id to write. */
	readonly id: string;
	/** The language whose label it is, named in English ("Spanish"). */
	readonly language: string;
}

/** Case, accents, spaces and trailing dots or ellipses aside: "falso", "FALSO" and "Falso." are one label. */
const normalized = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[.…\s]+$/u, '')
		.replace(/\s+/g, ' ')
		.trim();

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Every dictionary's labels. Page bundles import the validator for its constants only and carry no dictionary files: there the table is empty, and never asked. */
const byLabel = new Map<string, LabelledRating>();
if (dictionaryFilesPresent())
	for (const tag of languageTags()) {
		const { messages } = await loadDictionary(tag);
		const dictionary: Readonly<Record<string, string | undefined>> = messages;
		for (const { id, label: own } of site.ratings) {
			const text = own === undefined ? dictionary[`verdict.${id}`] : textIn(own, tag);
			const label = text === undefined ? undefined : normalized(text);
			if (label !== undefined && !byLabel.has(label))
				byLabel.set(label, { id, language: languageNames.of(tag) ?? tag });
		}
	}

/** The rating whose label, in some interface language, `value` is. */
export function ratingOfLabel(value: string): LabelledRating | undefined {
	return byLabel.get(normalized(value));
}
