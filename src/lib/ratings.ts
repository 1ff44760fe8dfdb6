/**
 * The rating scale: a verdict's id, colours, icon and number, as the edition's settings give them
 * (`ratings` in src/config/site.ts, checked by src/lib/settings.ts); a site that gives none has the
 * engine's six (`defaultScale`). A rating's label and meaning are the settings' own, in the
 * site's language, or else the dictionary's `verdict.<id>` and `verdict.<id>.meaning` (the edge
 * binds them once: src/edition/ratings.ts). Pages, badges, structured data, open data, the site's
 * verdict colours (src/styles/generated.ts) and the validator all derive from the bound scale.
 *
 * A verdict is told three ways, so colour is never the only cue: its label, its place on the
 * scale (`value`), and its icon's shape. The default colours differ in lightness as well as hue
 * (dark at both ends of the scale, light in the middle), so they stay apart in greyscale and for
 * readers with colour-vision deficiencies; tests/unit/ratings.test.ts checks both, and the
 * settings check the contrast of each `ink` on its `color` (src/lib/contrast.ts).
 */
import type { IconShape } from './icons.ts';
import { textIn, type Localized } from './localized.ts';

export interface Rating {
	/** URL-safe id used in claim files (`verdict:`) and in `/verdicts/<id>/`. */
	readonly id: string;
	/** The label readers see. */
	readonly label: string;
	/** What the rating means, in one sentence. */
	readonly meaning: string;
	/** Badge background. */
	readonly color: string;
	/** Text on the badge background; meets WCAG AA on it (the settings check it). */
	readonly ink: string;
	/** The icon that marks the rating beside its label (src/lib/icons.ts). */
	readonly icon: IconShape;
	/** Position on the truth scale, higher is truer; null where the claim could not be placed on it. */
	readonly value: number | null;
}

/** One rating as the settings give it: a label and a meaning of its own are optional. */
export interface ScaleStep extends Omit<Rating, 'label' | 'meaning'> {
	readonly label?: Localized | undefined;
	readonly meaning?: Localized | undefined;
}

/** Text colours for badges: white on the dark colours, the site's ink on the light ones. */
const white = '#ffffff';
const dark = '#1b2230';

/** The engine's scale, for a site whose settings give none; labels and meanings are the dictionaries'. */
export const defaultScale = [
	{ id: 'true', color: '#115e54', ink: white, icon: 'check', value: 5 },
	{ id: 'mostly-true', color: '#86c98a', ink: dark, icon: 'check-rule', value: 4 },
	{ id: 'mixed', color: '#f0c24b', ink: dark, icon: 'half', value: 3 },
	{ id: 'mostly-false', color: '#e07a45', ink: dark, icon: 'cross-rule', value: 2 },
	{ id: 'false', color: '#931c2e', ink: white, icon: 'cross', value: 1 },
	{ id: 'unproven', color: '#6b7079', ink: white, icon: 'question', value: null },
] as const satisfies readonly ScaleStep[];

/**
 * The scale in the site's language `lang`: each rating with its label and meaning, the settings'
 * own or else the dictionary's (`message` gives a dictionary message, or undefined where there is
 * none). Throws, naming the setting, where a rating has neither.
 */
export function ratingScale(
	steps: readonly ScaleStep[],
	lang: string,
	message: (key: string) => string | undefined,
) {
	const words = (step: ScaleStep, index: number, field: 'label' | 'meaning'): string => {
		const own = step[field];
		const key = field === 'label' ? `verdict.${step.id}` : `verdict.${step.id}.meaning`;
		const text = own === undefined ? message(key) : textIn(own, lang);
		if (text !== undefined) return text;
		throw new Error(
			own === undefined
				? `ratings[${index}].${field}: the rating "${step.id}" has no ${field}, and the dictionary has no "${key}". Give it one in the settings (${field}: 'text', or one per language: { en: '…', es: '…' }).`
				: `ratings[${index}].${field}: the rating "${step.id}" has no ${field} for the language "${lang}" (it has ${Object.keys(own).join(', ')}): add a "${lang}" entry.`,
		);
	};
	const ratings: readonly Rating[] = steps.map((step, index) => ({
		id: step.id,
		label: words(step, index, 'label'),
		meaning: words(step, index, 'meaning'),
		color: step.color,
		ink: step.ink,
		icon: step.icon,
		value: step.value,
	}));

	/** Rating ids in scale order, for schemas (`z.enum`). */
	const ratingIds = ratings.map((r) => r.id) as [string, ...string[]];

	/** The ratings placed on the scale, worst first; a rating without a value (Unproven) is off it. */
	const scaleSteps: readonly Rating[] = ratings
		.filter((r) => r.value !== null)
		.sort((a, b) => (a.value ?? 0) - (b.value ?? 0));

	const [worst, best] = [scaleSteps[0]?.value, scaleSteps.at(-1)?.value];
	if (worst == null || best == null || worst === best)
		throw new Error(
			'ratings: at least two ratings must have a value on the scale (value: 1, value: 2 …).',
		);
	/** The best and worst values on the scale, for structured data and open data. */
	const ratingBounds = { best, worst };

	const byId = new Map<string, Rating>(ratings.map((r) => [r.id, r]));

	/** The rating with this id; throws on an id that is not on the scale. */
	function getRating(id: string): Rating {
		const rating = byId.get(id);
		if (!rating) throw new Error(`Unknown rating "${id}". Known ratings: ${ratingIds.join(', ')}.`);
		return rating;
	}

	return { ratings, ratingIds, scaleSteps, ratingBounds, getRating };
}

/** The bound scale, as the edge makes it and hands it to src/lib. */
export type RatingScale = ReturnType<typeof ratingScale>;
