/**
 * npm run validate [-- [--format text|github] [files...]]
 * Checks claim and source files; exit 0 when clean, 1 when any file is invalid, 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import { formatGithub, formatText } from '../src/validator/diagnostics.ts';
import { validateProject } from '../src/validator/validate-project.ts';

const usage = 'usage: npm run validate -- [--format text|github] [file ...]';

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'github') {
		console.error(`unknown --format "${values.format}"\n${usage}`);
		return 2;
	}
	const { problems, checked } = validateProject(process.cwd(), positionals);
	const format = values.format === 'github' ? formatGithub : formatText;
	for (const problem of problems) console.log(format(problem));
	const files = new Set(problems.map((p) => p.file)).size;
	console.error(problems.length === 0 ? `${checked} file(s) checked, no problems` : `${checked} file(s) checked: ${problems.length} problem(s) in ${files} file(s)`);
	return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
