/**
 * Translations of checks (content/claims/<lang>/<id>.md, translationSchema): the folder is one of
 * the site's further languages, the file names a check that exists, the frontmatter holds only
 * what a translation may say (the verdict, sources, stances, evidence and dates are the
 * original's), and what it renders is what the original has to render. A translation behind its
 * original is a warning, never an error: a correction to the original is never blocked by its
 * translations. Editorial pages need a version in every further language
 * (content/pages/<lang>/<page>.mdx).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { claimFile, contentDirs } from '../lib/edition-files.ts';
import type { PathWords } from '../lib/routes.ts';
import { editorialPageSchema, sourceStanceSchema, translationSchema } from '../lib/schema.ts';
import { settingsFile } from '../lib/settings.ts';
import { claimSchema, updateSchema } from '../edition/schema.ts';
import { wellFormed } from './check-claims.ts';
import { checkPageAddresses, checkPagePlaceholders } from './check-edition.ts';
import { checkMarkdownBody } from './check-markdown.ts';
import { fileIdHint, fileIdMessage, type FileIdFinder } from './check-reader-text.ts';
import { fileStem } from './check-sources.ts';
import { checkFrontmatterText } from './check-text.ts';
import { internalError, quoted, type Diagnostic } from './diagnostics.ts';
import { readContentFile, type ContentFile, type FieldPath } from './read-content-file.ts';
import { diagnosticAt, schemaProblems } from './schema-problems.ts';
import { checkSameReading } from './site-reading.ts';
import { closestWord } from './suggest.ts';

/** A further language of the site, as the validator needs it: its tag (the folder's name) and its section words. */
export interface TranslationLanguage {
	readonly lang: string;
	readonly paths: PathWords;
}

/** A translation file found in a language's folder. */
export interface TranslationFile {
	/** Root-relative path, forward slashes. */
	readonly file: string;
	/** The language, as the folder names it (a tag of the site's `locales`, exactly). */
	readonly lang: string;
	/** The id of the check it translates: the file's stem. */
	readonly id: string;
}

/**
 * The language folders under content/claims/ and the translation files in them. A folder that is
 * not a further language of the site is an error on the folder; so is a file in a language's
 * folder that is not Markdown, and a folder inside it. `root` is the project.
 */
export function findTranslations(
	root: string,
	languages: readonly TranslationLanguage[],
): { problems: Diagnostic[]; files: TranslationFile[] } {
	const claimsDir = join(root, contentDirs.claims);
	const problems: Diagnostic[] = [];
	const files: TranslationFile[] = [];
	if (!existsSync(claimsDir)) return { problems, files };
	const tags = languages.map(({ lang }) => lang);
	const folders = readdirSync(claimsDir, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.') && entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	for (const folder of folders) {
		const path = `${contentDirs.claims}/${folder}`;
		if (!tags.includes(folder)) {
			problems.push(notALanguage(folder, tags));
			continue;
		}
		for (const entry of readdirSync(join(claimsDir, folder), { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name),
		)) {
			if (entry.name.startsWith('.')) continue;
			const file = `${path}/${entry.name}`;
			if (entry.isDirectory())
				problems.push({
					file: `${file}/`,
					line: 1,
					column: 1,
					field: '',
					message: `a folder inside ${path}/ is not read: translations sit directly in their language's folder`,
					hint: `move its files to ${path}/<id>.md, each named after the check it translates`,
				});
			// Links and special files are reported on their own (validate-project.ts) and never read through.
			else if (entry.isFile() && !entry.name.endsWith('.md'))
				problems.push({
					file,
					line: 1,
					column: 1,
					field: '',
					message: `translations must be Markdown (.md), as claim files are; "${entry.name.includes('.') ? entry.name.slice(entry.name.lastIndexOf('.')) : 'no extension'}" files are not read`,
					hint: `name it ${path}/<id>.md, after the check it translates`,
				});
			else if (entry.isFile()) files.push({ file, lang: folder, id: basename(entry.name, '.md') });
		}
	}
	return { problems, files };
}

