/**
 * Validate a project's content: every source file and claim file, or a chosen few claim
 * files checked against all the rest. The build, the test suite and `npm run validate`
 * all call this one function. It never throws: a failure inside a check comes back as a
 * diagnostic on the file being checked.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { ClaimChecker, type ClaimIdentity } from './check-claims.ts';
import {
	checkAgainstBase,
	checkArchivedSource,
	checkRecordAgainstBase,
	checkRecordKept,
	missingClaim,
} from './check-history.ts';
import { checkRecords } from './check-records.ts';
import { fileIdFinder } from './check-reader-text.ts';
import {
	checkTranslatedPages,
	checkTranslation,
	findTranslations,
	notALanguage,
	type TranslationFile,
	type TranslationLanguage,
} from './check-translations.ts';
import { checkEditorialPages, checkMinimums, checkPageAddresses } from './check-edition.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkClaimants, checkTopics } from './check-lists.ts';
import { listFiles } from '../lib/edition-files.ts';
import { site } from '../edition/site.ts';
import type { Site } from '../lib/settings.ts';
import { claimFile, contentDirs } from '../lib/edition-files.ts';
import { CheckThreads, checkedSources, checkOwn, type OwnCheck } from './check-each-file.ts';
import { fileStem } from './check-sources.ts';
import { internalError, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { listAtCommit, readAtCommit } from './git-history.ts';
import { readContentFile, type ContentFile } from './read-content-file.ts';
import { fileKey, SoundFiles, validatorFingerprint } from './sound-files.ts';

export interface ValidationResult {
	/** Problems in the files asked about, sorted by file and line. */
	readonly problems: Diagnostic[];
	/** How many files were checked. */
	readonly checked: number;
}

export interface ValidationOptions {
	/**
	 * A git ref (`--base`): a claim whose verdict or summary differs from its version there
	 * needs a new update-log entry. The caller makes sure the ref exists (see resolveCommit).
	 */
	readonly base?: string;
	/**
	 * A folder to keep a record of sound claim files in between runs (sound-files.ts), so
	 * unchanged files are not parsed again. Not used with `base`, which reads every file.
	 */
	readonly cacheDir?: string;
	/** The minimums the edition must meet as a whole; the site's settings' `checks` unless given. */
	readonly checks?: Site['checks'];
	/**
	 * The site's further languages (its settings' `locales`), whose translations are read from
	 * content/claims/<lang>/ and editorial pages from content/pages/<lang>/; the site's unless given.
	 */
	readonly languages?: readonly TranslationLanguage[];
	/**
	 * Read only these claim files (absolute or root-relative), not all of content/claims/: the
	 * focused preview of one claim checks that claim, its translations and the sources, and leaves
	 * what needs every claim (an id used twice, the records' claims) to the build and `npm run
	 * validate`. The record of sound files is read, never rewritten, in such a run.
	 */
	readonly claimFiles?: readonly string[];
}

const display = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * The regular files in a folder, not its subfolders, dotfiles, links or special files: what
 * Astro's `*.md` glob also sees. A folder that does not exist holds none (a new edition); one
 * that cannot be read is an error, never an empty list.
 */
function listDir(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.') && entry.isFile())
		.map((entry) => join(dir, entry.name))
		.sort();
}

/**
 * Symbolic links and special files (devices, pipes, sockets) anywhere in content/: refused,
 * and never read through. A link can point anywhere on the machine that builds the site.
 */
function specialFiles(root: string): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const walk = (dir: string) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (!entry.isFile())
				problems.push({
					file: display(root, path),
					line: 1,
					column: 1,
					field: '',
					message: entry.isSymbolicLink()
						? 'is a symbolic link; content files must be plain files, and links are not followed'
						: 'is a special file (a device, pipe or socket), not a text file',
					hint: 'replace it with the file itself (git stores links as links: check that it is not one)',
				});
		}
	};
	walk(resolve(root, 'content'));
	return problems;
}

/**
 * @param root project root
 * @param only absolute or root-relative paths to report on; all content when empty. A file
 *   outside content/sources is checked as a claim file, so drafts and fixtures can be checked
 *   wherever they are.
 */
export function validateProject(
	root: string,
	only: readonly string[] = [],
	options: ValidationOptions = {},
): ValidationResult {
	try {
		return validate(root, only, options);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const path = (error as NodeJS.ErrnoException).path;
		return {
			problems: [
				code && path
					? {
							file: display(root, path),
							line: 1,
							column: 1,
							field: '',
							message: `cannot be read (${code}), so its files cannot be checked`,
							hint: 'check that the folder exists and that you may read it',
						}
					: internalError(contentDirs.claims, error),
			],
			checked: 0,
		};
	}
}

