/**
 * Claim files: each against the schema, the sources it cites and every other claim. The
 * checks that need more than one field run on whatever parts of a file are well formed, so
 * one run reports every problem, not just the first kind.
 */
import type { z } from 'astro/zod';
import { normalize, type NearMiss } from '../lib/passages.ts';
import { comparable } from '../lib/text-policy.ts';
import { sourceStanceSchema } from '../lib/schema.ts';
import { claimSchema, updateSchema } from '../edition/schema.ts';
import { listFiles } from '../lib/edition-files.ts';
import { checkMarkdownBody } from './check-markdown.ts';
import { checkReaderFields, fileIdFinder, type FileIdFinder } from './check-reader-text.ts';
import { checkIdMatchesFile, fileStem, type CheckedSource } from './check-sources.ts';
import { checkFrontmatterText } from './check-text.ts';
import { checkSameReading } from './site-reading.ts';
import { quoted, internalError, type Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';
import { diagnosticAt, schemaProblems } from './schema-problems.ts';
import { closestWord } from './suggest.ts';

const fields = claimSchema.shape;

/** How a problem about a quote not found in its article begins: `npm run dev` shows it as a warning on the claim's page. */
export const misquoteProblem = 'the quote is not in the archived text of';

/** The value if it passes `schema` on its own, else undefined. */
export function wellFormed<S extends z.ZodType>(
	schema: S,
	value: unknown,
): z.output<S> | undefined {
	const parsed = schema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

const field = (data: unknown, key: string): unknown =>
	data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

/** The id and (normalized) claim text a claim file takes: what other files must not repeat. */
export interface ClaimIdentity {
	readonly id?: string | undefined;
	readonly claim?: string | undefined;
	/** The source article the claim appeared in, for the edition's checks (check-edition.ts). */
	readonly appeared?: string | undefined;
}

/**
 * Checks claim files one at a time, in a stable order, against the sources and against the
 * files checked before them (a repeated id or claim is reported on the later file). Nothing
 * is kept of a file but its identity, so memory does not grow with the files' contents.
 */
export class ClaimChecker {
	readonly #sources: ReadonlyMap<string, CheckedSource>;
	readonly #findFileId: FileIdFinder;
	/** The ids of the edition's topics (content/topics.yml). */
	readonly #topics: readonly string[];
	/** Ids and claim texts already taken, and by which file. */
	readonly #ids = new Map<string, string>();
	readonly #claims = new Map<string, string>();

	constructor(sources: readonly CheckedSource[], topics: readonly string[] = []) {
		this.#sources = new Map(sources.map((s) => [s.data.id, s]));
		this.#topics = topics;
		this.#findFileId = fileIdFinder(sources.map((s) => s.data));
	}

	/** Every problem in one claim file. */
	check(content: ContentFile): Diagnostic[] {
		try {
			return checkClaim(content, this.#sources, this.#topics, this.#findFileId, () =>
				this.#take(content),
			);
		} catch (error) {
			return [internalError(content.file, error)];
		}
	}

	/**
	 * The file's problems as if it were the only claim file: everything but an id or claim
	 * repeated from another file. It takes no identity; see noteIdentity().
	 */
	checkOnItsOwn(content: ContentFile): Diagnostic[] {
		try {
			return checkClaim(content, this.#sources, this.#topics, this.#findFileId, () => {
				const { id } = ClaimChecker.identityOf(content);
				return id === undefined ? [] : checkIdMatchesFile(content, id);
			});
		} catch (error) {
			return [internalError(content.file, error)];
		}
	}

	/** Note the id and claim text of a file whose own problems are not wanted. */
	note(content: ContentFile): void {
		try {
			this.#take(content);
		} catch {
			// A file that cannot even be read for its identity takes none.
		}
	}

	/**
	 * Note the identity of a file already checked on its own (in this run, or sound in an
	 * earlier one). False, noting nothing, when it repeats an earlier file's id or claim:
	 * then check() it, to report where.
	 */
	noteIdentity(file: string, { id, claim }: ClaimIdentity): boolean {
		if ((id !== undefined && this.#ids.has(id)) || (claim !== undefined && this.#claims.has(claim)))
			return false;
		if (id !== undefined) this.#ids.set(id, file);
		if (claim !== undefined) this.#claims.set(claim, file);
		return true;
	}

	/** The identity a file takes, as noteIdentity() wants it. */
	static identityOf(content: ContentFile): ClaimIdentity {
		const claim = wellFormed(fields.claim, field(content.data, 'claim'));
		return {
			id: wellFormed(fields.id, field(content.data, 'id')),
			// Near-duplicates are the same claim: compared in the text policy's form (NFC, no blank-looking characters).
			claim: claim === undefined ? undefined : comparable(normalize(claim).text),
			appeared: wellFormed(
				fields.appeared.shape.source,
				field(field(content.data, 'appeared'), 'source'),
			),
		};
	}

	/** Take the file's id and claim text; diagnostics for those an earlier file holds. */
	#take(content: ContentFile): Diagnostic[] {
		const problems: Diagnostic[] = [];
		const { id, claim } = ClaimChecker.identityOf(content);
		if (id !== undefined) {
			const first = this.#ids.get(id);
			if (first) {
				// One problem, one fix: renaming the file to the id, as a mismatch would suggest, cannot help here.
				const stem = fileStem(content.file);
				const fix =
					stem === id
						? 'every claim needs its own id: choose a new one, and name the file after it'
						: `set id: ${stem}, after the file's name; every claim needs its own id`;
				problems.push(
					diagnosticAt(content, ['id'], `${quoted(id)} is already the id of ${first}`, fix),
				);
			} else {
				problems.push(...checkIdMatchesFile(content, id));
				this.#ids.set(id, content.file);
			}
		}
		if (claim !== undefined) {
			const first = this.#claims.get(claim);
			if (first)
				problems.push(
					diagnosticAt(
						content,
						['claim'],
						`the same claim is already checked in ${first}`,
						'update that file instead, or state how this claim differs',
					),
				);
			else this.#claims.set(claim, content.file);
		}
		return problems;
	}
}

function checkClaim(
	content: ContentFile,
	sources: ReadonlyMap<string, CheckedSource>,
	topics: readonly string[],
	findFileId: FileIdFinder,
	identityProblems: () => Diagnostic[],
): Diagnostic[] {
	const text = checkFrontmatterText(content);
	const parsed = claimSchema.safeParse(content.data);
	const fieldProblems = [
		...(parsed.success
			? checkSameReading(content, claimSchema, parsed)
			: schemaProblems('claim', content, parsed.error.issues)),
		...identityProblems(),
		...checkAppeared(content, sources),
		...checkStances(content, sources),
		...checkUpdateLog(content),
		...checkTopicIds(content, topics),
		...checkReaderFields(content, findFileId),
	];
	return [
		...checkMarkdownBody(content.file, { text: content.body, line: content.bodyLine }, findFileId),
		...text.problems,
		// A field that still holds a placeholder is reported as such; its other problems would only repeat the news.
		...fieldProblems.filter((problem) => !text.placeholders.has(problem.field)),
	];
}

/** The passage nearest a misquote, in the article's own characters, and the quote's first word that differs from it. */
function misquoteHint({ passage, difference }: NearMiss): string {
	const where =
		difference === null
			? ''
			: difference.archived === null
				? `; the quote goes on with ${quoted(difference.quoted)} where the article ends`
				: `; the quote has ${quoted(difference.quoted)} where the article has ${quoted(difference.archived)}`;
	return `the closest passage there reads: "${passage}"${where}`;
}

function unknownSource(
	content: ContentFile,
	path: (string | number)[],
	id: string,
	known: readonly string[],
): Diagnostic {
	const guess = closestWord(id, known);
	return diagnosticAt(
		content,
		path,
		`unknown source ${quoted(id)}`,
		guess ? `did you mean "${guess}"?` : `known sources: ${known.join(', ')}`,
	);
}

const appearedFields = fields.appeared.shape;

/** The article must be a known source; when it is dated, the claim carries the day it appeared. */
function checkAppeared(
	content: ContentFile,
	sources: ReadonlyMap<string, CheckedSource>,
): Diagnostic[] {
	const appeared = field(content.data, 'appeared');
	const id = wellFormed(appearedFields.source, field(appeared, 'source'));
	if (id === undefined) return [];
	const source = sources.get(id);
	if (!source) return [unknownSource(content, ['appeared', 'source'], id, [...sources.keys()])];
	if (source.data.published !== 'not stated' && field(appeared, 'date') === undefined) {
		return [
			diagnosticAt(
				content,
				['appeared', 'date'],
				`is missing: the article is dated ${source.data.published}`,
				'give the day the claim appeared, which for a claim made in the article is its date',
			),
		];
	}
	return [];
}

function checkStances(
	content: ContentFile,
	sources: ReadonlyMap<string, CheckedSource>,
): Diagnostic[] {
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
			problems.push(
				diagnosticAt(
					content,
					['sources', i, 'source'],
					`${quoted(id)} is listed twice`,
					'give each source article one entry',
				),
			);
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
					`${misquoteProblem} ${quoted(id)}`,
					near ? misquoteHint(near) : `copy the passage exactly from content/sources/${id}.md`,
				),
			);
		}
	});
	const missing = known.filter((id) => !listed.has(id));
	if (missing.length > 0) {
		problems.push(
			diagnosticAt(
				content,
				['sources'],
				`every source article needs an entry; missing: ${missing.join(', ')}`,
				`npm run add-source -- ${missing[0]} adds a placeholder entry to every claim that lacks one; an article that does not speak to the claim gets { source: <id>, stance: not-mentioned }`,
			),
		);
	}
	return problems;
}

