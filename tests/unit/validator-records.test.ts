/**
 * Withdrawn and renamed checks leave a record (content/records/<id>.md): the validator checks
 * each record on its own and against the claims, and `--base` accepts a claim turned into a
 * sound record, and a rename's new claim file, while it still refuses a plain deletion.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot } from '../test-edition.ts';
import { scratchRepository } from '../scratch-repo.ts';

const { repo, git } = scratchRepository('records');
const id = 'maduro-captured-january-3';
const claimFile = `${contentDirs.claims}/${id}.md`;
const recordFile = `${contentDirs.records}/${id}.md`;
const original = readFileSync(join(contentRoot, claimFile), 'utf8');
const claimLine = /^claim: .*$/m.exec(original)?.[0] ?? '';
/** The claim's update log as written, entry lines only. */
const log = /\nupdates:\n([\s\S]*?)\n---\n/.exec(original)?.[1] ?? '';
const closing =
	'  - date: 2026-12-05\n    note: "Withdrawn: the article misdated the operation, so the claim we checked was never made."';

/** A record of the claim: `head` fields after the id, the claim's log and `last` as its closing entry. */
const record = ({
	head = 'status: withdrawn\n',
	verdict = '"true"',
	entries = log,
	last = closing,
	body = '',
} = {}) =>
	`---\nid: ${id}\n${head}${claimLine}\nverdict: ${verdict}\npublished: 2026-11-23\nupdates:\n${entries}\n${last}\n---\n${body}`;

const write = (file: string, text: string) => {
	mkdirSync(join(repo, file, '..'), { recursive: true });
	writeFileSync(join(repo, file), text);
};
const problems = (base?: string) =>
	validateProject(repo, [], base ? { base } : {}).problems.map(
		(p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`,
	);
/** Put the repository back as the base commit has it. */
const reset = () => {
	git('reset', '--quiet', '--hard');
	git('clean', '--quiet', '-fd');
};

test("the reference edition's withdrawn and renamed records pass", () => {
	reset();
	assert.deepEqual(problems(), []);
});

test('a claim turned into a record of its withdrawal passes --base', () => {
	reset();
	rmSync(join(repo, claimFile));
	write(recordFile, record());
	assert.deepEqual(problems('HEAD'), []);
});

test('a plain deletion is still refused, and the hint says how to withdraw', () => {
	reset();
	rmSync(join(repo, claimFile));
	const found = validateProject(repo, [], { base: 'HEAD' }).problems;
	assert.deepEqual(
		found.map((p) => [p.file, p.field]),
		[[claimFile, 'id']],
	);
	assert.match(found[0]?.hint ?? '', new RegExp(`${contentDirs.records}/${id}\\.md`));
});

test('a record must keep the verdict and wording of the check, and add an entry', () => {
	reset();
	rmSync(join(repo, claimFile));
	write(recordFile, record({ verdict: 'mixed' }));
	assert.deepEqual(problems('HEAD'), [
		`${recordFile}:5: verdict: is not as it was at HEAD; a record keeps the check's verdict as it was published`,
	]);
	// The claim's own two entries, the last of them as the record's closing one: nothing added.
	const [first, ...rest] = log.split(/\n(?= {2}- date)/);
	write(recordFile, record({ entries: first ?? '', last: rest.join('\n') }));
	assert.deepEqual(problems('HEAD'), [
		`${recordFile}:7: updates: has no entry after the 2 the check had at HEAD`,
	]);
});

test('a record cannot rewrite a past entry', () => {
	reset();
	rmSync(join(repo, claimFile));
	write(recordFile, record({ entries: log.replace('First published.', 'First published, then.') }));
	assert.deepEqual(problems('HEAD'), [
		`${recordFile}:8: updates[0]: this entry is not as it was at HEAD; past entries cannot be edited`,
	]);
});

