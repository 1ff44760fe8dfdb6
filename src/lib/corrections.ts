/**
 * The corrections and updates log: every change published to a check after its first
 * publication, across the site, newest first. A change that moved the verdict says from what
 * to what. Checks that were withdrawn or renamed (recorded apart from the claim files, since
 * their files are gone or moved) enter as entries of their own kind, through `recorded`.
 */
import type { ClaimEntry } from './joins.ts';
import type { RatingId } from './ratings.ts';

/** A change to a check that no longer stands under its old id, from the edition's record. */
export interface RecordedChange {
	readonly kind: 'withdrawn' | 'renamed';
	/** The check's id when the change was made. */
	readonly claimId: string;
	/** The claim as it was worded then. */
	readonly claim: string;
	readonly date: string;
	readonly note: string;
	/** For a renamed check: its id now. */
	readonly renamedTo?: string | undefined;
}

export interface CorrectionEntry {
	readonly kind: 'update' | 'withdrawn' | 'renamed';
	/** The check the entry belongs to: its current id (a renamed check's new one). */
	readonly claimId: string;
	/** The claim as it now reads (as it last read, for a withdrawn check). */
	readonly claim: string;
	readonly date: string;
	readonly note: string;
	/** Where the entry stands in its check's update log (1 is first publication); 0 for a recorded change. */
	readonly position: number;
	/** Where this update moved the verdict: the rating before it and the one it gave. */
	readonly verdictChange?: { readonly from: RatingId; readonly to: RatingId } | undefined;
}

/**
 * Each claim's updates after first publication, with `recorded` changes, newest first (ties:
 * by check, then latest entry first). An update's `verdict` names the rating before it; the
 * rating after it is the next update's earlier rating, or the claim's verdict after the last.
 */
export function correctionEntries(
	claims: readonly ClaimEntry[],
	recorded: readonly RecordedChange[] = [],
): CorrectionEntry[] {
	const entries: CorrectionEntry[] = [];
	for (const { id, data } of claims) {
		let after: RatingId = data.verdict;
		for (let i = data.updates.length - 1; i >= 1; i--) {
			const update = data.updates[i];
			if (!update) continue;
			const before = update.verdict;
			entries.push({
				kind: 'update',
				claimId: id,
				claim: data.claim,
				date: update.date,
				note: update.note,
				position: i + 1,
				verdictChange:
					before !== undefined && before !== after ? { from: before, to: after } : undefined,
			});
			if (before !== undefined) after = before;
		}
	}
	for (const change of recorded)
		entries.push({
			kind: change.kind,
			claimId: change.renamedTo ?? change.claimId,
			claim: change.claim,
			date: change.date,
			note: change.note,
			position: 0,
		});
	return entries.sort(
		(a, b) =>
			(a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
			(a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0) ||
			b.position - a.position,
	);
}
