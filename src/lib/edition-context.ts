/**
 * What the feeds, the open data and the structured data need of one edition: its settings, its
 * paths under the base, its rating labels and its words. The edge builds it once
 * (src/edition/context.ts) and passes it in; `Key` names the messages a module reads.
 */
import type { Claimant } from './claimants.ts';
import type { SitePaths } from './paths.ts';
import type { Rating, RatingScale } from './ratings.ts';
import type { Site } from './settings.ts';
import type { Translate } from './translate.ts';

export interface EditionContext<Key extends string = never> extends SitePaths {
	readonly site: Site;
	readonly t: Translate<Key>;
	readonly getRating: (id: string) => Rating;
	/** The edition's whole rating scale: its ids, its bounds, its ratings in order. */
	readonly scale: RatingScale;
	readonly claimantName: (claimant: Claimant) => string;
}
