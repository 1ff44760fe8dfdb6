/** npm run add-source: a new article gets a placeholder entry in every claim, which the validator refuses until it is filled in. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { addStancePlaceholder } from '../../src/validator/add-source.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';

const script = join(process.cwd(), 'scripts/add-source.ts');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-add-source-'));
after(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });

const claims = () =>
	readdirSync(join(dir, 'content/claims')).filter((name) => name.endsWith('.md'));
const addSource = (...args: string[]) =>
	spawnSync(process.execPath, [...fixtureNodeOptions, script, ...args], {
		cwd: dir,
		encoding: 'utf8',
	});

const newSource = `---
id: a-new-article
label: "A new article"
headline: "A new article to check claims against"
publisher: "not stated"
author: "not stated"
published: "not stated"
datedAs: "not stated"
language: en
removed: []
---
The text of a new article.
`;

test('every claim lacks the new article until add-source gives each a placeholder the validator refuses', () => {
	writeFileSync(join(dir, 'content/sources/a-new-article.md'), newSource);
	const missing = validateProject(dir).problems.filter(
		(p) => p.field === 'sources' && p.message.includes('missing: a-new-article'),
	);
	assert.equal(missing.length, claims().length);
	assert.match(missing[0]?.hint ?? '', /npm run add-source -- a-new-article/);

	const before = Object.fromEntries(
		claims().map((name) => [name, readFileSync(join(dir, 'content/claims', name), 'utf8')]),
	);
	const dry = addSource('a-new-article', '--dry-run');
	assert.equal(dry.status, 0);
	assert.match(
		dry.stdout,
		new RegExp(`^${claims().length} claim\\(s\\) need entry for a-new-article:`),
	);
	for (const name of claims())
		assert.equal(
			readFileSync(join(dir, 'content/claims', name), 'utf8'),
			before[name],
			'a dry run changed a file',
		);

	const run = addSource('a-new-article');
	assert.equal(run.status, 0, run.stderr);
	for (const name of claims()) assert.ok(run.stdout.includes(`content/claims/${name}`), name);
	const problems = validateProject(dir).problems;
	assert.deepEqual(
		problems.filter((p) => p.field === 'sources'),
		[],
		'an entry is still missing',
	);
	const placeholders = problems.filter(
		(p) => /^sources\[\d+\]\.stance$/.test(p.field) && p.message.includes('placeholder'),
	);
	assert.equal(placeholders.length, claims().length);
	// Nothing else in the files moved: each gained only the three lines of its entry.
	for (const name of claims()) {
		const after = readFileSync(join(dir, 'content/claims', name), 'utf8').split('\n');
		assert.equal(after.length, before[name]!.split('\n').length + 3, name);
	}
	assert.match(addSource('a-new-article').stdout, /already has an entry/);
});

test('an unknown source id exits 2 and lists the sources', () => {
	const run = addSource('no-such-article');
	assert.equal(run.status, 2);
	assert.match(
		run.stderr,
		/no source file content\/sources\/no-such-article\.md; the sources are: /,
	);
});

test("the entry follows the list's indentation and line endings, and goes before the next key", () => {
	const file = [
		'---',
		'id: x',
		'sources:',
		'- source: a',
		'  stance: not-mentioned',
		'# evidence below',
		'evidence: []',
		'---',
		'Body.',
	].join('\r\n');
	const updated = addStancePlaceholder(file, 'b');
	assert.ok(updated);
	const lines = updated.split('\r\n');
	assert.deepEqual(lines.slice(3, 8), [
		'- source: a',
		'  stance: not-mentioned',
		'- source: b',
		lines[6],
		lines[7],
	]);
	assert.match(lines[6] ?? '', /^ {2}stance: "TODO: read b and choose one of /);
	assert.equal(lines[8], '# evidence below');
	assert.equal(addStancePlaceholder(updated, 'b'), null, 'a second entry for the same article');
	assert.equal(addStancePlaceholder('no frontmatter', 'b'), null);
});
