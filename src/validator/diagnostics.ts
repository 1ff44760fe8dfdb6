/** A problem found in a content file, pointing at the line and column that cause it. */
export interface Diagnostic {
	/** Path of the file, relative to the project root, with forward slashes. */
	readonly file: string;
	/** 1-based line. */
	readonly line: number;
	/** 1-based column. */
	readonly column: number;
	/** The field at fault, as a path such as `sources[2].quote`; empty for whole-file problems. */
	readonly field: string;
	/** What is wrong, in plain words. */
	readonly message: string;
	/** How to fix it, where a hint helps. */
	readonly hint?: string;
	/**
	 * A warning says what readers will see that the desk may want to change (a translation behind
	 * its original), and stops nothing: `npm run validate` exits 0 and the build goes on. Left
	 * out, the problem is an error.
	 */
	readonly severity?: 'warning';
}

/** Whether a diagnostic is a warning, which stops nothing, rather than an error. */
export const isWarning = (d: Diagnostic): boolean => d.severity === 'warning';

/** The diagnostics that stop `npm run validate` (exit 1) and the build: all but warnings. */
export const errorsOf = (list: readonly Diagnostic[]): Diagnostic[] =>
	list.filter((d) => !isWarning(d));

/** The longest value a message repeats in full; longer ones are cut, with their length. */
const shownLength = 200;

/** A contributor's value, in quotes, cut with an ellipsis and its length when it is long. */
export function quoted(value: unknown): string {
	const text = String(value);
	const chars = [...text];
	return chars.length <= shownLength
		? `"${text}"`
		: `"${chars.slice(0, shownLength - 40).join('')}…" (${chars.length} characters)`;
}

/** Sort diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
	return [...list].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
	);
}

/** `path:line:column: field: message`, then an indented hint: the shape editors and CI logs understand. */
export function formatText(d: Diagnostic): string {
	const where = `${d.file}:${d.line}:${d.column}`;
	const what = `${isWarning(d) ? 'warning: ' : ''}${d.field ? `${d.field}: ${d.message}` : d.message}`;
	return d.hint ? `${where}: ${what}\n    hint: ${d.hint}` : `${where}: ${what}`;
}

/**
 * The line that closes a report: how many files were checked and how many problems were found in
 * how many, then any warnings (which are not problems: they stop nothing).
 */
export function summarize(problems: readonly Diagnostic[], checked: number): string {
	const errors = errorsOf(problems);
	const warnings = problems.filter(isWarning);
	const files = new Set(errors.map((p) => p.file)).size;
	const head =
		errors.length === 0
			? `${checked} file(s) checked, no problems`
			: `${checked} file(s) checked: ${errors.length} problem(s) in ${files} file(s)`;
	const warned = new Set(warnings.map((p) => p.file)).size;
	return warnings.length === 0
		? head
		: `${head}; ${warnings.length} warning(s) in ${warned} file(s)`;
}

const escapeData = (s: string) =>
	s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the file and line in a pull request. */
export function formatGithub(d: Diagnostic): string {
	const what = d.field ? `${d.field}: ${d.message}` : d.message;
	const body = d.hint ? `${what}\nhint: ${d.hint}` : what;
	return `::${isWarning(d) ? 'warning' : 'error'} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty('Crosscheck validate')}::${escapeData(body)}`;
}

/** A check that failed on unexpected input: reported on the file, never thrown, so one odd file cannot hide the rest. */
export function internalError(file: string, error: unknown): Diagnostic {
	const reason = error instanceof Error ? error.message : String(error);
	return {
		file,
		line: 1,
		column: 1,
		field: '',
		message: `the validator could not check this file (${reason.split('\n')[0]})`,
		hint: 'this is a bug in the validator: please open an issue and attach the file',
	};
}
