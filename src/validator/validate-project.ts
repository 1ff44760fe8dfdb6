/**
 * Validate a project's content: every source file and claim file, or a chosen few claim
 * files checked against all the rest. The build, the test suite and `npm run validate`
 * all call this one function.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { checkClaims, checkSources } from './check-content.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readContentFile, type ContentFile } from './read-content-file.ts';

/** Where content lives, relative to the project root. */
export const contentDirs = { claims: 'content/claims', sources: 'content/sources' } as const;

export interface ValidationResult {
	/** Problems in the files asked about, sorted by file and line. */
	readonly problems: Diagnostic[];
	/** How many files were checked. */
	readonly checked: number;
}

const display = (root: string, path: string) => relative(root, path).split(sep).join('/');

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
export function validateProject(root: string, only: readonly string[] = []): ValidationResult {
	const problems: Diagnostic[] = [];
	const sourcesDir = resolve(root, contentDirs.sources);
	const claimsDir = resolve(root, contentDirs.claims);
	const requested = new Set(only.map((path) => resolve(root, path)));
	const reportOn = (path: string) => requested.size === 0 || requested.has(path);

	const read = (path: string): ContentFile | null => {
		const result = readContentFile(display(root, path), readFileSync(path));
		if (result.ok) return result.content;
		if (reportOn(path)) problems.push(...result.problems);
		return null;
	};

	const sourcePaths = listDir(sourcesDir).filter((path) => extname(path) === '.md');
	const sourceFiles = sourcePaths.map(read).filter((f): f is ContentFile => f !== null);
	const sourceCheck = checkSources(sourceFiles);
	problems.push(...sourceCheck.problems.filter((d) => reportOn(resolve(root, d.file))));
	if (sourceCheck.sources.length === 0) {
		problems.push({ file: contentDirs.sources, line: 1, column: 1, field: '', message: 'no valid source articles found', hint: 'each claim is checked against the archived articles in content/sources/' });
	}

	const claimPaths = new Set(listDir(claimsDir));
	for (const path of requested) if (!path.startsWith(sourcesDir + sep)) claimPaths.add(path);
	const claimFiles: ContentFile[] = [];
	for (const path of [...claimPaths].sort()) {
		if (extname(path) !== '.md') {
			if (reportOn(path)) {
				problems.push({ file: display(root, path), line: 1, column: 1, field: '', message: `claim files must be Markdown (.md); "${extname(path) || 'no extension'}" files are not read`, hint: 'claim files are data, not code: MDX and other formats are not accepted' });
			}
			continue;
		}
		const file = read(path);
		if (file) claimFiles.push(file);
	}
	problems.push(...checkClaims(claimFiles, sourceCheck.sources).filter((d) => reportOn(resolve(root, d.file))));

	const checked = requested.size > 0 ? requested.size : sourcePaths.length + claimPaths.size;
	return { problems: sortDiagnostics(problems), checked };
}
