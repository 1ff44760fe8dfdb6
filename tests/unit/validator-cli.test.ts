/** `npm run validate` as contributors and CI run it: output formats and exit statuses. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';

const script = join(process.cwd(), 'scripts/validate.ts');
/** The fixtures, as a contributor in the fixture edition's folder names them. */
const fixtures = '../../fixtures';

/** `npm run validate` in the fixture edition's folder, with its settings. */
function validate(...args: string[]) {
	const run = spawnSync(process.execPath, [...fixtureNodeOptions, script, ...args], {
		cwd: contentRoot,
		encoding: 'utf8',
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('all content: exit 0 and a one-line summary', () => {
	const run = validate();
	assert.equal(run.status, 0, run.stdout);
	assert.equal(run.stdout, '');
	assert.match(run.stderr, /^\d+ file\(s\) checked, no problems\n$/);
});

test('an invalid file: exit 1, path:line:column: field: message, then the hint', () => {
	const run = validate(
		`${fixtures}/invalid/unknown-verdict.md`,
		`${fixtures}/valid/unicode-text.md`,
	);
	assert.equal(run.status, 1);
	assert.equal(
		run.stdout,
		`${fixtures}/invalid/unknown-verdict.md:12:1: verdict: "mostly-tru" must be one of: true, mostly-true, mixed, mostly-false, false, unproven\n` +
			'    hint: did you mean "mostly-true"?\n',
	);
	assert.equal(run.stderr, '2 file(s) checked: 1 problem(s) in 1 file(s)\n');
});

test('--format github prints workflow annotations', () => {
	const run = validate('--format', 'github', `${fixtures}/invalid/misquote.md`);
	assert.equal(run.status, 1);
	const [line, ...rest] = run.stdout.trimEnd().split('\n');
	assert.deepEqual(rest, []);
	// The article whose quote the fixture misquotes: its second source entry.
	const misquoted = [
		...readFileSync(join(contentRoot, fixtures, 'invalid/misquote.md'), 'utf8').matchAll(
			/^ {2}- source: (\S+)$/gm,
		),
	][1]?.[1];
	assert.ok(
		line?.startsWith(
			`::error file=${fixtures}/invalid/misquote.md,line=20,col=5,title=Crosscheck validate::sources[1].quote: the quote is not in the archived text of "${misquoted}"%0Ahint: the closest passage there reads: `,
		),
		line,
	);
});

test('usage errors exit 2 and print the usage', () => {
	for (const args of [
		['--format', 'xml'],
		['--no-such-flag'],
		[`${fixtures}/no-such-file.md`],
		['content/claims'],
		['--base', 'no-such-ref-anywhere'],
	]) {
		const run = validate(...args);
		assert.equal(run.status, 2, args.join(' '));
		assert.equal(run.stdout, '');
		assert.match(run.stderr, /usage: npm run validate --/, args.join(' '));
	}
});
