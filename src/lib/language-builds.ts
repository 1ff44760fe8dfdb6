/**
 * Where a further language's build puts its pages before the default language's build copies
 * them under its folder (src/integrations/language-builds.ts), and which of them exist: the
 * default language's pages link only to counterparts that do.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectCacheDir } from './cache-dir.ts';

/** Set for a further language's build by the default language's, which has validated the content already. */
export const validatedVariable = 'CROSSCHECK_CONTENT_VALIDATED';

/** The folder a further language's build writes to (its pages, relative to its own base). */
export const languageOutDir = (root: string, prefix: string) =>
	join(projectCacheDir(root), 'languages', prefix);

/** Astro's cache of a further language's build, apart from the default language's (and, like it, kept by each project copy to itself). */
export const languageCacheDir = (root: string, prefix: string) =>
	join(projectCacheDir(root), 'languages', `${prefix}.astro`);

/**
 * Whether a further language's build made the page at `route` (relative to that language's
 * base, "verificaciones/x/"); true where that build has not run (`astro dev`), which has no pages to check.
 */
export function languageHasPage(root: string, prefix: string, route: string): boolean {
	const out = languageOutDir(root, prefix);
	if (!existsSync(out)) return true;
	return existsSync(join(out, route, route === '' || route.endsWith('/') ? 'index.html' : ''));
}
