/**
 * `--base <ref>`: a verdict never changes silently. Run against a scratch git repository
 * holding a copy of the project's content.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { resolveCommit } from '../../src/validator/git-history.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';

const project = process.cwd();
const repo = mkdtempSync(join(tmpdir(), 'crosscheck-history-'));
const claim = 'content/claims/maduro-captured-january-3.md';
const original = readFileSync(join(contentRoot, claim), 'utf8');
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
		cwd: repo,
		stdio: 'pipe',
	});

before(() => {
	cpSync(join(contentRoot, 'content'), join(repo, 'content'), { recursive: true });
	git('init', '--quiet');
	git('add', '.');
	git('commit', '--quiet', '-m', 'published');
});
after(() => rmSync(repo, { recursive: true, force: true }));

/** The claim with its text edited, and `entries` appended to its update log. */
function edit(change: (text: string) => string, ...entries: string[]): void {
	const log = entries.map((entry) => `\n  - date: ${entry}`).join('');
	writeFileSync(
		join(repo, claim),
		change(original).replace('    note: "First published."', `    note: "First published."${log}`),
	);
}
const check = () =>
	validateProject(repo, [], { base: 'HEAD' }).problems.map(
		(p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`,
	);

test('unchanged files pass', () => {
	writeFileSync(join(repo, claim), original);
	assert.deepEqual(check(), []);
});

test('a changed verdict without a new update entry fails, at the verdict line', () => {
	edit((text) => text.replace('verdict: "true"', 'verdict: mostly-true'));
	assert.deepEqual(check(), [
		`${claim}:12: verdict: changed from "true" to "mostly-true" since HEAD, but updates has no new entry explaining it`,
	]);
});

test('a changed summary without a new update entry fails', () => {
	edit((text) =>
		text.replace('summary: "U.S. forces captured', 'summary: "American forces captured'),
	);
	assert.deepEqual(check(), [
		`${claim}:13: summary: changed since HEAD, but updates has no new entry explaining it`,
	]);
});

test('a new update entry, on or after the last one, explains the change', () => {
	edit(
		(text) => text.replace('verdict: "true"', 'verdict: mostly-true'),
		'2026-11-23\n    note: "Rated mostly true: the capture date needed a qualification."',
	);
	assert.deepEqual(check(), []);
});

test('a new entry may name the earlier verdict, which must be the one the base had', () => {
	// Appended at the end of the log, as a contributor adds it.
	const withEntry = (earlier: string) =>
		original
			.replace('verdict: "true"', 'verdict: mostly-true')
			.replace(
				/(\nupdates:\n[\s\S]*?)\n---\n/,
				`$1\n  - date: 2026-12-01\n    note: "Rated mostly true: the capture date needed a qualification."\n    verdict: ${earlier}\n---\n`,
			)
			.replace(/^updated: .*$/m, 'updated: 2026-12-01');
	writeFileSync(join(repo, claim), withEntry('"true"'));
	assert.deepEqual(check(), []);
	writeFileSync(join(repo, claim), withEntry('mixed'));
	const problems = validateProject(repo, [], { base: 'HEAD' }).problems;
	assert.deepEqual(
		problems.map((p) => [p.field, p.message, p.hint]),
		[
			[
				'updates[2].verdict',
				'records the earlier verdict as "mixed", but at HEAD it was "true"',
				'write verdict: true',
			],
		],
	);
});

test('rewording an old entry is not a new one', () => {
	edit((text) =>
		text
			.replace('verdict: "true"', 'verdict: mostly-true')
			.replace('note: "First published."', 'note: "First published; rated mostly true."'),
	);
	assert.equal(check().length, 1);
});

test('a file that is new since the base passes', () => {
	writeFileSync(join(repo, claim), original);
	const fresh = 'content/claims/a-new-claim-file.md';
	writeFileSync(
		join(repo, fresh),
		original
			.replace('id: maduro-captured-january-3', 'id: a-new-claim-file')
			.replace(/^claim: .*$/m, 'claim: "A claim that is new since the base version."'),
	);
	try {
		assert.deepEqual(check(), []);
	} finally {
		rmSync(join(repo, fresh));
	}
});

test('refs resolve to commits; names that are not refs, or look like options, do not', () => {
	assert.match(resolveCommit(repo, 'HEAD') ?? '', /^[0-9a-f]{40}$/);
	assert.equal(resolveCommit(repo, 'no-such-branch'), null);
	assert.equal(resolveCommit(repo, '--output=/tmp/x'), null);
});

test('the command line takes --base and exits 1 on a silent change', () => {
	edit((text) => text.replace('verdict: "true"', 'verdict: mixed'));
	const run = spawnSync(
		process.execPath,
		[...fixtureNodeOptions, join(project, 'scripts/validate.ts'), '--base', 'HEAD'],
		{ cwd: repo, encoding: 'utf8' },
	);
	assert.equal(run.status, 1);
	assert.match(
		run.stdout,
		/^content\/claims\/maduro-captured-january-3\.md:12:1: verdict: changed from "true" to "mixed" since HEAD/,
	);
});
