/**
 * Builds the Pagefind search index over the built site once Astro has written it, so
 * `astro build` alone produces a site whose /search/ page works. Only claim and source pages
 * are indexed (they carry data-pagefind-body, and only their files are read).
 *
 * Indexing is the slowest step of a build that reuses its pages, so the index is kept in the
 * project's cache under a hash of every indexed page: when no indexed page changed, the last
 * index is copied instead of built again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { site as settings } from '../lib/site.ts';
import { projectCacheDir } from '../lib/cache-dir.ts';
import { packageVersion } from '../lib/package-version.ts';

/** The folders whose pages are indexed: one page per subfolder, as <folder>/<id>/index.html. */
const indexedFolders = ['claims', 'sources'] as const;
const pagefindVersion = packageVersion('pagefind');
const indexOptions = { forceLanguage: settings.lang } as const;

/** The indexed pages of a built site, relative to it, in a stable order. */
function indexedPages(site: string): string[] {
	return indexedFolders.flatMap((folder) => {
		const dir = join(site, folder);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.sort()
			.map((id) => `${folder}/${id}/index.html`)
			.filter((page) => existsSync(join(site, page)));
	});
}

/** Index the built site in `site` into site/pagefind/, or copy the index kept in `cacheDir` if no indexed page changed. */
export async function buildSearchIndex(site: string, cacheDir: string): Promise<{ pages: number; reused: boolean }> {
	const pages = indexedPages(site);
	const hash = createHash('sha256').update(`pagefind ${pagefindVersion} ${JSON.stringify(indexOptions)}\n`);
	for (const page of pages) hash.update(`${page}\n`).update(readFileSync(join(site, page)));
	const kept = join(cacheDir, hash.digest('base64url'));
	const output = join(site, 'pagefind');
	if (existsSync(kept)) {
		cpSync(kept, output, { recursive: true });
		return { pages: pages.length, reused: true };
	}
	const { index, errors } = await createIndex(indexOptions);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: site, glob: `{${indexedFolders.join(',')}}/*/index.html` });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	} finally {
		await close();
	}
	// Copy, then rename: a build stopped halfway never leaves a partial index to be reused.
	const partial = `${kept}.${process.pid}.tmp`;
	cpSync(output, partial, { recursive: true });
	renameSync(partial, kept);
	// Keep only the newest index: an older one is for pages that are gone.
	for (const name of readdirSync(cacheDir)) if (join(cacheDir, name) !== kept) rmSync(join(cacheDir, name), { recursive: true, force: true });
	return { pages: pages.length, reused: false };
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
				const { pages, reused } = await buildSearchIndex(fileURLToPath(dir), join(projectCacheDir(root), 'search-index'));
				logger.info(reused ? `search index for ${pages} unchanged pages reused` : `indexed ${pages} pages for search`);
			},
		},
	};
}
