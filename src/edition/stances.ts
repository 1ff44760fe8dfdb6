/** The stances in the site's language, bound once (src/lib/stances.ts defines them). */
import { stanceScale } from '../lib/stances.ts';
import { t } from './i18n.ts';

export const { stances, getStance } = stanceScale(t);