/** The error on a folder of content/claims/ that is no further language of the site. */
export function notALanguage(folder: string, tags: readonly string[], file?: string): Diagnostic {
	const where = file ?? `${contentDirs.claims}/${folder}/`;
	if (tags.length === 0)
		return {
			file: where,
			line: 1,
			column: 1,
			field: '',
			message: `${quoted(folder)} is a folder of translations, but the site lists no further languages (no locales in ${settingsFile})`,
			hint: `to publish the edition in ${quoted(folder)} too, add locales: [${quoted(folder)}] to ${settingsFile}; otherwise remove the folder`,
		};
	const sameTag = tags.find((tag) => tag.toLowerCase() === folder.toLowerCase());
	const guess = sameTag ?? closestWord(folder, tags);
	return {
		file: where,
		line: 1,
		column: 1,
		field: '',
		message: `${quoted(folder)} is not one of the site's further languages (locales in ${settingsFile}: ${tags.join(', ')})`,
		hint: sameTag
			? `rename the folder to ${contentDirs.claims}/${sameTag}/: a language's folder is its tag exactly as locales writes it`
			: `${guess ? `did you mean ${quoted(guess)}? ` : ''}translations go in ${contentDirs.claims}/<tag>/ for a tag of locales; add ${quoted(folder)} to locales in ${settingsFile}, or remove the folder`,
	};
}

/**
 * A key the original owns, which a translation may not set: what it is ("a translation takes …
 * from the original"), what not to set, and what to do instead. `contact.asked` and
 * `contact.date` are the original's too (contact's texts are translated).
 */
interface Owned {
	readonly what: string;
	readonly set: string;
	readonly instead: string;
}
const deleteIt = 'delete the line';
const ownedKeys: Readonly<Record<string, Owned>> = {
	id: { what: 'its id', set: 'one', instead: `${deleteIt}: the file's name is the original's id` },
	verdict: { what: 'its verdict', set: 'one', instead: 'change the verdict there' },
	sources: {
		what: 'its sources and their stances',
		set: 'them',
		instead:
			'delete the list; render a quoted passage under quotes: and a stance note under notes:, by source id',
	},
	stance: {
		what: 'its stances',
		set: 'one',
		instead: `${deleteIt}; render a stance note under notes:, by source id`,
	},
	evidence: {
		what: 'its evidence',
		set: 'any',
		instead:
			"delete the list; translate an evidence note under evidenceNotes:, by the evidence's url",
	},
	claimant: {
		what: 'its claimant',
		set: 'one',
		instead: 'delete the lines; the page names the claimant as the original does',
	},
	appeared: {
		what: 'where and when the claim appeared',
		set: 'it',
		instead: "delete the lines; translate the original's appeared.context under context:",
	},
	topics: { what: 'its topics', set: 'them', instead: deleteIt },
	published: {
		what: 'its publication date',
		set: 'one',
		instead: `${deleteIt}; the translation's own day is translated:`,
	},
	updated: {
		what: 'its dates',
		set: 'them',
		instead: `${deleteIt}; the translation's own day is translated:`,
	},
	author: {
		what: 'its author',
		set: 'one',
		instead: `${deleteIt}; credit the translation with translator:`,
	},
	updates: {
		what: 'its update log',
		set: 'one',
		instead: "delete the list; translate the log's notes under log:, in the original's order",
	},
};
const ownedContactKeys: Readonly<Record<string, Owned>> = {
	asked: {
		what: 'whether the claimant was asked',
		set: 'it',
		instead: `${deleteIt}; translate only contact's texts: reason, or whom and answer`,
	},
	date: {
		what: 'the day the claimant was asked',
		set: 'one',
		instead: `${deleteIt}; translate only contact's texts: reason, or whom and answer`,
	},
};

/** What a translation may hold: its own words. */
const translationFields = Object.keys(translationSchema.shape).join(', ');

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const field = (data: unknown, key: string): unknown => (isRecord(data) ? data[key] : undefined);