test('a renamed check: the record at the old id and the claim at the new one pass --base', () => {
	reset();
	const newId = 'maduro-captured-in-caracas';
	const moved = `${contentDirs.claims}/${newId}.md`;
	git('mv', claimFile, moved);
	write(moved, original.replace(`id: ${id}`, `id: ${newId}`));
	const renamed =
		'  - date: 2026-12-05\n    note: "Moved to an address that says where the capture took place."';
	write(recordFile, record({ head: `status: renamed\nrenamedTo: ${newId}\n`, last: renamed }));
	assert.deepEqual(problems('HEAD'), []);
	// The new claim's log must continue the record's.
	write(
		moved,
		original.replace(`id: ${id}`, `id: ${newId}`).replace('First published.', 'Published.'),
	);
	assert.ok(
		problems().includes(
			`${recordFile}:8: updates: the update log of ${moved}, the check it was renamed to, does not begin with this record's entries (all but the last)`,
		),
		problems().join('\n'),
	);
});

test('a renamed check cannot change its verdict in silence: its new file is compared with the base', () => {
	reset();
	const newId = 'maduro-captured-in-caracas';
	const moved = `${contentDirs.claims}/${newId}.md`;
	git('mv', claimFile, moved);
	write(
		moved,
		original.replace(`id: ${id}`, `id: ${newId}`).replace('verdict: "true"', 'verdict: mixed'),
	);
	const renamed =
		'  - date: 2026-12-05\n    note: "Moved to an address that says where the capture took place."';
	write(recordFile, record({ head: `status: renamed\nrenamedTo: ${newId}\n`, last: renamed }));
	assert.deepEqual(problems('HEAD'), [
		`${moved}:12: verdict: changed from "true" to "mixed" since HEAD, but updates has no new entry explaining it`,
	]);
});

test('a record on the base branch stays as it was, and is never deleted', () => {
	reset();
	const file = `${contentDirs.records}/fentanyl-seizures-doubled-2025.md`;
	const text = readFileSync(join(repo, file), 'utf8');
	write(
		file,
		text.replace('status: withdrawn', 'status: withdrawn\n').replace('misquoted', 'misread'),
	);
	assert.deepEqual(problems('HEAD'), [
		`${file}:1: : has changed since HEAD; the record of a withdrawn or renamed check stays as it was published`,
	]);
	rmSync(join(repo, file));
	assert.deepEqual(problems('HEAD'), [
		`${file}:1: : the record ${file}, published at HEAD, is gone: the record of a withdrawn or renamed check is kept for good`,
	]);
});

/** Each bad record, the field it is reported at and what its message says. */
const bad: [string, string, string, string][] = [
	[
		'renamed with no new id',
		record({ head: 'status: renamed\n' }),
		'renamedTo',
		'is required when the status is renamed',
	],
	[
		'withdrawn, naming a new id',
		record({ head: 'status: withdrawn\nrenamedTo: maduro-elsewhere\n' }),
		'renamedTo',
		'must be left out when the status is withdrawn',
	],
	[
		'renamed to a claim that does not exist',
		record({ head: 'status: renamed\nrenamedTo: no-such-claim\n' }),
		'renamedTo',
		'names "no-such-claim", but there is no claim file',
	],
	[
		'an unknown status',
		record({ head: 'status: retracted\n' }),
		'status',
		'must be one of: withdrawn, renamed',
	],
	[
		'no closing entry',
		record({ entries: '', last: '  - date: 2026-11-23\n    note: "First published."' }),
		'updates',
		"must keep every entry of the check's update log",
	],
	[
		'a closing entry earlier than the one before it',
		record({ last: '  - date: 2026-11-30\n    note: "Withdrawn: a duplicate of another check."' }),
		'updates[2].date',
		'(2026-11-30) is earlier than an entry before it',
	],
	[
		'text below the frontmatter',
		record({ body: '\nThe old analysis.\n' }),
		'body',
		'a record has no text below its frontmatter',
	],
];
for (const [name, text, field, message] of bad)
	test(`a bad record is refused at its field: ${name}`, () => {
		reset();
		rmSync(join(repo, claimFile));
		write(recordFile, text);
		const found = validateProject(repo, [recordFile]).problems;
		assert.ok(
			found.some((p) => p.field === field && p.message.includes(message) && p.hint),
			JSON.stringify(found, null, 1),
		);
	});

test('a record at the id of a claim that stands is refused', () => {
	reset();
	write(recordFile, record());
	assert.deepEqual(problems(), [
		`${recordFile}:2: id: "${id}" is also the id of a claim file in ${contentDirs.claims}/; a check is either standing or withdrawn or renamed`,
	]);
});
