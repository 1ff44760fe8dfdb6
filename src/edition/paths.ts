/** Every public URL of this site, bound once to the base and address its settings give (src/lib/paths.ts makes them). */
import { sitePaths } from '../lib/paths.ts';
import { site } from './site.ts';

export const { withBase, paths, assetPath, repositoryLinks, absoluteUrl } = sitePaths(site);
