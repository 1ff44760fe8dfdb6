/**
 * A language tag's dictionary, merged key by key along its fallback chain (es-MX.ts over es.ts
 * over en.ts). No settings here: pages reach it through src/i18n/index.ts, tools (new-site) and
 * tests call it with any tag.
 */
import en from './locales/en.ts';
import { dictionaryChain, fallbackChain, localesDir, referenceTag } from './languages.ts';

export type UiKey = keyof typeof en;
/** A language's dictionary: every key of the English reference, each a message. */
export type Dictionary = { readonly [K in UiKey]: string };
/** A regional dictionary (es-MX.ts): only the messages that differ from its language's. */
export type RegionalDictionary = Partial<Dictionary>;

/** The messages for a tag and the dictionary files they come from, most specific first. */
interface LoadedDictionary {
	readonly messages: Dictionary;
	readonly files: readonly string[];
}

/**
 * The dictionary for `tag`, every key filled from the most specific dictionary that has it.
 * Throws when no dictionary exists for the tag's language (see dictionaryChain).
 */
export async function loadDictionary(tag: string): Promise<LoadedDictionary> {
	const found = await Promise.all(
		fallbackChain(tag).map(async (level) => [level, await load(level)] as const),
	);
	const chain = dictionaryChain(
		tag,
		found.filter(([, dictionary]) => dictionary !== undefined).map(([level]) => level),
	);
	const byTag = new Map(found);
	return {
		messages: Object.assign(
			{},
			...[...chain].reverse().map((level) => byTag.get(level)),
		) as Dictionary,
		files: chain.map((level) => `${localesDir}/${level}.ts`),
	};
}

async function load(tag: string): Promise<RegionalDictionary | undefined> {
	if (tag === referenceTag) return en;
	try {
		return ((await import(`./locales/${tag}.ts`)) as { default: RegionalDictionary }).default;
	} catch (error) {
		// A dictionary that does not exist (Node's code, or the bundler's message) is a level the
		// tag skips; a dictionary that exists and fails to load is an error to see.
		const { code, message } = error as { code?: string; message?: string };
		if (code === 'ERR_MODULE_NOT_FOUND' || /Unknown variable dynamic import/.test(message ?? ''))
			return undefined;
		throw error;
	}
}

/** The first words of the sections' addresses in a language, by section (path.claims: /verificaciones/<id>/). */
export async function dictionaryPathWords<K extends string>(
	tag: string,
	sections: readonly K[],
): Promise<{ [S in K]: string }> {
	const { messages } = await loadDictionary(tag);
	return Object.fromEntries(
		sections.map((section) => [section, messages[`path.${section}` as UiKey]]),
	) as { [S in K]: string };
}
