/**
 * The rating scale: the one place a verdict's id, color and number are defined; its label and
 * meaning are the dictionary's `verdict.<id>` and `verdict.<id>.meaning`, in the site's language.
 * Pages, badges, structured data and the validator all derive from this list.
 */
import { t } from '../i18n/index.ts';

export interface Rating {
	/** URL-safe id used in claim files (`verdict:`) and in `/verdicts/<id>/`. */
	readonly id: string;
	/** The label readers see. */
	readonly label: string;
	/** What the rating means, in one sentence. */
	readonly meaning: string;
	/** Badge background; white text on it meets WCAG AA (tested). */
	readonly color: string;
	/** Position on the truth scale, 1 (false) to 5 (true); null where the claim could not be placed on it. */
	readonly value: number | null;
}

const scale = [
	{
		id: 'true',
		color: '#1b6b3a',
		value: 5,
	},
	{
		id: 'mostly-true',
		color: '#3f6b12',
		value: 4,
	},
	{
		id: 'mixed',
		color: '#8a5300',
		value: 3,
	},
	{
		id: 'mostly-false',
		color: '#a8431a',
		value: 2,
	},
	{
		id: 'false',
		color: '#b0232b',
		value: 1,
	},
	{
		id: 'unproven',
		color: '#4a5563',
		value: null,
	},
] as const satisfies readonly Omit<Rating, 'label' | 'meaning'>[];

export type RatingId = (typeof scale)[number]['id'];

export const ratings: readonly (Rating & { readonly id: RatingId })[] = scale.map((rating) => ({
	...rating,
	label: t(`verdict.${rating.id}`),
	meaning: t(`verdict.${rating.id}.meaning`),
}));

/** Rating ids in scale order, for schemas (`z.enum`). */
export const ratingIds = scale.map((r) => r.id) as [RatingId, ...RatingId[]];

/** The best and worst numeric values on the scale, for structured data. */
export const ratingBounds = { best: 5, worst: 1 } as const;

const byId = new Map<string, Rating>(ratings.map((r) => [r.id, r]));

/** The rating with this id; throws on an id that is not on the scale. */
export function getRating(id: string): Rating {
	const rating = byId.get(id);
	if (!rating) throw new Error(`Unknown rating "${id}". Known ratings: ${ratingIds.join(', ')}.`);
	return rating;
}
