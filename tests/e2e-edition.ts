/**
 * node tests/e2e-edition.ts <fixture edition> [playwright arguments]: the full browser suite on
 * a fixture edition (tests/editions/<name>/) instead of the project's own, as a newsroom's site
 * would run it: the edition is put in a project copy with the engine and its tests, built, and
 * served under its own base path. CI runs it on tests/editions/es-one (Spanish, a base path,
 * several sources), so the browser tests cannot come to assume this edition's language, path
 * or size. A deployment address set in the shell (CROSSCHECK_SITE_URL) is not passed on: the
 * fixture is built for the address its settings give.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, fixtureEnvironment, removeCopies } from './project-copy.ts';

const [edition, ...playwrightArgs] = process.argv.slice(2);
if (!edition) {
	console.error('usage: node tests/e2e-edition.ts <fixture edition> [playwright arguments]');
	process.exit(2);
}

const dir = copyProject(edition);
let status = 1;
try {
	for (const entry of ['tests', 'playwright.config.ts'])
		cpSync(join(process.cwd(), entry), join(dir, entry), { recursive: true });
	console.log(`Building the fixture edition ${edition} in ${dir} ...`);
	const built = build(dir);
	if (built.status !== 0) {
		console.error(`The fixture edition ${edition} did not build:\n${built.output}`);
	} else {
		const run = spawnSync(
			process.execPath,
			[join(dir, 'node_modules/@playwright/test/cli.js'), 'test', ...playwrightArgs],
			{ cwd: dir, env: fixtureEnvironment(), stdio: 'inherit' },
		);
		status = run.status ?? 1;
	}
} finally {
	removeCopies();
}
process.exit(status);
