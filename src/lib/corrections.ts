/**
 * The corrections and updates log: every entry of every check's update log across the site,
 * newest first. A check's first entry is its publication and says so (kind `published`), so a
 * reader tells it apart from the corrections after it; a change that moved the verdict says
 * from what to what. A withdrawn check's log stays in (its entries lead to the page that says
 * it was withdrawn), closed by an entry of kind `withdrawn`; a renamed check's log continues
 * under its new id, and the rename is an entry of kind `renamed` there.
 */
import type { ClaimEntry } from './joins.ts';
import type { ClaimData, RecordData } from './schema.ts';

/** A withdrawn or renamed check's record (content/records/<id>.md). */
export interface RecordEntry {
	readonly id: string;
	readonly data: RecordData;
}

export interface CorrectionEntry {
	readonly kind: 'published' | 'update' | 'withdrawn' | 'renamed';
	/** The check the entry belongs to: its current id (a renamed check's new one). */
	readonly claimId: string;
	/** The claim as it now reads (as it last read, for a withdrawn or renamed check). */
	readonly claim: string;
	readonly date: string;
	readonly note: string;
	/** Where the entry stands in its check's update log (1 is first publication); 0 for a rename, whose entry is on no log page of its own. */
	readonly position: number;
	/** Where this update moved the verdict: the rating before it and the one it gave. */
	readonly verdictChange?: { readonly from: string; readonly to: string } | undefined;
}

/**
 * A log's entries, the first as its publication. An update's `verdict` names the rating
 * before it; the rating after it is the next update's earlier rating, or `verdict` after the last.
 */
function logEntries(
	id: string,
	claim: string,
	verdict: string,
	updates: ClaimData['updates'],
): CorrectionEntry[] {
	const entries: CorrectionEntry[] = [];
	let after: string = verdict;
	for (let i = updates.length - 1; i >= 0; i--) {
		const update = updates[i];
		if (!update) continue;
		const before = i === 0 ? undefined : update.verdict;
		entries.push({
			kind: i === 0 ? 'published' : 'update',
			claimId: id,
			claim,
			date: update.date,
			note: update.note,
			position: i + 1,
			verdictChange:
				before !== undefined && before !== after ? { from: before, to: after } : undefined,
		});
		if (before !== undefined) after = before;
	}
	return entries;
}

/** Every claim's update log and every record's, newest first (ties: by check, then latest entry first). */
export function correctionEntries(
	claims: readonly ClaimEntry[],
	records: readonly RecordEntry[] = [],
): CorrectionEntry[] {
	const entries: CorrectionEntry[] = claims.flatMap(({ id, data }) =>
		logEntries(id, data.claim, data.verdict, data.updates),
	);
	for (const { id, data } of records) {
		const closing = data.updates.at(-1);
		if (!closing) continue;
		if (data.status === 'withdrawn')
			entries.push(...logEntries(id, data.claim, data.verdict, data.updates.slice(0, -1)));
		entries.push({
			kind: data.status,
			claimId: data.renamedTo ?? id,
			claim: data.claim,
			date: closing.date,
			note: closing.note,
			position: data.status === 'withdrawn' ? data.updates.length : 0,
		});
	}
	return entries.sort(
		(a, b) =>
			(a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
			(a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0) ||
			b.position - a.position,
	);
}
