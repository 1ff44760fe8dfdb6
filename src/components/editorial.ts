/**
 * What an editorial page (content/pages/*.mdx) may use without importing engine code: the
 * rating scale and the stances, drawn from their one definition in the site's language.
 */
import RatingScale from './RatingScale.astro';
import StanceList from './StanceList.astro';

export const editorialComponents = { RatingScale, StanceList };
