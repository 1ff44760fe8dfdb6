/**
 * Indexing one shard of the search index with Pagefind (search-index.ts splits the site's pages
 * into shards and merges them). Each shard is indexed on a worker thread of its own
 * (search-shard-worker.ts), whose Pagefind process is its own too: Pagefind's service indexes one
 * page at a time, so two shards at once use both cores of a small machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex } from 'pagefind';

export interface ShardJob {
	/** The built site. */
	readonly site: string;
	/** The shard's pages, relative to the site, in the order Pagefind numbers them. */
	readonly pages: readonly string[];
	/** The folder Pagefind writes the shard's index into. */
	readonly output: string;
	/** The language Pagefind reads every page in. */
	readonly lang: string;
}

/**
 * Pagefind reads a description list's terms and values (<dt>, <dd>) as inline text, so where the
 * built page has no white space between them (compressHTML drops it) a term and its value would
 * reach the index, and the excerpts, as one word ("PublisherHarbor"): a space after each keeps
 * them apart (tests/unit/search-excerpts.test.ts).
 */
export const separateTerms = (html: string) => html.replace(/<\/(dt|dd)>/g, '</$1> ');

/** Index one shard's pages into its output folder. */
export async function indexShard({ site, pages, output, lang }: ShardJob): Promise<void> {
	const { index, errors } = await createIndex({ forceLanguage: lang });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const page of pages) {
		const added = await index.addHTMLFile({
			sourcePath: page,
			content: separateTerms(readFileSync(join(site, page), 'utf8')),
		});
		if (added.errors.length > 0)
			throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: output });
	if (written.errors.length > 0)
		throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await index.deleteIndex();
}