function validate(
	root: string,
	only: readonly string[],
	options: ValidationOptions,
): ValidationResult {
	const problems: Diagnostic[] = [];
	const sourcesDir = resolve(root, contentDirs.sources);
	const claimsDir = resolve(root, contentDirs.claims);
	const recordsDir = resolve(root, contentDirs.records);
	const requested = new Set(only.map((path) => resolve(root, path)));
	/** Translations of the claims asked about: reported on with them. */
	const alsoReported = new Set<string>();
	const reportOn = (file: string) =>
		requested.size === 0 || requested.has(resolve(root, file)) || alsoReported.has(file);
	const report = (list: readonly Diagnostic[]) =>
		problems.push(...list.filter((d) => reportOn(d.file)));

	const readBytes = (file: string, path: string): Uint8Array | null => {
		try {
			// A file named on the command line may be a link: never read through one.
			if (!lstatSync(path).isFile()) throw Object.assign(new Error(), { code: 'not a plain file' });
			return readFileSync(path);
		} catch (error) {
			report([
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
				},
			]);
			return null;
		}
	};

	report(specialFiles(root));
	const sourcePaths = listDir(sourcesDir).filter((path) => extname(path) === '.md');
	const sourceFiles = sourcePaths.flatMap((path) => {
		const file = display(root, path);
		const bytes = readBytes(file, path);
		return bytes ? [{ path: file, bytes }] : [];
	});
	const sourceCheck = checkedSources(sourceFiles);
	report(sourceCheck.problems);
	const claimPaths = new Set(
		options.claimFiles ? options.claimFiles.map((path) => resolve(root, path)) : listDir(claimsDir),
	);
	// A file in a folder of content/claims/ is a translation (content/claims/<lang>/<id>.md), checked below.
	const inClaimFolder = (path: string) =>
		path.startsWith(claimsDir + sep) && path.slice(claimsDir.length + 1).includes(sep);
	for (const path of requested)
		if (
			!path.startsWith(sourcesDir + sep) &&
			!path.startsWith(recordsDir + sep) &&
			!inClaimFolder(path)
		)
			claimPaths.add(path);
	// Records of withdrawn and renamed checks (check-records.ts): always read, since claims' ids are checked against them.
	const recordPaths = listDir(recordsDir).filter((path) => extname(path) === '.md');
	const recordFiles = recordPaths.flatMap((path) => {
		const file = display(root, path);
		const bytes = readBytes(file, path);
		return bytes ? [{ file, bytes }] : [];
	});
	// A new edition starts empty; claims need at least one article to be checked against.
	if (sourceCheck.sources.length === 0 && claimPaths.size > 0) {
		problems.push({
			file: contentDirs.sources,
			line: 1,
			column: 1,
			field: '',
			message: 'no valid source articles found',
			hint: 'each claim is checked against the archived articles in content/sources/',
		});
	}

	// The edition's lists: claim files name its topics; claimant entries stand on their own.
	const topics = checkTopics(root);
	const claimantList = checkClaimants(root);
	report([...topics.problems, ...claimantList.problems]);
	const topicIds = topics.entries.map((topic) => topic.id);

	const { base, cacheDir } = options;
	const sound =
		cacheDir !== undefined && base === undefined
			? new SoundFiles(
					cacheDir,
					validatorFingerprint([
						...sourceFiles,
						...(topics.bytes ? [{ path: listFiles.topics, bytes: topics.bytes }] : []),
					]),
				)
			: null;
	const claims = new ClaimChecker(sourceCheck.sources, topicIds);
	// Threads for the files an earlier run did not find sound (a guess until they are read), started
	// now so that they load the checks while this thread reads the files. --base checks here.
	const threads =
		base === undefined ? CheckThreads.start(claimPaths.size - (sound?.size ?? 0)) : null;

	// 1. Read every claim file; those an earlier run found sound (and unchanged since) need nothing more.
	const files: {
		file: string;
		bytes: Uint8Array;
		key: string;
		known: ClaimIdentity | undefined;
	}[] = [];
	let unknown: typeof files;
	let threaded: Map<string, OwnCheck> | null;
	try {
		for (const path of [...claimPaths].sort()) {
			const file = display(root, path);
			if (extname(path) !== '.md') {
				report([
					{
						file,
						line: 1,
						column: 1,
						field: '',
						message: `claim files must be Markdown (.md); "${extname(path) || 'no extension'}" files are not read`,
						hint: 'claim files are data, not code: MDX and other formats are not accepted',
					},
				]);
				continue;
			}
			const bytes = readBytes(file, path);
			if (!bytes) continue;
			const key = sound ? fileKey(file, bytes) : '';
			files.push({ file, bytes, key, known: sound?.get(key) });
		}

		// 2. Check each of the others on its own: across threads when there are many, else here.
		// With --base each file is compared with its earlier version while it is at hand.
		unknown = files.filter(({ known }) => known === undefined);
		threaded = threads?.check(unknown, sourceFiles, topicIds) ?? null;
	} finally {
		// Threads not needed after all, or left by an error, stop here.
		threads?.close();
	}
	const own = threaded ?? new Map<string, OwnCheck>();
	const current: ContentFile[] = [];
	for (const { file, bytes } of unknown) {
		if (own.has(file)) continue;
		const { content, ...check } = checkOwn(file, bytes, claims);
		own.set(file, check);
		if (base !== undefined && content) current.push(content);
	}
	const fromBase = new Map<string, Diagnostic[]>();
	if (base !== undefined) {
		for (const problem of checkRecord(root, base, current, sourceFiles, recordFiles)) {
			fromBase.set(problem.file, [...(fromBase.get(problem.file) ?? []), problem]);
		}
	}

	// 3. In file order, find ids and claims repeated from an earlier file; check such a file again in sequence, to say where.
	// A file named after its id holds that id: files whose id is not their name come after all of those.
	const checks = files.map((entry) => ({
		...entry,
		check: (entry.known
			? { problems: [], identity: entry.known }
			: own.get(entry.file)) as OwnCheck,
	}));
	const ownsItsName = ({ file, check }: (typeof checks)[number]) =>
		check.identity?.id === fileStem(file);
	const identities: ClaimIdentity[] = [];
	for (const { file, bytes, key, check } of [
		...checks.filter(ownsItsName),
		...checks.filter((entry) => !ownsItsName(entry)),
	]) {
		if (check.identity) identities.push(check.identity);
		if (check.identity === null || claims.noteIdentity(file, check.identity)) {
			report(check.problems);
			if (check.identity && check.problems.length === 0) sound?.keep(key, check.identity);
		} else {
			const content = readContentFile(file, bytes);
			if (content.ok && reportOn(file)) report(claims.check(content.content));
			else if (content.ok) claims.note(content.content);
		}
		report(fromBase.get(file) ?? []);
		fromBase.delete(file);
	}
	// Withdrawn and renamed checks' records, against the claims that stand.
	const claimIds = new Set(identities.flatMap(({ id }) => (id === undefined ? [] : [id])));
	if (!options.claimFiles) report(checkRecords(root, recordFiles, claimIds).problems);
	// What the base had and is gone now: deleted claims and sources, and changed archived texts.
	for (const list of fromBase.values()) report(list);
	if (!options.claimFiles) sound?.save();

	// Translations (check-translations.ts): every one, or those asked about and those of the claims asked about.
	const languages = options.languages ?? site.languages.slice(1);
	const translations = findTranslations(root, languages);
	const wanted = (t: TranslationFile) =>
		requested.size === 0 ||
		requested.has(resolve(root, t.file)) ||
		requested.has(resolve(claimsDir, `${t.id}.md`));
	const checkedTranslations = translations.files.filter(wanted);
	for (const { file } of checkedTranslations) alsoReported.add(file);
	report(translations.problems);
	const tags = languages.map(({ lang }) => lang);
	for (const path of requested) {
		const folder = inClaimFolder(path) ? path.slice(claimsDir.length + 1).split(sep)[0] : undefined;
		if (folder !== undefined && !tags.includes(folder))
			report([notALanguage(folder, tags, display(root, path))]);
	}
	if (checkedTranslations.length > 0) {
		const originals = new Map(files.map(({ file, bytes }) => [file, bytes]));
		const ids = [...claimPaths]
			.filter((path) => path.startsWith(claimsDir + sep) && extname(path) === '.md')
			.map((path) => basename(path, '.md'));
		const findFileId = fileIdFinder(sourceCheck.sources.map(({ data }) => data));
		const originalOf = (id: string) => {
			const file = claimFile(id);
			const bytes = originals.get(file);
			return bytes ? { file, bytes } : undefined;
		};
		for (const translation of checkedTranslations) {
			const path = resolve(root, translation.file);
			const bytes = readBytes(translation.file, path);
			if (bytes) report(checkTranslation(translation, bytes, originalOf, ids, findFileId));
		}
	}

	// 4. With every file at hand: what the edition's settings ask of it as a whole, and its editorial pages.
	if (requested.size === 0) {
		const sourceIds = sourceFiles.map(({ path }) => ({ id: basename(path, '.md'), file: path }));
		problems.push(
			...checkMinimums(root, options.checks ?? site.checks, sourceIds, identities),
			...checkEditorialPages(root, contentDirs.pages, site.demo),
			...checkPageAddresses(root, contentDirs.pages, site.paths),
			...checkTranslatedPages(root, contentDirs.pages, languages, site.demo),
			...checkPlaceholders(root, site, [
				...Object.values(contentDirs),
				...tags.flatMap((lang) => [
					`${contentDirs.claims}/${lang}`,
					`${contentDirs.pages}/${lang}`,
				]),
			]),
		);
	}

	const asked = checkedTranslations.filter(({ file }) => !requested.has(resolve(root, file)));
	const checked =
		requested.size > 0
			? requested.size + asked.length
			: sourcePaths.length + claimPaths.size + recordPaths.length + checkedTranslations.length;
	return { problems: sortDiagnostics(problems), checked };
}

