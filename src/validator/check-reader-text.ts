/**
 * Readers know the source articles by their publishers and headlines, never by the names of
 * the files behind them. Text that readers see (the claim, the summary, the context, notes,
 * the analysis) must not name a file: "article 004", a source's id or the seed file its
 * archived copy came from.
 */
import type { SourceData } from '../lib/schema.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';
import type { ContentFile, FieldPath } from './read-content-file.ts';
import { diagnosticAt } from './schema-problems.ts';

/** A file id found in reader text: where it starts and what it is. */
export interface FileIdMention {
	readonly index: number;
	readonly text: string;
	readonly what: string;
}

/** "Article 004", "articles 002 and 003", "source #001": a number with a leading zero reads as a file's, not a count. */
const numberedFile = /\b(?:article|source|seed|file)s?\s+(?:no\.\s*|#)?0\d+\b/gi;

/** Finds the edition's file ids in a text, in order. */
export interface FileIdFinder {
	(text: string): FileIdMention[];
	/**
	 * Whether any text in a piece of Markdown may name a file id: false only when none can,
	 * wherever the Markdown's syntax splits it into texts (check-markdown.ts skips its
	 * syntax tree then). Looser than the finder: it looks for the names anywhere, and for
	 * a numbered file across the quote marks and spaces that begin a line in a blockquote.
	 */
	mayName(markdown: string): boolean;
}

const mayNumberFile = /(?:article|source|seed|file)s?[\s>]+(?:no\.[\s>]*|#)?0\d/i;
/** What comes before the number in every text mayNumberFile finds: a quicker first look. */
const mayNumber = /[\s>.#]0\d/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder for the given sources. Source ids are looked for only where they could not be an
 * ordinary word (they hold a hyphen or a digit); seed files by their name with or without
 * its extension.
 */
export function fileIdFinder(sources: readonly SourceData[]): FileIdFinder {
	const names = [
		...sources
			.filter((s) => /[-\d]/.test(s.id))
			.map((s) => ({ text: s.id, what: 'the id of a source file' })),
		...sources.flatMap(({ seed }) =>
			(seed ? [...new Set([seed, seed.replace(/\.[a-z0-9]+$/i, '')])] : []).map((text) => ({
				text,
				what: 'the name of a seed file',
			})),
		),
	].sort((a, b) => b.text.length - a.text.length);
	const named =
		names.length === 0
			? null
			: new RegExp(`(?<![\\w/-])(?:${names.map((n) => escape(n.text)).join('|')})(?![\\w-])`, 'g');
	const find = (text: string) => {
		const found: FileIdMention[] = [];
		for (const match of text.matchAll(numberedFile))
			found.push({ index: match.index, text: match[0], what: 'a file number' });
		if (named) {
			for (const match of text.matchAll(named))
				found.push({
					index: match.index,
					text: match[0],
					what: names.find((n) => n.text === match[0])?.what ?? '',
				});
		}
		return found.sort((a, b) => a.index - b.index);
	};
	return Object.assign(find, {
		mayName: (markdown: string) =>
			(mayNumber.test(markdown) && mayNumberFile.test(markdown)) ||
			names.some(({ text }) => /\s/.test(text) || markdown.includes(text)),
	});
}

export const fileIdHint =
	'readers never see file ids: name the article by its publisher or its headline';

export const fileIdMessage = (mention: FileIdMention) =>
	`names ${quoted(mention.text)}, ${mention.what}, in text readers see`;

/** The frontmatter fields readers see, as paths into a claim file's data. */
function* readerFields(data: unknown): Generator<{ path: FieldPath; text: string }> {
	if (data === null || typeof data !== 'object') return;
	const record = data as Record<string, unknown>;
	const at = (path: FieldPath, value: unknown) =>
		typeof value === 'string' ? [{ path, text: value }] : [];
	yield* at(['claim'], record.claim);
	yield* at(['summary'], record.summary);
	const appeared = record.appeared;
	if (appeared !== null && typeof appeared === 'object')
		yield* at(['appeared', 'context'], (appeared as Record<string, unknown>).context);
	for (const list of ['sources', 'evidence', 'updates'] as const) {
		const entries = record[list];
		if (!Array.isArray(entries)) continue;
		for (const [i, entry] of entries.entries()) {
			if (entry !== null && typeof entry === 'object')
				yield* at([list, i, 'note'], (entry as Record<string, unknown>).note);
		}
	}
}

/** A diagnostic for every reader-facing frontmatter field that names a file id. */
export function checkReaderFields(content: ContentFile, find: FileIdFinder): Diagnostic[] {
	return [...readerFields(content.data)].flatMap(({ path, text }) => {
		// One report a field: it is located by its first line only.
		const [first] = find(text);
		return first ? [diagnosticAt(content, path, fileIdMessage(first), fileIdHint)] : [];
	});
}
