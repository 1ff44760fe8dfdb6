/**
 * How the search index is split into shards. Pagefind cannot update an index in place, so the
 * indexed pages are split into shards that are indexed on their own and then merged into one
 * index (search-index-merge.ts): a changed page means indexing its shard again, not the site.
 *
 * A page's shard comes from a hash of its path alone, so pages coming and going never move
 * other pages. The number of shards is a power of two, so when the site outgrows it and the
 * count doubles, shard s splits into s and s + count rather than every page moving at random.
 */
import { createHash } from 'node:crypto';

/**
 * Pages a shard should hold at most (on average). The shards are merged into one index, so their
 * size is the build's affair alone: smaller ones mean less to index again when a page changes and
 * less memory for each of the two Pagefind processes indexing at once (Pagefind holds about
 * 0.3 MiB a page); each costs a process's start-up (a fraction of a second). On 1,005 pages, two
 * shards, four and eight were indexed and merged in the same 2.9 s, the two processes together
 * peaking at 288, 173 and 94 MiB.
 */
export const pagesPerShard = 500;

/** The number of shards for `pages` pages: the smallest power of two that keeps shards within `perShard` pages on average. */
export function shardCount(pages: number, perShard = pagesPerShard): number {
	if (!(perShard >= 1)) throw new Error(`pages per shard must be at least 1, not ${perShard}`);
	let count = 1;
	while (pages / count > perShard) count *= 2;
	return count;
}

/** The shard (0 to count - 1) of the page at `path`. */
export function shardOf(path: string, count: number): number {
	return createHash('sha256').update(path).digest().readUInt32BE(0) % count;
}

/** `pages` split into shards, each in the order given. */
export function shardPages(pages: readonly string[], perShard = pagesPerShard): string[][] {
	const shards = Array.from({ length: shardCount(pages.length, perShard) }, (): string[] => []);
	for (const page of pages) shards[shardOf(page, shards.length)]!.push(page);
	return shards;
}
