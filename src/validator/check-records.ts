/**
 * Records of withdrawn and renamed checks (content/records/<id>.md, recordSchema): what a check
 * leaves at its old id when it no longer stands there. A record keeps the claim as it read, its
 * last verdict, its publication date and its whole update log, closed by an entry saying when and
 * why. A renamed check's record names the claim file it lives on in, whose update log continues
 * the record's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimFile, contentDirs } from '../lib/edition-files.ts';
import { type RecordData } from '../lib/schema.ts';
import { claimSchema, recordSchema } from '../edition/schema.ts';
import { wellFormed } from './check-claims.ts';
import { readFrontmatter } from './check-sources.ts';
import { internalError, quoted, type Diagnostic } from './diagnostics.ts';
import { readContentFile, type ContentFile } from './read-content-file.ts';
import { diagnosticAt } from './schema-problems.ts';

/** Where CONTRIBUTING.md says how to withdraw or rename a check. */
export const recordsHelp = 'CONTRIBUTING.md, "Withdrawing or renaming a check"';

export interface CheckedRecord {
	readonly content: ContentFile;
	/** The record's fields, where they are sound. */
	readonly data: RecordData | undefined;
}

/**
 * Check each record file on its own and against the claims: `claimIds` are the ids the
 * edition's claim files hold. `root` is where the renamed checks' claim files are read.
 */
export function checkRecords(
	root: string,
	files: readonly { file: string; bytes: Uint8Array }[],
	claimIds: ReadonlySet<string>,
): { problems: Diagnostic[]; records: CheckedRecord[] } {
	const problems: Diagnostic[] = [];
	const records: CheckedRecord[] = [];
	for (const { file, bytes } of files) {
		try {
			const read = readContentFile(file, bytes);
			if (!read.ok) {
				problems.push(...read.problems);
				continue;
			}
			const checked = checkRecord(root, read.content, claimIds);
			problems.push(...checked.problems);
			records.push({ content: read.content, data: checked.data });
		} catch (error) {
			problems.push(internalError(file, error));
		}
	}
	return { problems, records };
}

function checkRecord(
	root: string,
	content: ContentFile,
	claimIds: ReadonlySet<string>,
): { problems: Diagnostic[]; data?: RecordData } {
	const { problems, data: record } = readFrontmatter('record', recordSchema, content);
	if (!record) return { problems };
	if (content.body.trim() !== '')
		problems.push({
			file: content.file,
			line: content.bodyLine,
			column: 1,
			field: 'body',
			message:
				'a record has no text below its frontmatter; its page shows the claim, the verdict and the update log',
			hint: `remove the text (it stays in the repository's history); say why in the last entry of updates (${recordsHelp})`,
		});
	if (claimIds.has(record.id))
		problems.push(
			diagnosticAt(
				content,
				['id'],
				`${quoted(record.id)} is also the id of a claim file in ${contentDirs.claims}/; a check is either standing or withdrawn or renamed`,
				`remove ${claimFile(record.id)} (the record replaces it), or remove this record`,
			),
		);
	if (record.renamedTo !== undefined) problems.push(...checkRenamed(root, content, record));
	return { problems, data: record };
}

/** A renamed check lives on in the claim file `renamedTo` names, whose log continues the record's. */
function checkRenamed(root: string, content: ContentFile, record: RecordData): Diagnostic[] {
	const to = record.renamedTo ?? '';
	const path = claimFile(to);
	if (!existsSync(join(root, path)))
		return [
			diagnosticAt(
				content,
				['renamedTo'],
				`names ${quoted(to)}, but there is no claim file ${path}`,
				`give the id of the claim file the check now lives in (${recordsHelp})`,
			),
		];
	const read = readContentFile(path, readFileSync(join(root, path)));
	// A claim file that cannot be read is reported on its own.
	if (!read.ok) return [];
	const fields = (read.content.data ?? {}) as { [key: string]: unknown };
	const published = wellFormed(claimSchema.shape.published, fields['published']);
	const updates = Array.isArray(fields['updates']) ? fields['updates'] : [];
	const problems: Diagnostic[] = [];
	if (published !== undefined && published !== record.published)
		problems.push(
			diagnosticAt(
				content,
				['published'],
				`is ${record.published}, but ${path}, the check it was renamed to, says published: ${published}`,
				`a renamed check keeps its publication date: set published: ${record.published} in ${path}`,
			),
		);
	const raw = (content.data as { updates: unknown[] }).updates.slice(0, -1);
	const kept = raw.every((entry, i) => JSON.stringify(entry) === JSON.stringify(updates[i]));
	if (!kept)
		problems.push(
			diagnosticAt(
				content,
				['updates'],
				`the update log of ${path}, the check it was renamed to, does not begin with this record's entries (all but the last)`,
				`copy this record's entries, word for word and in order, to the start of updates in ${path}; the record's last entry says why it was renamed`,
			),
		);
	return problems;
}