/** The claim and source files at `base`, read; files that cannot be read there are left out. */
function filesAt(root: string, base: string, dir: string): ContentFile[] {
	return listAtCommit(root, base, dir)
		.filter((file) => extname(file) === '.md')
		.flatMap((file) => {
			const bytes = readAtCommit(root, base, file);
			const read = bytes ? readContentFile(file, bytes) : null;
			return read?.ok ? [read.content] : [];
		});
}

const idOf = (content: ContentFile): string | undefined => {
	const id = (content.data as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : undefined;
};

/**
 * `--base`: the record against the base, claim by claim id (so a renamed file is still the
 * same claim), and source by source.
 */
function checkRecord(
	root: string,
	base: string,
	claims: readonly ContentFile[],
	sourceFiles: readonly { path: string; bytes: Uint8Array }[],
	recordFiles: readonly { file: string; bytes: Uint8Array }[],
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const byId = new Map(claims.flatMap((c) => (idOf(c) ? [[idOf(c) as string, c] as const] : [])));
	const records = new Map(
		recordFiles.flatMap(({ file, bytes }) => {
			const read = readContentFile(file, bytes);
			return read.ok && idOf(read.content)
				? [[idOf(read.content) as string, read.content] as const]
				: [];
		}),
	);
	const claimsAtBase = filesAt(root, base, contentDirs.claims);
	const idsAtBase = new Set(claimsAtBase.map(idOf));
	for (const earlier of claimsAtBase) {
		const id = idOf(earlier);
		if (id === undefined) continue;
		const now = byId.get(id);
		const record = records.get(id);
		problems.push(
			...(now
				? checkAgainstBase(now, earlier, base)
				: record
					? checkRecordAgainstBase(record, earlier, base)
					: [missingClaim(earlier.file, id, base)]),
		);
		// A renamed check goes on under its new id: compared with what the base had, as if it had kept its id.
		const renamedTo = now ? undefined : (record?.data as { renamedTo?: unknown } | null)?.renamedTo;
		const moved =
			typeof renamedTo === 'string' && !idsAtBase.has(renamedTo) ? byId.get(renamedTo) : undefined;
		if (moved) problems.push(...checkAgainstBase(moved, earlier, base));
	}
	// A record, once on the base branch, stays as it is.
	for (const earlier of filesAt(root, base, contentDirs.records)) {
		const id = idOf(earlier);
		if (id !== undefined) problems.push(...checkRecordKept(records.get(id) ?? null, earlier, base));
	}
	const sources = new Map(
		sourceFiles.flatMap(({ path, bytes }) => {
			const read = readContentFile(path, bytes);
			return read.ok && idOf(read.content)
				? [[idOf(read.content) as string, read.content] as const]
				: [];
		}),
	);
	for (const earlier of filesAt(root, base, contentDirs.sources)) {
		const id = idOf(earlier);
		if (id !== undefined)
			problems.push(...checkArchivedSource(sources.get(id) ?? null, earlier, base));
	}
	return problems;
}
