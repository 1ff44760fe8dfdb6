/**
 * The record is append-only (`npm run validate -- --base <ref>`). Claims are compared with
 * the base by id, whatever their files are called now: a published claim cannot disappear or
 * change its id (unless it is withdrawn or renamed, leaving a record: check-records.ts); its update log only grows, with new entries dated no earlier than the last
 * one; a change to its wording, verdict or summary needs a new entry, and a verdict change
 * an entry that names the earlier verdict. A source's archived text never changes once
 * published: a corrected text is a new source file.
 */
import { claimSchema, updateSchema } from '../edition/schema.ts';
import { comparable } from '../lib/text-policy.ts';
import { wellFormed } from './check-claims.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';
import { diagnosticAt } from './schema-problems.ts';
import { recordsHelp } from './check-records.ts';
import { contentDirs } from '../lib/edition-files.ts';

interface Update {
	readonly date: string;
	readonly note: string;
	readonly verdict?: string | undefined;
}

interface Ruling {
	readonly claim: string | undefined;
	readonly verdict: string | undefined;
	readonly summary: string | undefined;
	readonly published: string | undefined;
	/** The log as written, entry by entry (for comparing past entries exactly). */
	readonly raw: readonly unknown[];
	readonly updates: readonly (Update | undefined)[];
}

const fieldsOf = (data: unknown) =>
	(data !== null && typeof data === 'object' ? data : {}) as { [key: string]: unknown };

