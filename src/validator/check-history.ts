/**
 * The record is append-only (`npm run validate -- --base <ref>`). Claims are compared with
 * the base by id, whatever their files are called now: a published claim cannot disappear or
 * change its id (unless it is withdrawn or renamed, leaving a record: check-records.ts); its update log only grows, with new entries dated no earlier than the last
 * one; a change to its wording, verdict or summary needs a new entry, and a verdict change
 * an entry that names the earlier verdict. A source's archived text changes only with a new
 * entry in its corrections log, which is append-only in the same way.
 */
import { claimSchema, updateSchema } from '../edition/schema.ts';
import { correctionSchema } from '../lib/schema.ts';
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

/** An entry of an append-only log, where it is well formed. */
interface LogEntry {
	readonly date: string;
	readonly note: string;
}

/**
 * An append-only log (a claim's `updates`, a source's `corrections`) against the same log at
 * `ref`: past entries stay word for word, new ones are not backdated and do not repeat an
 * earlier note. Returns the new entries (well formed or undefined, in order), the date of the
 * last entry at `ref` (empty when it had none) and whether a new entry, dated no earlier, says
 * what changed.
 */
function checkLogAppended<Entry extends LogEntry>(
	at: (path: (string | number)[], message: string, hint: string) => void,
	field: string,
	before: { raw: readonly unknown[]; entries: readonly (Entry | undefined)[] },
	now: { raw: readonly unknown[]; entries: readonly (Entry | undefined)[] },
	ref: string,
): { added: readonly (Entry | undefined)[]; lastBefore: string; explained: boolean } {
	before.raw.forEach((entry, i) => {
		if (i >= now.raw.length)
			at(
				[field],
				`the entry of ${before.entries[i]?.date ?? `position ${i + 1}`} at ${ref} has been deleted`,
				'put it back as it was: past entries are the record; add a new entry for what changed since',
			);
		else if (!same(entry, now.raw[i]))
			at(
				[field, i],
				`this entry is not as it was at ${ref}; past entries cannot be edited`,
				'restore it word for word, and add a new entry at the end saying what you corrected and why',
			);
	});
	const lastBefore =
		before.entries
			.map((u) => u?.date ?? '')
			.sort()
			.at(-1) ?? '';
	const added = now.entries.slice(before.raw.length);
	const earlierNotes = new Set(
		now.entries.slice(0, before.raw.length).map((u) => comparable(u?.note ?? '')),
	);
	added.forEach((entry, j) => {
		const i = before.raw.length + j;
		if (!entry) return;
		if (entry.date < lastBefore)
			at(
				[field, i, 'date'],
				`(${entry.date}) is earlier than the last entry at ${ref} (${lastBefore}); a new entry cannot be backdated`,
				`date it the day the change is published (${lastBefore} or later)`,
			);
		if (earlierNotes.has(comparable(entry.note)))
			at(
				[field, i, 'note'],
				'repeats an earlier entry word for word',
				'say what this change is and why it was made',
			);
	});
	return {
		added,
		lastBefore,
		explained: added.some((entry) => entry !== undefined && entry.date >= lastBefore),
	};
}

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

	// Past entries stay as they were; new ones are not backdated.
	const { added, lastBefore, explained } = checkLogAppended(
		at,
		'updates',
		{ raw: before.raw, entries: before.updates },
		{ raw: now.raw, entries: now.updates },
		ref,
	);
	if (before.published !== undefined && now.published !== before.published)
		at(
			['published'],
			`changed from ${before.published} since ${ref}; the publication date is part of the record`,
			`set published: ${before.published}`,
		);
	// A new entry that names the earlier verdict must name the one the base had.
	added.forEach((update, j) => {
		if (
			update?.verdict !== undefined &&
			before.verdict !== undefined &&
			update.verdict !== before.verdict
		)
			at(
				['updates', before.raw.length + j, 'verdict'],
				`records the earlier verdict as "${update.verdict}", but at ${ref} it was "${before.verdict}"`,
				`write verdict: ${before.verdict}`,
			);
	});
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

/** Where CONTRIBUTING.md says how to correct an archived text. */
const correctionsHelp = 'CONTRIBUTING.md, "Correcting an archived text"';

/** A source's corrections log as written, and each entry where it is well formed. */
function correctionsOf(data: unknown) {
	const raw = fieldsOf(data)['corrections'];
	const entries = Array.isArray(raw) ? raw : [];
	return { raw: entries, entries: entries.map((entry) => wellFormed(correctionSchema, entry)) };
}

/**
 * A source against the same source at `ref`. Its archived text, headline and removed lines change
 * only with a new entry in its corrections log (append-only, like a claim's updates); what
 * identifies the article (its address, date and dating) never changes, and the source is never
 * deleted.
 */
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
	const at = (path: (string | number)[], message: string, hint: string) =>
		problems.push(diagnosticAt(content, path, message, hint));
	const { lastBefore, explained } = checkLogAppended(
		at,
		'corrections',
		correctionsOf(earlier.data),
		correctionsOf(content.data),
		ref,
	);
	const logHint = `add an entry at the end of corrections, dated ${lastBefore ? `${lastBefore} or later` : 'today'}, saying what was changed in the archived text and why (${correctionsHelp})`;
	if (content.body !== earlier.body && !explained)
		problems.push({
			file: content.file,
			line: content.bodyLine,
			column: 1,
			field: 'body',
			message: `the archived text has changed since ${ref}, but corrections has no new entry explaining it`,
			hint: `restore the text, or, to correct it, ${logHint}`,
		});
	for (const name of ['removed', 'headline'] as const) {
		if (!explained && !same(fieldsOf(content.data)[name], fieldsOf(earlier.data)[name]))
			at(
				[name],
				`changed since ${ref}, but corrections has no new entry explaining it`,
				`restore it, or, to correct it, ${logHint}`,
			);
	}
	for (const name of ['url', 'published', 'datedAs'] as const) {
		if (!same(fieldsOf(content.data)[name], fieldsOf(earlier.data)[name]))
			at(
				[name],
				`changed since ${ref}; what identifies the archived article stays as it was recorded`,
				'restore it; another article (or another edition of it) is archived as a new source file (npm run add-source)',
			);
	}
	return problems;
}
