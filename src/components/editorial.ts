/**
 * What an editorial page (content/pages/*.mdx) may use without importing engine code: the
 * rating scale, the stances and the ways a claim reaches an article, drawn from their one definition in the site's language.
 */
import RatingScale from './RatingScale.astro';
import StanceList from './StanceList.astro';
import ViaList from './ViaList.astro';

export const editorialComponents = { RatingScale, StanceList, ViaList };
