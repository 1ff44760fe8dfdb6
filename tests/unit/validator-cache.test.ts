/**
 * The record of sound files (src/validator/sound-files.ts) may only ever save time: with it,
 * every run reports exactly what a run without it reports, whatever changed in between.
 */
import assert from 'node:assert/strict';
import {
	copyFileSync,
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { soundFilesRecord } from '../../src/validator/sound-files.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot } from '../test-edition.ts';
import { claims as fixtureClaims } from '../site-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-validator-cache-'));
const cacheDir = join(dir, 'cache');
cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });
after(() => rmSync(dir, { recursive: true, force: true }));

const claims = join(dir, 'content/claims');
const claimFile = (id: string) => join(claims, `${id}.md`);
const recorded = () =>
	Object.keys(
		(JSON.parse(readFileSync(join(cacheDir, soundFilesRecord), 'utf8')) as { files: object }).files,
	).length;

/** A run with the record must report what a run without it reports; returns that report. */
function check(): string[] {
	const withRecord = validateProject(dir, [], { cacheDir });
	const without = validateProject(dir);
	assert.deepEqual(withRecord, without);
	return without.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);
}

const claimCount = readdirSync(claims).filter((name) => name.endsWith('.md')).length;

test('a clean run records every claim file as sound, and a second run agrees', () => {
	assert.deepEqual(check(), []);
	assert.equal(recorded(), claimCount);
	assert.deepEqual(check(), []);
});

test('a file edited since the last run is checked again', () => {
	const file = claimFile('maduro-captured-january-3');
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, original.replace(/^verdict: .*$/m, 'verdict: maybe'));
	assert.match(check().join('\n'), /maduro-captured-january-3\.md:\d+: verdict: /);
	assert.equal(recorded(), claimCount - 1, 'an unsound file must leave the record');
	writeFileSync(file, original);
	assert.deepEqual(check(), []);
});

test('a change to a source article re-checks every quote', () => {
	const entry = fixtureClaims
		.flatMap((claim) => claim.data.sources)
		.find((stance) => stance.quote !== undefined && stance.quote.length > 20);
	assert.ok(entry?.quote, 'the test needs a quoting claim');
	const source = join(dir, `content/sources/${entry.source}.md`);
	const original = readFileSync(source, 'utf8');
	const quoted = entry.quote.slice(0, 20);
	assert.ok(original.includes(quoted), 'the test needs a quote from this source');
	writeFileSync(source, original.replaceAll(quoted, 'words that are gone'));
	assert.match(
		check().join('\n'),
		new RegExp(`the quote is not in the archived text of "${entry.source}"`),
	);
	writeFileSync(source, original);
	assert.deepEqual(check(), []);
});

test("a new file repeating a recorded file's id and claim is reported, on whichever file comes later", () => {
	check();
	// "aaa-" sorts before the recorded file, "zzz-" after it: the later of each pair is the one reported.
	for (const copy of ['aaa-copy', 'zzz-copy']) {
		copyFileSync(claimFile('maduro-captured-january-3'), claimFile(copy));
		const report = check().join('\n');
		assert.match(report, /is already the id of/);
		assert.match(report, /the same claim is already checked in/);
		rmSync(claimFile(copy));
	}
	assert.deepEqual(check(), []);
});

test("a focused preview's run reads its one claim, reports its problems, and leaves the record of every file as it was", () => {
	check();
	const record = readFileSync(join(cacheDir, soundFilesRecord), 'utf8');
	const focused = 'content/claims/maduro-captured-january-3.md';
	const file = join(dir, focused);
	const original = readFileSync(file, 'utf8');
	// Another file repeating its id: a problem only a run over every claim can see.
	copyFileSync(file, claimFile('zzz-copy'));
	const run = () => validateProject(dir, [focused], { cacheDir, claimFiles: [focused] });
	assert.deepEqual(run(), { problems: [], checked: 1 });
	writeFileSync(file, original.replace(/^verdict: .*$/m, 'verdict: maybe'));
	assert.deepEqual(
		run().problems.map((p) => `${p.file}: ${p.field}`),
		[`${focused}: verdict`],
	);
	assert.equal(readFileSync(join(cacheDir, soundFilesRecord), 'utf8'), record);
	writeFileSync(file, original);
	rmSync(claimFile('zzz-copy'));
	assert.deepEqual(check(), []);
});
