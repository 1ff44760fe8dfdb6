/**
 * CI judges a pull request with the base branch's validator (scripts/ci/validate-with-base.sh)
 * and names the files it changes outside claim and source Markdown
 * (scripts/ci/paths-outside-content.sh). Both run here on real git repositories.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { copyProject, removeCopies } from '../project-copy.ts';
import { contentRoot } from '../test-edition.ts';

const project = process.cwd();
const repo = mkdtempSync(join(tmpdir(), 'crosscheck-pr-'));
const claim = 'content/claims/maduro-captured-january-3.md';
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
		cwd: repo,
		stdio: 'pipe',
	}).toString();
const script = (name: string) => join(project, 'scripts/ci', name);
/** A line that opens three lists and quotes: within this branch's limit, over a stricter base's. */
const nested = '\n> - 1. Nested three deep.\n';

before(() => {
	cpSync(join(contentRoot, 'content'), join(repo, 'content'), { recursive: true });
	git('init', '--quiet', '--initial-branch=main');
	git('add', '.');
	git('commit', '--quiet', '-m', 'base');
	git('checkout', '--quiet', '-b', 'pr');
});
after(() => {
	rmSync(repo, { recursive: true, force: true });
	removeCopies();
});

test("the base branch's validator judges the pull request, even where the pull request's own would pass", () => {
	writeFileSync(join(repo, claim), readFileSync(join(repo, claim), 'utf8') + nested);
	git('commit', '--quiet', '-am', 'nest a list');
	// The pull request's own validator (this branch) accepts the file.
	const own = spawnSync(
		process.execPath,
		[join(project, 'scripts/validate.ts'), '--base', 'main'],
		{
			cwd: repo,
			encoding: 'utf8',
			env: { ...process.env, NODE_OPTIONS: `--import=${join(project, 'tests/edition-hooks.ts')}` },
		},
	);
	assert.equal(own.status, 0, own.stdout + own.stderr);
	// A base whose rules are stricter: its validator refuses the same content.
	const base = copyProject();
	const limits = join(base, 'src/validator/check-markdown.ts');
	writeFileSync(
		limits,
		readFileSync(limits, 'utf8').replace(/containerDepth: \d+/, 'containerDepth: 2'),
	);
	const judged = spawnSync(script('validate-with-base.sh'), [base, 'main'], {
		cwd: repo,
		encoding: 'utf8',
	});
	assert.equal(judged.status, 1, judged.stdout + judged.stderr);
	assert.match(
		judged.stdout,
		new RegExp(
			`^${claim}:\\d+:1: body: a line opens 3 lists or quotes inside each other; the limit is 2`,
			'm',
		),
	);
});

test('a base checkout without a validator is a usage error, not a pass', () => {
	const empty = join(repo, '..', `${repo.split('/').at(-1)}-empty`);
	mkdirSync(empty, { recursive: true });
	try {
		const run = spawnSync(script('validate-with-base.sh'), [empty, 'main'], {
			cwd: repo,
			encoding: 'utf8',
		});
		assert.equal(run.status, 2);
		assert.match(run.stderr, /not found/);
	} finally {
		rmSync(empty, { recursive: true, force: true });
	}
});

test('files changed outside claim, translation and source Markdown are named; content alone passes', () => {
	// A translation of a check, in its language's folder, is a contributor's content too.
	mkdirSync(join(repo, 'content/claims/es-MX'), { recursive: true });
	writeFileSync(join(repo, 'content/claims/es-MX/maduro-captured-january-3.md'), 'x\n');
	git('add', '.');
	git('commit', '--quiet', '-m', 'translate a check');
	const contentOnly = spawnSync(script('paths-outside-content.sh'), ['main'], {
		cwd: repo,
		encoding: 'utf8',
	});
	assert.equal(contentOnly.status, 0, contentOnly.stdout);
	mkdirSync(join(repo, 'src/validator'), { recursive: true });
	writeFileSync(join(repo, 'src/validator/check-markdown.ts'), '// loosened\n');
	writeFileSync(join(repo, 'content/pages-about.mdx'), 'x\n');
	mkdirSync(join(repo, 'content/claims/nested'), { recursive: true });
	writeFileSync(join(repo, 'content/claims/nested/x.md'), 'x\n');
	// Deeper than a language's folder, or an editorial page in another language (MDX runs as code).
	mkdirSync(join(repo, 'content/claims/es-MX/deeper'), { recursive: true });
	writeFileSync(join(repo, 'content/claims/es-MX/deeper/x.md'), 'x\n');
	writeFileSync(join(repo, 'content/claims/es-MX/notes.txt'), 'x\n');
	mkdirSync(join(repo, 'content/pages/es-MX'), { recursive: true });
	writeFileSync(join(repo, 'content/pages/es-MX/about.mdx'), 'x\n');
	git('add', '.');
	git('commit', '--quiet', '-m', 'touch code');
	const run = spawnSync(script('paths-outside-content.sh'), ['main'], {
		cwd: repo,
		encoding: 'utf8',
	});
	assert.equal(run.status, 1);
	const named = run.stdout
		.split('\n')
		.filter((line) => line.startsWith('  '))
		.map((line) => line.trim());
	assert.deepEqual(named.sort(), [
		'content/claims/es-MX/deeper/x.md',
		'content/claims/es-MX/notes.txt',
		'content/claims/nested/x.md',
		'content/pages-about.mdx',
		'content/pages/es-MX/about.mdx',
		'src/validator/check-markdown.ts',
	]);
});
