/** The words for claimants and ways of appearing in the site's language, bound once (src/lib/claimants.ts). */
import { claimantWords } from '../lib/claimants.ts';
import { t } from './i18n.ts';

export const { vias, claimantName, claimedBy } = claimantWords(t);
