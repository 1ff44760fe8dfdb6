/**
 * A verdict never changes silently: when a claim's verdict or summary differs from an
 * earlier version of the file, the update log must have gained an entry that explains it.
 */
import { claimSchema, updateSchema } from '../lib/schema.ts';
import { wellFormed } from './check-claims.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';
import { diagnosticAt } from './schema-problems.ts';

interface Ruling {
	readonly verdict: string | undefined;
	readonly summary: string | undefined;
	readonly updates: readonly { date: string; note: string; verdict?: string | undefined }[];
}

function rulingOf(data: unknown): Ruling {
	const fields = (data !== null && typeof data === 'object' ? data : {}) as {
		[key: string]: unknown;
	};
	const updates = Array.isArray(fields['updates']) ? fields['updates'] : [];
	return {
		verdict: wellFormed(claimSchema.shape.verdict, fields['verdict']),
		summary: wellFormed(claimSchema.shape.summary, fields['summary']),
		updates: updates
			.map((entry: unknown) => wellFormed(updateSchema, entry))
			.filter((entry) => entry !== undefined),
	};
}

/**
 * Compare a claim file with its version at `ref` (`earlier`, already read; null for a file
 * that is new since then, which passes). The log is oldest first, so new entries are those
 * past the earlier log's length; one of them must be dated no earlier than the earlier log's
 * last entry. The same day counts: a correction can come on the day of publication.
 */
export function checkAgainstBase(
	content: ContentFile,
	earlier: ContentFile | null,
	ref: string,
): Diagnostic[] {
	if (!earlier) return [];
	const before = rulingOf(earlier.data);
	const now = rulingOf(content.data);
	const lastBefore =
		before.updates
			.map((u) => u.date)
			.sort()
			.at(-1) ?? '';
	const added = now.updates.slice(before.updates.length);
	const verdictChanged =
		before.verdict !== undefined && now.verdict !== undefined && before.verdict !== now.verdict;
	const problems: Diagnostic[] = [];
	// A new entry that names the earlier verdict must name the one the base had.
	added.forEach((update, i) => {
		if (
			update.verdict !== undefined &&
			before.verdict !== undefined &&
			update.verdict !== before.verdict
		) {
			const at = ['updates', before.updates.length + i, 'verdict'];
			problems.push(
				diagnosticAt(
					content,
					at,
					`records the earlier verdict as "${update.verdict}", but at ${ref} it was "${before.verdict}"`,
					`write verdict: ${before.verdict}`,
				),
			);
		}
	});
	if (added.some((u) => u.date >= lastBefore)) return problems;
	const hint = `add an entry to updates, dated ${lastBefore ? `${lastBefore} or later` : 'today'}, saying what changed and why, and set updated to its date`;
	if (verdictChanged) {
		problems.push(
			diagnosticAt(
				content,
				['verdict'],
				`changed from "${before.verdict}" to "${now.verdict}" since ${ref}, but updates has no new entry explaining it`,
				`${hint}; give the entry verdict: ${before.verdict}, so the page names the earlier verdict`,
			),
		);
	}
	if (before.summary !== undefined && now.summary !== undefined && before.summary !== now.summary) {
		problems.push(
			diagnosticAt(
				content,
				['summary'],
				`changed since ${ref}, but updates has no new entry explaining it`,
				hint,
			),
		);
	}
	return problems;
}
