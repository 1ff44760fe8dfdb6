/** Every public URL of this site, bound once to the base, address and section words its settings give (src/lib/paths.ts makes them). */
import { sitePaths } from '../lib/paths.ts';
import type { PathWords } from '../lib/routes.ts';
import { site } from './site.ts';

export const { withBase, paths, assetPath, repositoryLinks, absoluteUrl } = sitePaths(site);

/**
 * The route parameter that puts a page under its section's word: a page in
 * src/pages/[claims]/ returns `{ ...sectionParam('claims'), id }` from getStaticPaths.
 */
export const sectionParam = <K extends keyof PathWords>(section: K) =>
	({ [section]: site.paths[section] }) as { [P in K]: string };