/** What a translation renders of its original: read field by field, so a flaw elsewhere in the original hides nothing. */
interface Original {
	readonly file: string;
	readonly published: string | undefined;
	/** Its update log's entries, with their dates where well formed. */
	readonly updates: readonly { date: string | undefined; changedVerdict: boolean }[];
	/** Source ids whose entry quotes a passage. */
	readonly quoted: readonly string[];
	/** Source ids whose entry has a note. */
	readonly noted: readonly string[];
	/** Addresses of evidence items with a note. */
	readonly evidenceNoted: readonly string[];
	/** Whether the original's appeared has a context. */
	readonly context: boolean;
	/** The original's contact: asked or not, and which texts it has; undefined when it has none. */
	readonly contact: { asked: boolean; texts: readonly string[] } | undefined;
}

function readOriginal(content: ContentFile): Original {
	const data = content.data;
	const list = (key: string) => {
		const value = field(data, key);
		return Array.isArray(value) ? (value as unknown[]) : [];
	};
	const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
	const sources = list('sources').flatMap((entry) => {
		const id = wellFormed(sourceStanceSchema.shape.source, field(entry, 'source'));
		return id === undefined ? [] : [{ id, entry }];
	});
	const contact = field(data, 'contact');
	const asked = field(contact, 'asked');
	return {
		file: content.file,
		published: wellFormed(claimSchema.shape.published, field(data, 'published')),
		updates: list('updates').map((entry) => ({
			date: wellFormed(updateSchema.shape.date, field(entry, 'date')),
			changedVerdict: field(entry, 'verdict') !== undefined,
		})),
		quoted: sources.filter(({ entry }) => text(field(entry, 'quote'))).map(({ id }) => id),
		noted: sources.filter(({ entry }) => text(field(entry, 'note'))).map(({ id }) => id),
		evidenceNoted: list('evidence').flatMap((entry) => {
			const url = field(entry, 'url');
			return typeof url === 'string' && text(field(entry, 'note')) ? [url] : [];
		}),
		context: text(field(field(data, 'appeared'), 'context')),
		contact:
			typeof asked === 'boolean'
				? {
						asked,
						texts: ['reason', 'whom', 'answer'].filter((key) => text(field(contact, key))),
					}
				: undefined,
	};
}

/** What the original's files are read by: an id to its file's bytes, if there is such a file. */
export type OriginalOf = (id: string) => { file: string; bytes: Uint8Array } | undefined;

/**
 * Every problem in one translation file. `originalOf` gives the original's file; `ids` are the
 * ids of every check, for a did-you-mean; `findFileId` finds file ids in reader text.
 */
export function checkTranslation(
	{ file, id }: TranslationFile,
	bytes: Uint8Array,
	originalOf: OriginalOf,
	ids: readonly string[],
	findFileId: FileIdFinder,
): Diagnostic[] {
	try {
		const read = readContentFile(file, bytes);
		if (!read.ok)
			return read.body
				? [...read.problems, ...checkMarkdownBody(file, read.body, findFileId)]
				: read.problems;
		const content = read.content;
		const source = originalOf(id);
		const original = source ? readContentFile(source.file, source.bytes) : undefined;
		const text = checkFrontmatterText(content);
		const fieldProblems = [
			...checkOwnFields(content),
			...checkReaderText(content, findFileId),
			// A translation of no check: said once, on the file; an original that cannot be read says so itself.
			...(source === undefined
				? [noOriginal(file, id, ids)]
				: original?.ok
					? checkAgainstOriginal(content, readOriginal(original.content))
					: []),
		];
		return [
			...checkMarkdownBody(file, { text: content.body, line: content.bodyLine }, findFileId),
			...text.problems,
			// A field that still holds a placeholder is reported as such; its other problems would only repeat the news.
			...fieldProblems.filter((problem) => !text.placeholders.has(problem.field)),
		];
	} catch (error) {
		return [internalError(file, error)];
	}
}

