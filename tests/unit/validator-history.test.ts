/**
 * `--base <ref>`: a verdict never changes silently. Run against a scratch git repository
 * holding a copy of the project's content.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listAtCommit, resolveCommit } from '../../src/validator/git-history.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';
import { scratchRepository } from '../scratch-repo.ts';

const project = process.cwd();
const { repo, git } = scratchRepository('history');
const claim = 'content/claims/maduro-captured-january-3.md';
const original = readFileSync(join(contentRoot, claim), 'utf8');

/** The claim with its text edited, and `entries` (YAML list items, each "date\n    note: …") appended at the end of its update log. */
function edit(change: (text: string) => string, ...entries: string[]): void {
	const log = entries.map((entry) => `  - date: ${entry}\n`).join('');
	writeFileSync(join(repo, claim), change(original).replace(/\n---\n/, `\n${log}---\n`));
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
		'2026-12-01\n    note: "Rated mostly true: the capture date needed a qualification."\n    verdict: "true"',
	);
	assert.deepEqual(check(), []);
});

test('a verdict change needs an entry that names the earlier verdict', () => {
	edit(
		(text) => text.replace('verdict: "true"', 'verdict: mostly-true'),
		'2026-12-01\n    note: "Rated mostly true: the capture date needed a qualification."',
	);
	assert.deepEqual(check(), [
		`${claim}:12: verdict: changed from "true" to "mostly-true" since HEAD, but no new entry in updates names the earlier verdict`,
	]);
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
	assert.deepEqual(check(), [
		`${claim}:12: verdict: changed from "true" to "mostly-true" since HEAD, but updates has no new entry explaining it`,
		`${claim}:49: updates[0]: this entry is not as it was at HEAD; past entries cannot be edited`,
	]);
});

test('a published claim given a new id (and file name) while its verdict changes is refused as gone', () => {
	writeFileSync(join(repo, claim), original);
	const renamed = 'content/claims/maduro-captured-in-january.md';
	git('mv', claim, renamed);
	writeFileSync(
		join(repo, renamed),
		original
			.replace('id: maduro-captured-january-3', 'id: maduro-captured-in-january')
			.replace('verdict: "true"', 'verdict: mixed'),
	);
	try {
		assert.deepEqual(check(), [
			`${claim}:1: id: the claim "maduro-captured-january-3", published at HEAD, is gone: a published claim cannot be deleted or given a new id`,
		]);
	} finally {
		git('reset', '--quiet', '--hard');
		rmSync(join(repo, renamed), { force: true });
	}
});

test('a renamed file keeps its claim: compared by id, its silent verdict change is caught', () => {
	const renamed = 'content/claims/maduro-renamed-file.md';
	git('mv', claim, renamed);
	writeFileSync(join(repo, renamed), original.replace('verdict: "true"', 'verdict: mixed'));
	try {
		const problems = validateProject(repo, [], { base: 'HEAD' }).problems;
		assert.ok(
			problems.some(
				(p) =>
					p.file === renamed &&
					p.field === 'verdict' &&
					p.message.startsWith('changed from "true" to "mixed" since HEAD'),
			),
			JSON.stringify(problems),
		);
	} finally {
		git('reset', '--quiet', '--hard');
		rmSync(join(repo, renamed), { force: true });
	}
});

test('a claim deleted, and re-added under a new id, is refused as gone', () => {
	const readded = 'content/claims/maduro-capture-readded.md';
	rmSync(join(repo, claim));
	writeFileSync(
		join(repo, readded),
		original.replace('id: maduro-captured-january-3', 'id: maduro-capture-readded'),
	);
	try {
		assert.deepEqual(check(), [
			`${claim}:1: id: the claim "maduro-captured-january-3", published at HEAD, is gone: a published claim cannot be deleted or given a new id`,
		]);
	} finally {
		rmSync(join(repo, readded));
		git('checkout', '--quiet', '--', claim);
	}
});

