/**
 * The rating scale: the one place a verdict's id, colors, icon and number are defined; its label
 * and meaning are the dictionary's `verdict.<id>` and `verdict.<id>.meaning`, in the site's
 * language (the edge binds them once: src/edition/ratings.ts). Pages, badges, structured data, the site's verdict colours
 * (src/styles/generated.ts) and the validator all derive from this list.
 *
 * A verdict is told three ways, so colour is never the only cue: its label, its place on the
 * scale (`value`), and its icon's shape. The colours differ in lightness as well as hue (dark at
 * both ends of the scale, light in the middle), so they stay apart in greyscale and for readers
 * with colour-vision deficiencies; tests/unit/ratings.test.ts checks both, and the contrast of
 * each `ink` on its `color`.
 */
import type { IconShape } from './icons.ts';
import type { Translate } from './translate.ts';

export interface Rating {
	/** URL-safe id used in claim files (`verdict:`) and in `/verdicts/<id>/`. */
	readonly id: string;
	/** The label readers see. */
	readonly label: string;
	/** What the rating means, in one sentence. */
	readonly meaning: string;
	/** Badge background. */
	readonly color: string;
	/** Text on the badge background; meets WCAG AA on it (tested). */
	readonly ink: string;
	/** The icon that marks the rating beside its label (src/lib/icons.ts). */
	readonly icon: IconShape;
	/** Position on the truth scale, 1 (false) to 5 (true); null where the claim could not be placed on it. */
	readonly value: number | null;
}

/** Text colours for badges: white on the dark colours, the site's ink on the light ones. */
const white = '#ffffff';
const dark = '#1b2230';

const scale = [
	{ id: 'true', color: '#115e54', ink: white, icon: 'check', value: 5 },
	{ id: 'mostly-true', color: '#86c98a', ink: dark, icon: 'check-rule', value: 4 },
	{ id: 'mixed', color: '#f0c24b', ink: dark, icon: 'half', value: 3 },
	{ id: 'mostly-false', color: '#e07a45', ink: dark, icon: 'cross-rule', value: 2 },
	{ id: 'false', color: '#931c2e', ink: white, icon: 'cross', value: 1 },
	{ id: 'unproven', color: '#6b7079', ink: white, icon: 'question', value: null },
] as const satisfies readonly Omit<Rating, 'label' | 'meaning'>[];

export type RatingId = (typeof scale)[number]['id'];

/** Rating ids in scale order, for schemas (`z.enum`). */
export const ratingIds = scale.map((r) => r.id) as [RatingId, ...RatingId[]];

/** The best and worst numeric values on the scale, for structured data. */
export const ratingBounds = { best: 5, worst: 1 } as const;

/** The scale in the site's language: each rating with its label and meaning from `t`. */
export function ratingScale(t: Translate<`verdict.${RatingId}` | `verdict.${RatingId}.meaning`>) {
	const ratings: readonly (Rating & { readonly id: RatingId })[] = scale.map((rating) => ({
		...rating,
		label: t(`verdict.${rating.id}`),
		meaning: t(`verdict.${rating.id}.meaning`),
	}));

	/** The ratings placed on the scale, worst first; Unproven is off it. */
	const scaleSteps: readonly Rating[] = ratings
		.filter((r) => r.value !== null)
		.sort((a, b) => (a.value ?? 0) - (b.value ?? 0));

	const byId = new Map<string, Rating>(ratings.map((r) => [r.id, r]));

	/** The rating with this id; throws on an id that is not on the scale. */
	function getRating(id: string): Rating {
		const rating = byId.get(id);
		if (!rating) throw new Error(`Unknown rating "${id}". Known ratings: ${ratingIds.join(', ')}.`);
		return rating;
	}

	return { ratings, scaleSteps, getRating };
}
