/**
 * Validate a project's content: every source file and claim file, or a chosen few claim
 * files checked against all the rest. The build, the test suite and `npm run validate`
 * all call this one function. It never throws: a failure inside a check comes back as a
 * diagnostic on the file being checked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { checkClaims } from './check-claims.ts';
import { checkAgainstBase } from './check-history.ts';
import { checkMarkdownBody } from './check-markdown.ts';
import { checkSources } from './check-sources.ts';
import { internalError, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readAtCommit } from './git-history.ts';
import { readContentFile, type ContentFile } from './read-content-file.ts';

/** Where content lives, relative to the project root. */
export const contentDirs = { claims: 'content/claims', sources: 'content/sources' } as const;

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
}

const display = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** The files in a folder, not its subfolders or dotfiles: what Astro's `*.md` glob also sees. */
function listDir(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter((name) => !name.startsWith('.'))
			.map((name) => join(dir, name))
			.filter((path) => statSync(path).isFile())
			.sort();
	} catch {
		return [];
	}
}

/**
 * @param root project root
 * @param only absolute or root-relative paths to report on; all content when empty. A file
 *   outside content/sources is checked as a claim file, so drafts and fixtures can be checked
 *   wherever they are.
 */
export function validateProject(root: string, only: readonly string[] = [], options: ValidationOptions = {}): ValidationResult {
	try {
		return validate(root, only, options);
	} catch (error) {
		return { problems: [internalError(contentDirs.claims, error)], checked: 0 };
	}
}

function validate(root: string, only: readonly string[], options: ValidationOptions): ValidationResult {
	const problems: Diagnostic[] = [];
	const sourcesDir = resolve(root, contentDirs.sources);
	const claimsDir = resolve(root, contentDirs.claims);
	const requested = new Set(only.map((path) => resolve(root, path)));
	const reportOn = (file: string) => requested.size === 0 || requested.has(resolve(root, file));
	const report = (list: readonly Diagnostic[]) => problems.push(...list.filter((d) => reportOn(d.file)));

	const read = (path: string, checkBody: boolean): ContentFile | null => {
		const file = display(root, path);
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			report([{ file, line: 1, column: 1, field: '', message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
			return null;
		}
		const result = readContentFile(file, bytes);
		if (result.ok) return result.content;
		report(result.problems);
		// A claim whose frontmatter is broken still has its body checked, so one run shows everything.
		if (result.body && checkBody) report(checkMarkdownBody(file, result.body));
		return null;
	};

	const sourcePaths = listDir(sourcesDir).filter((path) => extname(path) === '.md');
	const sourceCheck = checkSources(sourcePaths.map((path) => read(path, false)).filter((f): f is ContentFile => f !== null));
	report(sourceCheck.problems);
	if (sourceCheck.sources.length === 0) {
		problems.push({ file: contentDirs.sources, line: 1, column: 1, field: '', message: 'no valid source articles found', hint: 'each claim is checked against the archived articles in content/sources/' });
	}

	const claimPaths = new Set(listDir(claimsDir));
	for (const path of requested) if (!path.startsWith(sourcesDir + sep)) claimPaths.add(path);
	const claimFiles: ContentFile[] = [];
	for (const path of [...claimPaths].sort()) {
		if (extname(path) !== '.md') {
			report([{ file: display(root, path), line: 1, column: 1, field: '', message: `claim files must be Markdown (.md); "${extname(path) || 'no extension'}" files are not read`, hint: 'claim files are data, not code: MDX and other formats are not accepted' }]);
			continue;
		}
		const file = read(path, true);
		if (file) claimFiles.push(file);
	}
	report(checkClaims(claimFiles, sourceCheck.sources, reportOn));

	const { base } = options;
	if (base !== undefined) {
		for (const content of claimFiles.filter((c) => reportOn(c.file))) {
			const bytes = readAtCommit(root, base, content.file);
			const earlier = bytes ? readContentFile(content.file, bytes) : null;
			report(checkAgainstBase(content, earlier?.ok ? earlier.content : null, base));
		}
	}

	const checked = requested.size > 0 ? requested.size : sourcePaths.length + claimPaths.size;
	return { problems: sortDiagnostics(problems), checked };
}
