/**
 * Every public URL the site makes, in one place: these are stable, and other sites link to them.
 * Each is a path under the site's base (the settings' `url`), so a site served from
 * https://org.github.io/checks/ links to /checks/claims/<id>/ (with the section words its
 * settings choose: /checks/verificaciones/<id>/ on a Spanish site). The edge binds them to the
 * edition's settings once (src/edition/paths.ts).
 */
import type { Span } from './passages.ts';
import { createRoutes, type Routes } from './routes.ts';
import type { Site } from './settings.ts';

/**
 * The site's paths and addresses, for a site published at `site.url` from `site.repository`,
 * its reader-facing sections under the words its settings give (`site.paths`).
 */
export function sitePaths(site: Pick<Site, 'base' | 'url' | 'repository' | 'paths'>) {
	/** A path under the site's base, from a route relative to the site's root ("claims/x/"). */
	const withBase = (route: string) => `${site.base}${route.replace(/^\//, '')}`;

	const paths = Object.fromEntries(
		Object.entries(createRoutes(site.paths)).map(([name, route]) => [
			name,
			// Every route takes string arguments; typescript-eslint's program sees the cast as needless, tsc does not.
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
			(...args: string[]) => withBase((route as (...a: string[]) => string)(...args)),
		]),
	) as { readonly [K in keyof Routes]: Routes[K] };

	/** A public file in public/ (the favicon, the logo), under the site's base. */
	const assetPath = (file: string) => withBase(file);

	/** Links into the repository that holds the content files. */
	const repositoryLinks = {
		/** Edit a content file in the repository's web editor. */
		edit: (file: string) => `${site.repository.url}/edit/${site.repository.branch}/${file}`,
		/** The history of changes to a content file. */
		history: (file: string) => `${site.repository.url}/commits/${site.repository.branch}/${file}`,
	} as const;

	/** The absolute URL of a site path. */
	const absoluteUrl = (path: string) => new URL(path, site.url).href;

	return { withBase, paths, assetPath, repositoryLinks, absoluteUrl };
}

/** A site's paths and addresses, as sitePaths binds them. */
export type SitePaths = ReturnType<typeof sitePaths>;

/** Fragment ids that pages link to across the site. */
export const anchors = {
	/** On a source page: where a quoted passage starts (claims quoting the same words share it). */
	passage: (span: Span) => `passage-${span.start}-${span.end}`,
	/** On a claim page: a source article's entry in "What the sources say". */
	stance: (sourceId: string) => `source-${sourceId}`,
	/** On a claim page: entry `position` of its update log (1 records first publication). */
	update: (position: number) => `update-${position}`,
	/** On a source page: the list of claims drawn from it. */
	claimsList: 'claims',
} as const;
