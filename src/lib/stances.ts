/**
 * How a source article relates to a claim. Defined once; the claim page, the matrix,
 * the methodology page and the validator derive from it. Labels and meanings are the
 * dictionary's `stance.<id>` and `stance.<id>.meaning`, in the site's language.
 */
import { t } from '../i18n/index.ts';

export const stanceIds = ['asserts', 'reports', 'supports', 'disputes', 'not-mentioned'] as const;

export type StanceId = (typeof stanceIds)[number];
export interface Stance {
	readonly id: StanceId;
	readonly label: string;
	readonly meaning: string;
}

export const stances: readonly Stance[] = stanceIds.map((id) => ({ id, label: t(`stance.${id}`), meaning: t(`stance.${id}.meaning`) }));

/** The stance that carries no quotation. */
export const silentStance: StanceId = 'not-mentioned';

export function getStance(id: StanceId): Stance {
	const stance = stances.find((s) => s.id === id);
	if (!stance) throw new Error(`Unknown stance "${id}".`);
	return stance;
}
