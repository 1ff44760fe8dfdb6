/**
 * Claim files: each against the schema, the sources it cites and every other claim. The
 * checks that need more than one field run on whatever parts of a file are well formed, so
 * one run reports every problem, not just the first kind.
 */
import type { z } from 'astro/zod';
import { normalize } from '../lib/passages.ts';
import { claimSchema, sourceStanceSchema, updateSchema } from '../lib/schema.ts';
import { checkMarkdownBody } from './check-markdown.ts';
import { checkIdMatchesFile, type CheckedSource } from './check-sources.ts';
import { checkFrontmatterText } from './check-text.ts';
import { internalError, type Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';
import { diagnosticAt, schemaProblems } from './schema-problems.ts';
import { closestWord } from './suggest.ts';

const fields = claimSchema.shape;

/** The value if it passes `schema` on its own, else undefined. */
export function wellFormed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
	const parsed = schema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

const field = (data: unknown, key: string): unknown => (data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined);

/** What earlier claim files established: ids and claim texts already taken, and by which file. */
interface Seen {
	readonly ids: Map<string, string>;
	readonly claims: Map<string, string>;
}

/**
 * Check claim files against the schema, the sources and each other. Files `reportOn` turns
 * down are only read for the ids and claim texts they take, which is all the others need of them.
 */
export function checkClaims(files: readonly ContentFile[], sources: readonly CheckedSource[], reportOn: (file: string) => boolean = () => true): Diagnostic[] {
	const byId = new Map(sources.map((s) => [s.data.id, s]));
	const seen: Seen = { ids: new Map(), claims: new Map() };
	return files.flatMap((content) => {
		try {
			if (reportOn(content.file)) return checkClaim(content, byId, seen);
			checkIdentity(content, seen);
			return [];
		} catch (error) {
			return [internalError(content.file, error)];
		}
	});
}

function checkClaim(content: ContentFile, sources: ReadonlyMap<string, CheckedSource>, seen: Seen): Diagnostic[] {
	const text = checkFrontmatterText(content);
	const parsed = claimSchema.safeParse(content.data);
	const fieldProblems = [
		...(parsed.success ? [] : schemaProblems('claim', content, parsed.error.issues)),
		...checkIdentity(content, seen),
		...checkAppeared(content, sources),
		...checkStances(content, sources),
		...checkUpdateLog(content),
	];
	return [
		...checkMarkdownBody(content.file, { text: content.body, line: content.bodyLine }),
		...text.problems,
		// A field that still holds a placeholder is reported as such; its other problems would only repeat the news.
		...fieldProblems.filter((problem) => !text.placeholders.has(problem.field)),
	];
}

function checkIdentity(content: ContentFile, seen: Seen): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const id = wellFormed(fields.id, field(content.data, 'id'));
	if (id !== undefined) {
		problems.push(...checkIdMatchesFile(content, id));
		const first = seen.ids.get(id);
		if (first) problems.push(diagnosticAt(content, ['id'], `"${id}" is already the id of ${first}`, 'every claim needs its own id'));
		else seen.ids.set(id, content.file);
	}
	const claim = wellFormed(fields.claim, field(content.data, 'claim'));
	if (claim !== undefined) {
		const key = normalize(claim).text.toLowerCase();
		const first = seen.claims.get(key);
		if (first) problems.push(diagnosticAt(content, ['claim'], `the same claim is already checked in ${first}`, 'update that file instead, or state how this claim differs'));
		else seen.claims.set(key, content.file);
	}
	return problems;
}

function unknownSource(content: ContentFile, path: (string | number)[], id: string, known: readonly string[]): Diagnostic {
	const guess = closestWord(id, known);
	return diagnosticAt(content, path, `unknown source "${id}"`, guess ? `did you mean "${guess}"?` : `known sources: ${known.join(', ')}`);
}

function checkAppeared(content: ContentFile, sources: ReadonlyMap<string, CheckedSource>): Diagnostic[] {
	const id = wellFormed(fields.appeared.shape.source, field(field(content.data, 'appeared'), 'source'));
	return id === undefined || sources.has(id) ? [] : [unknownSource(content, ['appeared', 'source'], id, [...sources.keys()])];
}

function checkStances(content: ContentFile, sources: ReadonlyMap<string, CheckedSource>): Diagnostic[] {
	const entries = field(content.data, 'sources');
	if (!Array.isArray(entries)) return [];
	const problems: Diagnostic[] = [];
	const known = [...sources.keys()];
	const listed = new Set<string>();
	entries.forEach((entry: unknown, i) => {
		const id = wellFormed(sourceStanceSchema.shape.source, field(entry, 'source'));
		if (id === undefined) return;
		const source = sources.get(id);
		if (!source) {
			problems.push(unknownSource(content, ['sources', i, 'source'], id, known));
			return;
		}
		if (listed.has(id)) {
			problems.push(diagnosticAt(content, ['sources', i, 'source'], `"${id}" is listed twice`, 'give each source article one entry'));
			return;
		}
		listed.add(id);
		const quote = wellFormed(sourceStanceSchema.shape.quote, field(entry, 'quote'));
		if (quote !== undefined && !source.passages.find(quote)) {
			const near = source.passages.closest(quote);
			problems.push(
				diagnosticAt(
					content,
					['sources', i, 'quote'],
					`the quote is not in the archived text of "${id}"`,
					near ? `the closest passage there reads: "${near}"` : `copy the passage exactly from content/sources/${id}.md`,
				),
			);
		}
	});
	const missing = known.filter((id) => !listed.has(id));
	if (missing.length > 0) {
		problems.push(
			diagnosticAt(content, ['sources'], `every source article needs an entry; missing: ${missing.join(', ')}`, 'add { source: <id>, stance: not-mentioned } for an article that does not speak to the claim'),
		);
	}
	return problems;
}

/**
 * The update log is the claim's public history: oldest first, opening with first
 * publication, and `updated` is the day of its latest entry.
 */
function checkUpdateLog(content: ContentFile): Diagnostic[] {
	const entries = field(content.data, 'updates');
	if (!Array.isArray(entries)) return [];
	const problems: Diagnostic[] = [];
	const dates = entries.map((entry: unknown) => wellFormed(updateSchema.shape.date, field(entry, 'date')));
	dates.forEach((date, i) => {
		const before = dates[i - 1];
		if (date !== undefined && before !== undefined && date < before) {
			problems.push(diagnosticAt(content, ['updates', i, 'date'], `(${date}) is before the entry above it (${before})`, 'list updates oldest first'));
		}
	});
	const published = wellFormed(fields.published, field(content.data, 'published'));
	const first = dates[0];
	if (published !== undefined && first !== undefined && first !== published) {
		problems.push(diagnosticAt(content, ['updates', 0, 'date'], `(${first}) is not the publication date (${published})`, 'the first entry records first publication'));
	}
	const updated = wellFormed(fields.updated, field(content.data, 'updated'));
	const latest = dates.filter((d): d is string => d !== undefined).sort().at(-1);
	if (updated !== undefined && latest !== undefined && updated !== latest && (published === undefined || updated >= published)) {
		problems.push(diagnosticAt(content, ['updated'], `(${updated}) is not the date of the latest entry in updates (${latest})`, 'when you add an entry to updates, set updated to its date'));
	}
	return problems;
}
