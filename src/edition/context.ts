/**
 * The edition as the feeds, the open data and the structured data take it (src/lib/edition-context.ts):
 * its settings, its paths, its rating labels and its words, put together once.
 */
import type { EditionContext } from '../lib/edition-context.ts';
import type { UiKey } from '../i18n/dictionary.ts';
import { claimantName } from './claimants.ts';
import { t } from './i18n.ts';
import { absoluteUrl, assetPath, paths, repositoryLinks, withBase } from './paths.ts';
import { getRating, scale } from './ratings.ts';
import { site } from './site.ts';

export const edition: EditionContext<UiKey> = {
	site,
	t,
	withBase,
	paths,
	assetPath,
	repositoryLinks,
	absoluteUrl,
	getRating,
	scale,
	claimantName,
};
