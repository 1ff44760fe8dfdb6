/** The rating scale in the site's language, bound once (src/lib/ratings.ts defines it). */
import { ratingScale } from '../lib/ratings.ts';
import { t } from './i18n.ts';

export const { ratings, scaleSteps, getRating } = ratingScale(t);