function noOriginal(file: string, id: string, ids: readonly string[]): Diagnostic {
	const guess = closestWord(id, ids);
	const folder = file.slice(0, file.lastIndexOf('/'));
	return {
		file,
		line: 1,
		column: 1,
		field: '',
		message: `translates ${claimFile(id)}, which does not exist: a translation is named after the check it translates`,
		hint: guess
			? `did you mean ${quoted(guess)}? rename the file to ${folder}/${guess}.md`
			: `rename the file after a check in ${contentDirs.claims}/, or remove it`,
	};
}

/** The schema's problems, with a key the original owns named as such rather than as an unknown field. */
function checkOwnFields(content: ContentFile): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const originalFile = claimFile(fileStem(content.file));
	const owned = (path: FieldPath, { what, set, instead }: Owned) =>
		problems.push(
			diagnosticAt(
				content,
				path,
				`a translation takes ${what} from the original (${originalFile}) and may not set ${set}; ${instead}`,
				`a translation holds its own words only: ${translationFields}`,
			),
		);
	let data = content.data;
	if (isRecord(data)) {
		const rest: Record<string, unknown> = { ...data };
		for (const key of Object.keys(data)) {
			const rule = ownedKeys[key];
			if (rule === undefined) continue;
			owned([key], rule);
			delete rest[key];
		}
		const contact = rest['contact'];
		if (isRecord(contact)) {
			const texts: Record<string, unknown> = { ...contact };
			for (const key of Object.keys(contact)) {
				const rule = ownedContactKeys[key];
				if (rule === undefined) continue;
				owned(['contact', key], rule);
				delete texts[key];
			}
			rest['contact'] = texts;
		}
		data = rest;
	}
	const parsed = translationSchema.safeParse(data);
	problems.push(
		...(parsed.success
			? checkSameReading(content, translationSchema)
			: schemaProblems('translation', { ...content, data }, parsed.error.issues)),
	);
	return problems;
}

/** The texts readers see, as paths into a translation's data (quotes' renderings too: they are the translator's words). */
function* readerFields(data: unknown): Generator<{ path: FieldPath; text: string }> {
	if (!isRecord(data)) return;
	const at = (path: FieldPath, value: unknown) =>
		typeof value === 'string' ? [{ path, text: value }] : [];
	for (const key of ['claim', 'summary', 'context']) yield* at([key], data[key]);
	const contact = data['contact'];
	if (isRecord(contact))
		for (const key of ['reason', 'whom', 'answer']) yield* at(['contact', key], contact[key]);
	for (const map of ['quotes', 'notes', 'evidenceNotes']) {
		const entries = data[map];
		if (isRecord(entries))
			for (const [key, value] of Object.entries(entries)) yield* at([map, key], value);
	}
	const log = data['log'];
	if (Array.isArray(log)) for (const [i, note] of log.entries()) yield* at(['log', i], note);
}

/** Reader text names no file: as check-reader-text.ts asks of a claim file. */
function checkReaderText(content: ContentFile, find: FileIdFinder): Diagnostic[] {
	return [...readerFields(content.data)].flatMap(({ path, text }) => {
		const [first] = find(text);
		return first ? [diagnosticAt(content, path, fileIdMessage(first), fileIdHint)] : [];
	});
}

const warning = (diagnostic: Diagnostic): Diagnostic => ({ ...diagnostic, severity: 'warning' });

/** Keys of a map field (quotes, notes, evidenceNotes) in a translation's data. */
const keysOf = (data: unknown, key: string): string[] => {
	const value = field(data, key);
	return isRecord(value) ? Object.keys(value) : [];
};

