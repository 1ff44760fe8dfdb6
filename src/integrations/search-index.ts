/**
 * Builds the Pagefind search index over the built site once Astro has written it, so
 * `astro build` alone produces a site whose /search/ page works. Only claim and source pages
 * are indexed (they carry data-pagefind-body, and only their files are read).
 *
 * The index is built in shards (search-shards.ts), each kept in the project's cache under a hash
 * of its pages: a build indexes again only the shards whose pages changed, two at a time (each
 * on a worker thread with a Pagefind process of its own, search-shard.ts), so Pagefind's memory
 * is bounded by two shards rather than the site. The shards are then merged into
 * one index in pagefind/ (search-index-merge.ts), so that results rank exactly as one index of
 * every page would rank them, however the pages were split.
 */
import { createHash } from 'node:crypto';
import { elapsed } from '../lib/elapsed.ts';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { site as settings } from '../edition/site.ts';
import { projectCacheDir } from '../lib/cache-dir.ts';
import { packageVersion } from '../lib/package-version.ts';
import { pagesPerShard, shardPages } from './search-shards.ts';
import { separateTerms, type ShardJob } from './search-shard.ts';
import { copyScripts, mergeCode, mergeShards } from './search-index-merge.ts';

/** The folders whose pages are indexed: one page per subfolder, as <folder>/<id>/index.html. */
const indexedFolders = [settings.paths.claims, settings.paths.sources];
const pagefindVersion = packageVersion('pagefind');
const indexLang = settings.lang;
/** Where the index goes in the built site. */
const outputFolder = 'pagefind';

/**
 * The indexed pages of a built site, relative to it, in a stable order: those that mark their
 * body for Pagefind (a withdrawn or renamed check's page, in the same folder, does not).
 */
function indexedPages(site: string): string[] {
	return indexedFolders.flatMap((folder) => {
		const dir = join(site, folder);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.sort()
			.map((id) => `${folder}/${id}/index.html`)
			.filter((page) => {
				const file = join(site, page);
				return existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
			});
	});
}

export interface SearchIndexReport {
	readonly pages: number;
	readonly shards: number;
	/** Shards copied from the cache rather than indexed again. */
	readonly reused: number;
}

/** Shards indexed at once: each is a Pagefind process, which indexes one page at a time. */
const shardThreads = Math.min(2, availableParallelism());

/** The worker that indexes one shard, in the project at `root` (its code is read from there, as the build's is). */
const shardWorker = (root: string) => join(root, 'src/integrations/search-shard-worker.ts');

/** Index one shard on a worker thread of its own. */
function indexOnWorker(root: string, job: ShardJob): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(shardWorker(root), { workerData: job });
		worker.once('error', reject);
		worker.once('exit', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`search index: indexing ${job.output} stopped (exit code ${code})`)),
		);
	});
}

/** The merged index the last build kept in `cacheDir`, if any (the cache keeps one). */
function lastMerged(cacheDir: string): string | undefined {
	const name = readdirSync(cacheDir).find(
		(entry) => entry.startsWith('merged-') && !entry.endsWith('.tmp'),
	);
	return name === undefined ? undefined : join(cacheDir, name);
}

/**
 * Index the built site in `site` into site/pagefind/, in shards of about `perShard` pages merged
 * into one index; a shard whose pages are unchanged since a build that kept it in `cacheDir` is
 * copied from there, and so is the merged index while its shards and the merging code are unchanged.
 */
export async function buildSearchIndex(
	site: string,
	cacheDir: string,
	perShard = pagesPerShard,
	root = process.cwd(),
): Promise<SearchIndexReport> {
	const pages = indexedPages(site);
	const nonEmpty = shardPages(pages, perShard)
		.map((list, shard) => ({ shard, pages: list }))
		.filter((s) => s.pages.length > 0);
	const shards = nonEmpty.length > 0 ? nonEmpty : [{ shard: 0, pages: [] }];
	const kept = shards.map((shard) => {
		const hash = createHash('sha256').update(
			`pagefind ${pagefindVersion} ${JSON.stringify({ forceLanguage: indexLang })} ${separateTerms.toString()} shard\n`,
		);
		for (const page of shard.pages) hash.update(`${page}\n`).update(readFileSync(join(site, page)));
		return join(cacheDir, hash.digest('base64url'));
	});
	const missing = shards.filter((_, i) => !existsSync(kept[i]!));
	if (missing.length > 0) {
		mkdirSync(cacheDir, { recursive: true });
		const queue = [...missing];
		const next = async (): Promise<void> => {
			const shard = queue.shift();
			if (!shard) return;
			const folder = kept[shards.indexOf(shard)]!;
			// Write beside, then rename: a build stopped halfway never leaves a partial shard to be reused.
			const partial = `${folder}.${process.pid}.tmp`;
			rmSync(partial, { recursive: true, force: true });
			await indexOnWorker(root, { site, pages: shard.pages, output: partial, lang: indexLang });
			renameSync(partial, folder);
			return next();
		};
		await Promise.all(Array.from({ length: Math.min(shardThreads, queue.length) }, next));
	}
	// The merged index is kept too, under a hash of its shards and of the code that merges them.
	const mergeHash = createHash('sha256').update('merged\n');
	for (const folder of kept) mergeHash.update(`${folder}\n`);
	for (const file of mergeCode) mergeHash.update(readFileSync(file));
	const merged = join(cacheDir, `merged-${mergeHash.digest('base64url')}`);
	if (!existsSync(merged)) {
		const partial = `${merged}.${process.pid}.tmp`;
		rmSync(partial, { recursive: true, force: true });
		if (pages.length === 0) cpSync(kept[0]!, partial, { recursive: true });
		else {
			copyScripts(kept[0]!, partial);
			// Pages are numbered in the site's order whatever their shards, so the index is the same however they were split.
			const position = new Map(pages.map((page, i) => [page, i]));
			mergeShards(
				kept,
				shards.map((shard) => shard.pages.map((page) => position.get(page)!)),
				partial,
				lastMerged(cacheDir),
			);
		}
		renameSync(partial, merged);
	}
	const output = join(site, outputFolder);
	rmSync(output, { recursive: true, force: true });
	cpSync(merged, output, { recursive: true });
	// Keep only the shards and the merged index in use: others hold pages that changed or are gone.
	for (const name of readdirSync(cacheDir))
		if (![...kept, merged].includes(join(cacheDir, name)))
			rmSync(join(cacheDir, name), { recursive: true, force: true });
	return { pages: pages.length, shards: shards.length, reused: shards.length - missing.length };
}

export function searchIndex(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'crosscheck:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pages, shards, reused } = await buildSearchIndex(
					fileURLToPath(dir),
					join(projectCacheDir(root), 'search-index'),
					pagesPerShard,
					root,
				);
				logger.info(
					`search index: ${pages} pages in ${shards} shard${shards === 1 ? '' : 's'}, ${shards - reused} indexed, ${reused} unchanged and reused (${elapsed(started)})`,
				);
			},
		},
	};
}
