/**
 * The edition's topics (content/topics.yml): what claims are about, for browsing. A topic's
 * title and description are one text, or one per language tag; a site reads its own language's,
 * falling back from a regional tag to its language (es-MX to es), then to English.
 */
import type { ClaimEntry } from './joins.ts';
import { textIn, type Localized } from './localized.ts';
import type { TopicData } from './schema.ts';

export interface Topic {
	readonly id: string;
	readonly title: string;
	readonly description: string;
}

/** The text for `lang` of a value written once or per language. Throws when no language fits. */
export function localized(value: Localized, lang: string): string {
	const text = textIn(value, lang);
	if (text !== undefined) return text;
	throw new Error(
		`No text for the language "${lang}" (it has ${Object.keys(value).join(', ')}): add a "${lang}:" entry.`,
	);
}

/** A topic entry, in the site's language. */
export function topicIn(
	entry: { readonly id: string; readonly data: TopicData },
	lang: string,
): Topic {
	return {
		id: entry.id,
		title: localized(entry.data.title, lang),
		description: localized(entry.data.description, lang),
	};
}

/** The claims that name a topic, in the order given. */
export function claimsOnTopic<C extends ClaimEntry>(topicId: string, claims: readonly C[]): C[] {
	return claims.filter((claim) => claim.data.topics.includes(topicId));
}