/** What the translation renders, against what the original has to render; warnings where it lags behind. */
function checkAgainstOriginal(content: ContentFile, original: Original): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const data = content.data;
	const maps = [
		{
			key: 'quotes',
			has: original.quoted,
			what: 'a source the original quotes',
			none: 'the original quotes no source',
			lacking: (ids: string) =>
				`renders no quote from ${ids}, which the original quotes: the page shows those passages with no translation beside them`,
		},
		{
			key: 'notes',
			has: original.noted,
			what: 'a source the original has a note on',
			none: 'the original has no stance note',
			lacking: (ids: string) =>
				`translates no note on ${ids}: the page shows those notes in the original's language`,
		},
		{
			key: 'evidenceNotes',
			has: original.evidenceNoted,
			what: "the url of an evidence item with a note in the original's evidence",
			none: 'the original has no evidence note',
			lacking: (ids: string) =>
				`translates no note of the evidence at ${ids}: the page shows those notes in the original's language`,
		},
	];
	for (const { key, has, what, none, lacking } of maps) {
		const given = keysOf(data, key);
		for (const name of given) {
			if (has.includes(name)) continue;
			const guess = closestWord(name, has);
			problems.push(
				diagnosticAt(
					content,
					[key, name],
					`${quoted(name)} is not ${what} (${original.file}${has.length === 0 ? `: ${none}` : `: ${has.join(', ')}`})`,
					has.length === 0
						? 'delete the entry'
						: guess
							? `did you mean ${quoted(guess)}?`
							: `give each entry under ${key}: the id the original uses`,
				),
			);
		}
		const missing = has.filter((name) => !given.includes(name));
		if (missing.length > 0)
			problems.push(
				warning(
					diagnosticAt(
						content,
						[key],
						lacking(missing.join(', ')),
						`add ${missing.map((name) => `${name}: "…"`).join(', ')} under ${key}:`,
					),
				),
			);
	}

	const log = field(data, 'log');
	const logLength = Array.isArray(log) ? log.length : 0;
	const entries = original.updates.length;
	if (logLength > entries)
		problems.push(
			diagnosticAt(
				content,
				['log', entries],
				`has ${logLength} notes, but the original's update log (${original.file}) has ${entries} entries`,
				"log translates the notes of the original's updates one for one, in their order: delete the extra ones",
			),
		);
	else if (logLength < entries)
		problems.push(
			warning(
				diagnosticAt(
					content,
					['log'],
					`translates ${logLength} of the ${entries} notes in the original's update log: the page shows the others in the original's language`,
					"add the missing notes to log:, in the original's order",
				),
			),
		);

	const context = field(data, 'context');
	if (context !== undefined && !original.context)
		problems.push(
			diagnosticAt(
				content,
				['context'],
				`the original (${original.file}) has no appeared.context to translate`,
				'delete the line',
			),
		);
	else if (context === undefined && original.context)
		problems.push(
			warning(
				diagnosticAt(
					content,
					['context'],
					`is not translated: the page shows the original's appeared.context in its language`,
					"add context: with the original's appeared.context in this language",
				),
			),
		);
	problems.push(...checkContact(content, original));

	const translated = wellFormed(translationSchema.shape.translated, field(data, 'translated'));
	if (translated !== undefined) {
		const early = original.published !== undefined && translated < original.published;
		if (early)
			problems.push(
				diagnosticAt(
					content,
					['translated'],
					`(${translated}) is before the original was published (${original.published})`,
					"give the day the translation was finished, no earlier than the original's published",
				),
			);
		const later = original.updates.filter(({ date }) => date !== undefined && date > translated);
		const newest = later
			.map(({ date }) => date as string)
			.sort()
			.at(-1);
		const verdictChange = later
			.filter(({ changedVerdict }) => changedVerdict)
			.map(({ date }) => date as string)
			.sort()
			.at(-1);
		// A translation dated before the original is an error already: every entry would be after it.
		if (newest !== undefined && !early)
			problems.push(
				warning(
					diagnosticAt(
						content,
						['translated'],
						`the original was updated on ${newest} after this translation (${translated})${verdictChange === undefined ? '' : `, and its update of ${verdictChange} changed the verdict`}: bring the translation up to date and set \`translated\``,
						`until then its page says that the original was updated on ${newest}${verdictChange === undefined ? '' : ' and that the verdict shown is the current one'}, and links to it`,
					),
				),
			);
	}
	return problems;
}