test('a copied entry ("Verdict unchanged") does not explain a change', () => {
	const copied = /\n {2}- date: 2026-12-01\n {4}note: (".*")\n/.exec(original)?.[1] ?? '';
	edit(
		(text) => text.replace('verdict: "true"', 'verdict: mixed'),
		`2026-12-01\n    note: ${copied}\n    verdict: "true"`,
	);
	assert.deepEqual(check(), [
		`${claim}:54: updates[2].note: repeats an earlier entry word for word`,
	]);
});

test('a backdated entry is refused', () => {
	edit(
		(text) =>
			text
				.replace('verdict: "true"', 'verdict: mixed')
				.replace('updated: 2026-12-01', 'updated: 2026-11-24'),
		'2026-11-24\n    note: "Rated mixed after review of the date."\n    verdict: "true"',
	);
	assert.ok(
		check().includes(
			`${claim}:53: updates[2].date: (2026-11-24) is earlier than the last entry at HEAD (2026-12-01); a new entry cannot be backdated`,
		),
		check().join('\n'),
	);
});

test('deleting a past entry is refused, and says which', () => {
	writeFileSync(
		join(repo, claim),
		original
			.replace(/\n {2}- date: 2026-12-01\n {4}note: .*\n/, '\n')
			.replace('updated: 2026-12-01', 'updated: 2026-11-23'),
	);
	assert.deepEqual(check(), [
		`${claim}:48: updates: the entry of 2026-12-01 at HEAD has been deleted`,
	]);
});

test("changing the claim's wording needs a new entry", () => {
	edit((text) =>
		text.replace(
			'in an operation led by the United States',
			'in an operation the United States led',
		),
	);
	assert.deepEqual(check(), [
		`${claim}:3: claim: changed since HEAD, but updates has no new entry explaining it`,
	]);
});

test('the publication date cannot be moved', () => {
	edit((text) =>
		text
			.replace('published: 2026-11-23', 'published: 2026-11-20')
			.replace('  - date: 2026-11-23', '  - date: 2026-11-20'),
	);
	assert.ok(
		check().includes(
			`${claim}:45: published: changed from 2026-11-23 since HEAD; the publication date is part of the record`,
		),
		check().join('\n'),
	);
});

test("an archived source's text is immutable, and an archived source cannot be deleted", () => {
	writeFileSync(join(repo, claim), original);
	const source = 'content/sources/military-action-being-considered.md';
	const text = readFileSync(join(repo, source), 'utf8');
	writeFileSync(join(repo, source), text.replace(/\n---\n\n?([A-Za-z])/, '\n---\n\nEdited. $1'));
	try {
		const problems = validateProject(repo, [], { base: 'HEAD' }).problems;
		assert.ok(
			problems.some(
				(p) =>
					p.file === source &&
					p.field === 'body' &&
					/archived text has changed since HEAD/.test(p.message),
			),
			JSON.stringify(problems),
		);
		rmSync(join(repo, source));
		assert.ok(
			validateProject(repo, [], { base: 'HEAD' }).problems.some(
				(p) => p.file === source && /is gone/.test(p.message),
			),
		);
	} finally {
		git('checkout', '--quiet', '--', source);
	}
});

test('a correct append-only edit passes: a new entry dated today, the verdict named', () => {
	edit(
		(text) =>
			text
				.replace('verdict: "true"', 'verdict: mostly-true')
				.replace('updated: 2026-12-01', 'updated: 2026-12-06'),
		'2026-12-06\n    note: "Rated mostly true: the capture date needed a qualification."\n    verdict: "true"',
	);
	assert.deepEqual(check(), []);
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

test('a folder the base lacks lists as empty, but a base git cannot read is an error, never an empty list', () => {
	const head = resolveCommit(repo, 'HEAD');
	assert.ok(head);
	assert.ok(listAtCommit(repo, head, 'content/claims').includes(claim));
	assert.deepEqual(listAtCommit(repo, head, 'content/no-such-folder'), []);
	// A commit id that is well formed but absent (a shallow clone's base, say): had it read as
	// an empty folder, every deleted claim would pass.
	assert.throws(() => listAtCommit(repo, '0'.repeat(40), 'content/claims'));
});