function rulingOf(data: unknown): Ruling {
	const fields = fieldsOf(data);
	const raw = Array.isArray(fields['updates']) ? fields['updates'] : [];
	return {
		claim: wellFormed(claimSchema.shape.claim, fields['claim']),
		verdict: wellFormed(claimSchema.shape.verdict, fields['verdict']),
		summary: wellFormed(claimSchema.shape.summary, fields['summary']),
		published: wellFormed(claimSchema.shape.published, fields['published']),
		raw,
		updates: raw.map((entry: unknown) => wellFormed(updateSchema, entry)),
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compare a claim file with the same claim (same id) at `ref`; `earlier` is null for a claim
 * that is new since then, which passes.
 */
export function checkAgainstBase(
	content: ContentFile,
	earlier: ContentFile | null,
	ref: string,
): Diagnostic[] {
	if (!earlier) return [];
	const before = rulingOf(earlier.data);
	const now = rulingOf(content.data);
	const problems: Diagnostic[] = [];
	const at = (path: (string | number)[], message: string, hint: string) =>
		problems.push(diagnosticAt(content, path, message, hint));

	// Past entries stay as they were.
	before.raw.forEach((entry, i) => {
		if (i >= now.raw.length)
			at(
				['updates'],
				`the entry of ${before.updates[i]?.date ?? `position ${i + 1}`} at ${ref} has been deleted`,
				'put it back as it was: past entries are the record; add a new entry for what changed since',
			);
		else if (!same(entry, now.raw[i]))
			at(
				['updates', i],
				`this entry is not as it was at ${ref}; past entries cannot be edited`,
				'restore it word for word, and add a new entry at the end saying what you corrected and why',
			);
	});
	if (before.published !== undefined && now.published !== before.published)
		at(
			['published'],
			`changed from ${before.published} since ${ref}; the publication date is part of the record`,
			`set published: ${before.published}`,
		);

	const lastBefore =
		before.updates
			.map((u) => u?.date ?? '')
			.sort()
			.at(-1) ?? '';
	const added = now.updates.slice(before.raw.length);
	const earlierNotes = new Set(
		now.updates.slice(0, before.raw.length).map((u) => comparable(u?.note ?? '')),
	);
	added.forEach((update, j) => {
		const i = before.raw.length + j;
		if (!update) return;
		if (update.date < lastBefore)
			at(
				['updates', i, 'date'],
				`(${update.date}) is earlier than the last entry at ${ref} (${lastBefore}); a new entry cannot be backdated`,
				`date it the day the change is published (${lastBefore} or later)`,
			);
		if (earlierNotes.has(comparable(update.note)))
			at(
				['updates', i, 'note'],
				'repeats an earlier entry word for word',
				'say what this change is and why it was made',
			);
		// A new entry that names the earlier verdict must name the one the base had.
		if (
			update.verdict !== undefined &&
			before.verdict !== undefined &&
			update.verdict !== before.verdict
		)
			at(
				['updates', i, 'verdict'],
				`records the earlier verdict as "${update.verdict}", but at ${ref} it was "${before.verdict}"`,
				`write verdict: ${before.verdict}`,
			);
	});
	const explained = added.some((u) => u !== undefined && u.date >= lastBefore);
	const hint = `add an entry at the end of updates, dated ${lastBefore ? `${lastBefore} or later` : 'today'}, saying what changed and why, and set updated to its date`;
	const verdictChanged =
		before.verdict !== undefined && now.verdict !== undefined && before.verdict !== now.verdict;
	// A new entry naming another verdict is reported above.
	if (verdictChanged && !added.some((u) => u?.verdict !== undefined))
		at(
			['verdict'],
			explained
				? `changed from "${before.verdict}" to "${now.verdict}" since ${ref}, but no new entry in updates names the earlier verdict`
				: `changed from "${before.verdict}" to "${now.verdict}" since ${ref}, but updates has no new entry explaining it`,
			explained
				? `add verdict: ${before.verdict} to the new entry, so the page names the earlier verdict`
				: `${hint}; give the entry verdict: ${before.verdict}, so the page names the earlier verdict`,
		);
	if (explained) return problems;
	for (const name of ['claim', 'summary'] as const) {
		if (before[name] !== undefined && now[name] !== undefined && before[name] !== now[name])
			at([name], `changed since ${ref}, but updates has no new entry explaining it`, hint);
	}
	return problems;
}

/** A published claim whose id is gone: deleted, or renamed to a new id. */
export function missingClaim(file: string, id: string, ref: string): Diagnostic {
	return {
		file,
		line: 1,
		column: 1,
		field: 'id',
		message: `the claim "${id}", published at ${ref}, is gone: a published claim cannot be deleted or given a new id`,
		hint: `restore ${file} with id: ${id} (its file may have another name); to change the claim, edit it and add an entry to its updates saying what changed and why; to withdraw or rename it, turn it into a record at ${contentDirs.records}/${id}.md (${recordsHelp})`,
	};
}

/**
 * A claim at `ref` that is now a record (withdrawn or renamed): the record keeps the claim's
 * wording, verdict, publication date and every past entry as they were there, and adds an entry.
 */
export function checkRecordAgainstBase(
	record: ContentFile,
	earlier: ContentFile,
	ref: string,
): Diagnostic[] {
	const before = rulingOf(earlier.data);
	const now = rulingOf(record.data);
	// The claim and verdict are compared here, more strictly than for a claim that stands.
	const problems = checkAgainstBase(record, earlier, ref).filter(
		(problem) => problem.field !== 'claim' && problem.field !== 'verdict',
	);
	for (const name of ['claim', 'verdict'] as const)
		if (before[name] !== undefined && now[name] !== undefined && before[name] !== now[name])
			problems.push(
				diagnosticAt(
					record,
					[name],
					`is not as it was at ${ref}; a record keeps the check's ${name} as it was published`,
					`set ${name}: ${before[name]} (${recordsHelp})`,
				),
			);
	if (now.raw.length <= before.raw.length)
		problems.push(
			diagnosticAt(
				record,
				['updates'],
				`has no entry after the ${before.raw.length} the check had at ${ref}`,
				`add an entry at the end, dated the day the check is withdrawn or renamed, saying why (${recordsHelp})`,
			),
		);
	return problems;
}

/** A record at `ref` stays as it was: a withdrawn or renamed check does not come back or move again in silence. */
export function checkRecordKept(
	record: ContentFile | null,
	earlier: ContentFile,
	ref: string,
): Diagnostic[] {
	if (!record)
		return [
			{
				file: earlier.file,
				line: 1,
				column: 1,
				field: '',
				message: `the record ${earlier.file}, published at ${ref}, is gone: the record of a withdrawn or renamed check is kept for good`,
				hint: `restore ${earlier.file} as it was`,
			},
		];
	if (same(record.data, earlier.data)) return [];
	return [
		diagnosticAt(
			record,
			[],
			`has changed since ${ref}; the record of a withdrawn or renamed check stays as it was published`,
			`restore it as it was at ${ref}; a correction to the claim it now lives in goes in that claim's updates`,
		),
	];
}

/** A source whose archived text (or the record of what was removed from it) differs from `ref`. */
export function checkArchivedSource(
	content: ContentFile | null,
	earlier: ContentFile,
	ref: string,
): Diagnostic[] {
	const recordedId = fieldsOf(earlier.data)['id'];
	const id = typeof recordedId === 'string' ? recordedId : earlier.file;
	if (!content)
		return [
			{
				file: earlier.file,
				line: 1,
				column: 1,
				field: '',
				message: `the archived source "${id}", published at ${ref}, is gone: claims and readers rely on it`,
				hint: `restore ${earlier.file}; an archived source is never deleted`,
			},
		];
	const problems: Diagnostic[] = [];
	if (content.body !== earlier.body)
		problems.push({
			file: content.file,
			line: content.bodyLine,
			column: 1,
			field: 'body',
			message: `the archived text has changed since ${ref}; an archived text is never edited`,
			hint: 'restore the text; to record a corrected version, archive it as a new source file (npm run add-source) and point the claims at it, each with a new entry in its updates',
		});
	for (const name of ['removed', 'url', 'published', 'datedAs', 'headline'] as const) {
		if (!same(fieldsOf(content.data)[name], fieldsOf(earlier.data)[name]))
			problems.push(
				diagnosticAt(
					content,
					[name],
					`changed since ${ref}; what was archived stays as it was recorded`,
					'restore it; a corrected article is archived as a new source file (npm run add-source)',
				),
			);
	}
	return problems;
}
