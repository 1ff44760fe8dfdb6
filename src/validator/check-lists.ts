/**
 * The edition's list files in content/: its topics (content/topics.yml) and what it says about
 * its claimants (content/claimants.yml). Each is a YAML list of entries, optional (an edition
 * without one has no topics, or shows claimants under the names claim files give). The
 * validator reports their problems at file, line and field; the site's collections load them
 * through the same reader, so the two never disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { claimantEntrySchema, topicSchema } from '../lib/schema.ts';
import { listFiles } from '../lib/edition-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readContentFile } from './read-content-file.ts';
import { diagnosticAt, fieldName } from './schema-problems.ts';

export interface ListCheck<T> {
	/** The entries that are well formed, in file order. */
	readonly entries: T[];
	readonly problems: Diagnostic[];
	/** The file's bytes, or null when the edition has none (for the validator's fingerprint). */
	readonly bytes: Uint8Array | null;
}

/** The list file's bytes; null when it does not exist. */
function readList(root: string, file: string): Uint8Array | null {
	try {
		return readFileSync(join(root, file));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

/** Read a list file and check each entry against its schema, and ids for repeats. */
function checkList<S extends z.ZodType<{ id: string }>>(
	root: string,
	file: string,
	schema: S,
): ListCheck<z.output<S>> & {
	/** The line of a field, by its path from the list (entry index first). */
	locate: (path: (string | number)[]) => number;
	/** Each well-formed entry's index in the file's list. */
	positions: number[];
} {
	const bytes = readList(root, file);
	const none = { entries: [], positions: [], bytes };
	if (bytes === null) return { ...none, problems: [], locate: () => 1 };
	// The content-file reader checks YAML as strictly as claim files are checked; it reads a
	// frontmatter block, so the list is framed as one, and its lines shifted back by the one added.
	const framed = new Uint8Array([
		...new TextEncoder().encode('---\n'),
		...bytes,
		...new TextEncoder().encode('\n---\n'),
	]);
	const shift = (d: Diagnostic): Diagnostic => ({ ...d, file, line: Math.max(1, d.line - 1) });
	const read = readContentFile(file, framed);
	if (!read.ok) return { ...none, problems: read.problems.map(shift), locate: () => 1 };
	const { content } = read;
	const locate = (path: (string | number)[]) => Math.max(1, content.locate(path).line - 1);
	if (!Array.isArray(content.data)) {
		return {
			...none,
			problems: [
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: 'must be a list of entries, each starting with "- id: …"',
				},
			],
			locate,
		};
	}
	const entries: z.output<S>[] = [];
	const positions: number[] = [];
	const problems: Diagnostic[] = [];
	const seen = new Map<string, number>();
	content.data.forEach((entry: unknown, i) => {
		const parsed = schema.safeParse(entry);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const path = [
					i,
					...issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
				];
				problems.push(shift(diagnosticAt(content, path, issue.message)));
			}
			return;
		}
		const first = seen.get(parsed.data.id);
		if (first !== undefined) {
			problems.push(
				shift(
					diagnosticAt(
						content,
						[i, 'id'],
						`"${parsed.data.id}" is already the id of entry ${fieldName([first])}`,
						'give every entry its own id',
					),
				),
			);
			return;
		}
		seen.set(parsed.data.id, i);
		entries.push(parsed.data);
		positions.push(i);
	});
	return { entries, positions, problems, bytes, locate };
}

/** The edition's topics. */
export function checkTopics(root: string): ListCheck<z.output<typeof topicSchema>> {
	return checkList(root, listFiles.topics, topicSchema);
}

/** The edition's claimant entries; a name (or alias) may belong to one entry only. */
export function checkClaimants(root: string): ListCheck<z.output<typeof claimantEntrySchema>> {
	const list = checkList(root, listFiles.claimants, claimantEntrySchema);
	const owner = new Map<string, string>();
	const problems = [...list.problems];
	list.entries.forEach((entry, n) => {
		const i = list.positions[n] ?? 0;
		[entry.name, ...entry.aliases].forEach((name, j) => {
			const key = name.toLowerCase();
			const first = owner.get(key);
			if (first !== undefined && first !== entry.id)
				problems.push({
					file: listFiles.claimants,
					line: list.locate(j === 0 ? [i, 'name'] : [i, 'aliases', j - 1]),
					column: 1,
					field: fieldName(j === 0 ? [i, 'name'] : [i, 'aliases', j - 1]),
					message: `"${name}" already belongs to the entry "${first}"`,
					hint: 'a name can lead to one claimant page only: keep it on one entry',
				});
			else owner.set(key, entry.id);
		});
	});
	return { entries: list.entries, problems, bytes: list.bytes };
}

/** A list's entries for a content collection; a list with problems stops the build with the first of them. */
export function loadList<T>(check: ListCheck<T>): T[] {
	const [first] = check.problems;
	if (first)
		throw new Error(
			`${first.file}:${first.line}: ${first.field ? `${first.field}: ` : ''}${first.message}`,
		);
	return check.entries;
}
