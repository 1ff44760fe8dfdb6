/**
 * A check's translation (content/claims/<lang>/<id>.md) read against its original: the claim
 * data a further language's pages show (the original's, with the translated texts laid over it),
 * and what the page says about the translation (credit, date, renderings, whether the original
 * has changed since). Nothing here reads files or the settings.
 */
import type { TranslationData } from './schema.ts';

/** What a claim file's frontmatter holds, as far as a translation touches it (gray-matter's reading, before the schema). */
interface OriginalFields {
	claim?: unknown;
	summary?: unknown;
	appeared?: { context?: unknown } & Record<string, unknown>;
	contact?: Record<string, unknown>;
	sources?: readonly ({ source?: unknown; note?: unknown } & Record<string, unknown>)[];
	evidence?: readonly ({ url?: unknown; note?: unknown } & Record<string, unknown>)[];
	updates?: readonly ({ note?: unknown } & Record<string, unknown>)[];
	[key: string]: unknown;
}

/**
 * The original's frontmatter with the translation's texts in place of its own: claim, summary,
 * context, contact texts, stance notes, evidence notes and update notes. Everything else
 * (verdict, sources, quotes, evidence, dates) stays the original's. A text the translation
 * leaves out stays in the original's language.
 */
export function translatedClaimData(
	original: OriginalFields,
	translation: TranslationData,
): Record<string, unknown> {
	const { contact } = translation;
	return {
		...original,
		claim: translation.claim,
		summary: translation.summary,
		appeared: original.appeared && {
			...original.appeared,
			...(translation.context !== undefined && original.appeared.context !== undefined
				? { context: translation.context }
				: {}),
		},
		contact: original.contact && {
			...original.contact,
			...Object.fromEntries(
				Object.entries(contact ?? {}).filter(([key]) => original.contact?.[key] !== undefined),
			),
		},
		sources: original.sources?.map((entry) => {
			const note = translation.notes[String(entry.source)];
			return note !== undefined && entry.note !== undefined ? { ...entry, note } : entry;
		}),
		evidence: original.evidence?.map((item) => {
			const note = translation.evidenceNotes[String(item.url)];
			return note !== undefined && item.note !== undefined ? { ...item, note } : item;
		}),
		updates: original.updates?.map((update, index) => {
			const note = translation.log[index];
			return note !== undefined ? { ...update, note } : update;
		}),
	};
}

/** An update to the original made after its translation: the page says so. */
export interface StaleSince {
	/** The newest such update's day. */
	readonly date: string;
	/** Whether one of them changed the verdict (the page shows the current one). */
	readonly verdictChanged: boolean;
}

/** The original's updates dated after the translation, summed up; undefined while the translation is current. */
export function staleSince(
	updates: readonly { readonly date: string; readonly verdict?: string | undefined }[],
	translated: string,
): StaleSince | undefined {
	const later = updates.filter((update) => update.date > translated);
	const newest = later.at(-1);
	return newest
		? { date: newest.date, verdictChanged: later.some((update) => update.verdict !== undefined) }
		: undefined;
}
