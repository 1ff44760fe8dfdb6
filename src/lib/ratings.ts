/**
 * The rating scale: the one place a verdict's label, meaning, color and number are defined.
 * Pages, badges, structured data and the validator all derive from this list.
 */
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

export const ratings = [
	{
		id: 'true',
		label: 'True',
		meaning: 'The claim is accurate and nothing significant is missing.',
		color: '#1b6b3a',
		value: 5,
	},
	{
		id: 'mostly-true',
		label: 'Mostly true',
		meaning: 'The claim is accurate but needs clarification or additional information.',
		color: '#3f6b12',
		value: 4,
	},
	{
		id: 'mixed',
		label: 'Mixed',
		meaning: 'The claim is partly accurate and partly inaccurate, or leaves out context that changes its meaning.',
		color: '#8a5300',
		value: 3,
	},
	{
		id: 'mostly-false',
		label: 'Mostly false',
		meaning: 'The claim holds an element of truth but ignores facts that would give a different impression.',
		color: '#a8431a',
		value: 2,
	},
	{
		id: 'false',
		label: 'False',
		meaning: 'The claim is inaccurate.',
		color: '#b0232b',
		value: 1,
	},
	{
		id: 'unproven',
		label: 'Unproven',
		meaning: 'The evidence available to us neither confirms nor refutes the claim; the check says what is missing.',
		color: '#4a5563',
		value: null,
	},
] as const satisfies readonly Rating[];

export type RatingId = (typeof ratings)[number]['id'];

/** Rating ids in scale order, for schemas (`z.enum`). */
export const ratingIds = ratings.map((r) => r.id) as [RatingId, ...RatingId[]];

/** The best and worst numeric values on the scale, for structured data. */
export const ratingBounds = { best: 5, worst: 1 } as const;

const byId = new Map<string, Rating>(ratings.map((r) => [r.id, r]));

/** The rating with this id; throws on an id that is not on the scale. */
export function getRating(id: string): Rating {
	const rating = byId.get(id);
	if (!rating) throw new Error(`Unknown rating "${id}". Known ratings: ${ratingIds.join(', ')}.`);
	return rating;
}
