/**
 * The edition's rating scale in the site's language, bound once: the settings' `ratings` (or the
 * engine's six), with labels and meanings from the settings or the dictionary (src/lib/ratings.ts).
 */
import { ratingScale, type RatingScale } from '../lib/ratings.ts';
import { settingsFile } from '../lib/settings.ts';
import { lang, optionalMessage } from './i18n.ts';
import { site } from './site.ts';

function bind(): RatingScale {
	try {
		return ratingScale(site.ratings, lang, optionalMessage);
	} catch (error) {
		throw new Error(`${settingsFile}: ${(error as Error).message}`, { cause: error });
	}
}

export const scale = bind();
export const { ratings, ratingIds, ratingBounds, scaleSteps, getRating } = scale;
