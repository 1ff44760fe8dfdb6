/**
 * npm run validate [-- [--format text|github] [--base <git-ref>] [files...]]
 * Checks claim and source files; exit 0 when clean (warnings are printed but stop nothing), 1 when
 * any file is invalid, 2 on usage errors.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { projectCacheDir } from '../src/lib/cache-dir.ts';
import { errorsOf, formatGithub, formatText, summarize } from '../src/validator/diagnostics.ts';
import { resolveCommit } from '../src/validator/git-history.ts';
import { validateProject } from '../src/validator/validate-project.ts';

const usage = `usage: npm run validate -- [--format text|github] [--base <git-ref>] [file ...]
  --format github   print GitHub Actions annotations instead of file:line:column messages
  --base <git-ref>  fail when a claim's verdict or summary changed since <git-ref> without a new updates entry`;

function usageError(message: string): number {
	console.error(`${message}\n${usage}`);
	return 2;
}

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'text' },
				base: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		return usageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'github')
		return usageError(`unknown --format "${values.format}"`);
	const root = process.cwd();
	if (values.base !== undefined && !resolveCommit(root, values.base))
		return usageError(`--base: "${values.base}" is not a commit in this git repository`);
	for (const path of positionals) {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) return usageError(`no such file: ${path}`);
		if (!stat.isFile())
			return usageError(`not a file: ${path} (run without file names to check all content)`);
	}

	const { problems, checked } = validateProject(
		root,
		positionals,
		values.base === undefined ? { cacheDir: projectCacheDir(root) } : { base: values.base },
	);
	const format = values.format === 'github' ? formatGithub : formatText;
	for (const problem of problems) console.log(format(problem));
	console.error(summarize(problems, checked));
	return errorsOf(problems).length === 0 ? 0 : 1;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(
		`validate stopped on an unexpected error: ${(error as Error).message ?? String(error)}`,
	);
	process.exitCode = 2;
}
