/**
 * Builds the Pagefind search index over the built site once Astro has written it, so
 * `astro build` alone produces a site whose /search/ page works. Only claim and source pages
 * are indexed (they carry data-pagefind-body, and only their files are read).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function searchIndex(): AstroIntegration {
	return {
		name: 'crosscheck:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					// Read only the pages that are indexed (claim checks and archived articles), not the
					// tens of thousands of listings, embeds and endpoints a large site has.
					const added = await index.addDirectory({ path: site, glob: '{claims,sources}/*/index.html' });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages for search`);
				} finally {
					await close();
				}
			},
		},
	};
}