/** Each topic a claim names is on the edition's list, once. */
function checkTopicIds(content: ContentFile, topics: readonly string[]): Diagnostic[] {
	const named = field(content.data, 'topics');
	if (!Array.isArray(named)) return [];
	const problems: Diagnostic[] = [];
	named.forEach((value: unknown, i) => {
		const id = wellFormed(fields.topics.unwrap().element, value);
		if (id === undefined) return;
		if (!topics.includes(id)) {
			const guess = closestWord(id, topics);
			problems.push(
				diagnosticAt(
					content,
					['topics', i],
					`unknown topic "${id}"`,
					topics.length === 0
						? `the edition lists no topics yet: add "${id}" to ${listFiles.topics}, or leave topics out`
						: `${guess ? `did you mean "${guess}"? ` : ''}topics in ${listFiles.topics}: ${topics.join(', ')}`,
				),
			);
		} else if (named.indexOf(value) !== i) {
			problems.push(
				diagnosticAt(content, ['topics', i], `"${id}" is named twice`, 'name each topic once'),
			);
		}
	});
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
	const dates = entries.map((entry: unknown) =>
		wellFormed(updateSchema.shape.date, field(entry, 'date')),
	);
	dates.forEach((date, i) => {
		const before = dates[i - 1];
		if (date !== undefined && before !== undefined && date < before) {
			problems.push(
				diagnosticAt(
					content,
					['updates', i, 'date'],
					`(${date}) is before the entry above it (${before})`,
					'list updates oldest first',
				),
			);
		}
	});
	const published = wellFormed(fields.published, field(content.data, 'published'));
	const first = dates[0];
	if (published !== undefined && first !== undefined && first !== published) {
		problems.push(
			diagnosticAt(
				content,
				['updates', 0, 'date'],
				`(${first}) is not the publication date (${published})`,
				'the first entry records first publication',
			),
		);
	}
	const updated = wellFormed(fields.updated, field(content.data, 'updated'));
	const latest = dates
		.filter((d): d is string => d !== undefined)
		.sort()
		.at(-1);
	if (
		updated !== undefined &&
		latest !== undefined &&
		updated !== latest &&
		(published === undefined || updated >= published)
	) {
		problems.push(
			diagnosticAt(
				content,
				['updated'],
				`(${updated}) is not the date of the latest entry in updates (${latest})`,
				'when you add an entry to updates, set updated to its date',
			),
		);
	}
	return problems;
}