/** contact's texts are those of the original's kind: reason where it did not ask, whom and answer where it did. */
function checkContact(content: ContentFile, original: Original): Diagnostic[] {
	const given = keysOf(content.data, 'contact').filter((key) => !(key in ownedContactKeys));
	const theirs = original.contact;
	if (theirs === undefined)
		return isRecord(field(content.data, 'contact'))
			? [
					diagnosticAt(
						content,
						['contact'],
						`the original (${original.file}) says nothing of asking the claimant, so there is nothing to translate`,
						'delete contact:',
					),
				]
			: [];
	const problems: Diagnostic[] = [];
	const kind = theirs.asked ? 'asked: true' : 'asked: false';
	for (const key of given) {
		if (theirs.texts.includes(key)) continue;
		const fits = theirs.asked ? key !== 'reason' : key === 'reason';
		problems.push(
			diagnosticAt(
				content,
				['contact', key],
				fits
					? `the original (${original.file}) has no contact.${key} to translate`
					: `the original (${original.file}) says ${kind}, which has no ${key}: translate ${theirs.asked ? 'whom and answer' : 'reason'}`,
				'delete the line',
			),
		);
	}
	const missing = theirs.texts.filter((key) => !given.includes(key));
	if (missing.length > 0)
		problems.push(
			warning(
				diagnosticAt(
					content,
					['contact'],
					`does not translate the original's contact.${missing.join(' and contact.')}: the page shows ${missing.length === 1 ? 'it' : 'them'} in the original's language`,
					`add ${missing.map((key) => `${key}:`).join(' and ')} under contact:`,
				),
			),
		);
	return problems;
}

/**
 * The editorial pages of each further language: content/pages/<lang>/<page>.mdx for every
 * content/pages/<page>.mdx, each with a sound title and description, no placeholder, and no
 * section's address of its language.
 */
export function checkTranslatedPages(
	root: string,
	pagesDir: string,
	languages: readonly TranslationLanguage[],
	demo = false,
): Diagnostic[] {
	const pagesIn = (dir: string) =>
		existsSync(join(root, dir))
			? readdirSync(join(root, dir), { withFileTypes: true })
					.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
					.map((entry) => entry.name)
					.sort()
			: [];
	const pages = pagesIn(pagesDir);
	const problems: Diagnostic[] = [];
	for (const { lang, paths } of languages) {
		const dir = `${pagesDir}/${lang}`;
		const translated = pagesIn(dir);
		for (const name of pages)
			if (!translated.includes(name))
				problems.push({
					file: `${dir}/${name}`,
					line: 1,
					column: 1,
					field: '',
					message: `is missing: every editorial page (${pagesDir}/${name}) has a version in each of the site's languages`,
					hint: `write ${dir}/${name} in ${lang}, with its own title: and description:`,
				});
		for (const name of translated) {
			const file = `${dir}/${name}`;
			if (!pages.includes(name)) {
				const guess = closestWord(name, pages);
				problems.push({
					file,
					line: 1,
					column: 1,
					field: '',
					message: `translates ${pagesDir}/${name}, which does not exist`,
					hint: guess
						? `did you mean ${guess}? a page's translation has its file name`
						: `name it after a page in ${pagesDir}/, or remove it`,
				});
			}
			const read = readContentFile(file, readFileSync(join(root, file)));
			if (!read.ok) {
				problems.push(...read.problems);
				continue;
			}
			const parsed = editorialPageSchema.safeParse(read.content.data);
			if (!parsed.success)
				problems.push(...schemaProblems('page', read.content, parsed.error.issues));
		}
		problems.push(
			...checkPagePlaceholders(root, dir, demo),
			...checkPageAddresses(root, dir, paths),
		);
	}
	return problems;
}
