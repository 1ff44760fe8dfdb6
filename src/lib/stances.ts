/**
 * How a source article relates to a claim. Defined once; the claim page, the matrix,
 * the methodology page and the validator derive from it. Labels, meanings and tests are the
 * dictionary's `stance.<id>`, `stance.<id>.meaning` and `stance.<id>.test`, in the site's
 * language (the edge binds them once: src/edition/stances.ts): the test is what the quoted passage, read in its article, must pass.
 * Stances are drawn in one neutral colour, with an icon and a word each, never in the
 * verdict colours: a stance says what an article does, not whether the claim is true.
 */
import type { IconShape } from './icons.ts';
import type { Translate } from './translate.ts';

export const stanceIds = ['asserts', 'reports', 'supports', 'disputes', 'not-mentioned'] as const;

export type StanceId = (typeof stanceIds)[number];
export interface Stance {
	readonly id: StanceId;
	readonly label: string;
	readonly meaning: string;
	/** The question a stance must pass: would a reader of this article alone come away believing …? */
	readonly test: string;
	/** The icon beside the stance's word (src/lib/icons.ts). */
	readonly icon: IconShape;
}

const iconOf: Readonly<Record<StanceId, IconShape>> = {
	asserts: 'speech',
	reports: 'quotes',
	supports: 'plus',
	disputes: 'not-equal',
	'not-mentioned': 'dash',
};

/** The stance that carries no quotation. */
export const silentStance: StanceId = 'not-mentioned';

/** The stances in the site's language: each with its label, meaning and test from `t`. */
export function stanceScale(
	t: Translate<`stance.${StanceId}` | `stance.${StanceId}.meaning` | `stance.${StanceId}.test`>,
) {
	const stances: readonly Stance[] = stanceIds.map((id) => ({
		id,
		label: t(`stance.${id}`),
		meaning: t(`stance.${id}.meaning`),
		test: t(`stance.${id}.test`),
		icon: iconOf[id],
	}));

	function getStance(id: StanceId): Stance {
		const stance = stances.find((s) => s.id === id);
		if (!stance) throw new Error(`Unknown stance "${id}".`);
		return stance;
	}

	return { stances, getStance };
}
