/**
 * `--base <ref>`: an archived source's text changes only as a logged correction, an entry in its
 * `corrections` that is append-only like a claim's updates. Run against a scratch git repository
 * holding a copy of a fixture edition's content.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { claims, sources } from '../site-content.ts';
import { contentRoot } from '../test-edition.ts';
import { scratchRepository } from '../scratch-repo.ts';

const { repo, git } = scratchRepository('corrections');
/** The fixture's first dated article that a claim quotes and no correction has touched yet: the one these tests correct. */
const sourceId =
	sources.find(
		({ id, data }) =>
			data.published !== 'not stated' &&
			!data.corrections?.length &&
			claims.some((claim) => claim.data.sources.some((s) => s.source === id && s.quote)),
	)?.id ?? '';
const source = `${contentDirs.sources}/${sourceId}.md`;
const original = readFileSync(join(contentRoot, source), 'utf8');
/** The article's own date in the fixture: a correction cannot come before it. */
const published = sources.find(({ id }) => id === sourceId)?.data.published ?? '';

afterEach(() => {
	git('reset', '--quiet', '--hard', 'HEAD');
});

/** A corrections log of `entries` (each [date, note]), as YAML. */
const log = (entries: readonly (readonly [string, string])[]) =>
	entries.length === 0
		? ''
		: `corrections:\n${entries.map(([date, note]) => `  - date: ${date}\n    note: "${note}"\n`).join('')}`;

/** The source file with its body and frontmatter changed, and the corrections log `entries`. */
function write(
	entries: readonly (readonly [string, string])[],
	change: (text: string) => string = (text) => text,
): void {
	const text = change(original.replace(/\n---\n/, `\n${log(entries)}---\n`));
	writeFileSync(join(repo, source), text);
}
/** The body with a transcription fixed: a word put before its first sentence, so every quote still matches. */
const corrected = (text: string) =>
	text.replace(/\n---\n(\n?)([A-Za-z])/, '\n---\n$1Corrected. $2');
const problems = () =>
	validateProject(repo, [], { base: 'HEAD' }).problems.filter((p) => p.file === source);
const brief = () => problems().map((p) => `${p.field}: ${p.message}`);

const first = [
	'2026-02-01',
	'The publisher corrected the first paragraph; archived the corrected text.',
] as const;
const second = [
	'2026-02-03',
	'Restored a sentence our copy had dropped in transcription.',
] as const;

test('the source as it stands passes', () => {
	assert.ok(published < first[0], 'the fixture article predates the corrections used here');
	assert.deepEqual(brief(), []);
});

test('a changed archived text without a new corrections entry is refused, at the body, with what to log', () => {
	write([], corrected);
	const found = problems();
	assert.deepEqual(
		found.map((p) => `${p.field}: ${p.message}`),
		[
			'body: the archived text has changed since HEAD, but corrections has no new entry explaining it',
		],
	);
	const [problem] = found;
	assert.ok(problem);
	assert.equal(problem.line, original.split('\n').indexOf('---', 1) + 2);
	assert.match(problem.hint ?? '', /add an entry at the end of corrections, dated today/);
	assert.match(problem.hint ?? '', /CONTRIBUTING\.md/);
});

test('the same change with a new entry in corrections is accepted', () => {
	write([first], corrected);
	assert.deepEqual(brief(), []);
});

test('a corrected headline or removed line needs an entry too; the address and dates never change', () => {
	const headline = (text: string) => text.replace(/^headline: "/m, 'headline: "Corrected: ');
	write([], headline);
	assert.deepEqual(brief(), [
		'headline: changed since HEAD, but corrections has no new entry explaining it',
	]);
	write([first], headline);
	assert.deepEqual(brief(), []);
	write([first], (text) => text.replace(/^datedAs: .*$/m, 'datedAs: "February 1, 2026"'));
	assert.deepEqual(brief(), [
		'datedAs: changed since HEAD; what identifies the archived article stays as it was recorded',
	]);
});

test('past corrections entries cannot be edited or deleted', () => {
	write([first], corrected);
	git('commit', '--quiet', '-am', 'corrected');
	try {
		write([[first[0], 'The publisher corrected a paragraph.']], corrected);
		assert.deepEqual(brief(), [
			'corrections[0]: this entry is not as it was at HEAD; past entries cannot be edited',
		]);
		write([], corrected);
		assert.deepEqual(brief(), ['corrections: the entry of 2026-02-01 at HEAD has been deleted']);
		write([first, second], (text) => corrected(text).replace('Corrected. ', 'Corrected twice. '));
		assert.deepEqual(brief(), []);
	} finally {
		git('reset', '--quiet', '--hard', 'HEAD~1');
	}
});

test('a new entry dated before the last one at the base is backdated, and explains nothing', () => {
	write([second], corrected);
	git('commit', '--quiet', '-am', 'corrected');
	try {
		write([second, first], (text) => corrected(text).replace('Corrected. ', 'Corrected again. '));
		const found = brief();
		assert.ok(
			found.includes(
				'corrections[1].date: (2026-02-01) is earlier than the last entry at HEAD (2026-02-03); a new entry cannot be backdated',
			),
			found.join('\n'),
		);
		assert.ok(
			found.includes(
				'body: the archived text has changed since HEAD, but corrections has no new entry explaining it',
			),
			found.join('\n'),
		);
	} finally {
		git('reset', '--quiet', '--hard', 'HEAD~1');
	}
});

test('a log out of order, or dated before the article, is refused by the schema, with or without a base', () => {
	write([second, first], corrected);
	const own = validateProject(repo, [source]).problems.map((p) => `${p.field}: ${p.message}`);
	assert.ok(
		own.some((m) =>
			m.startsWith('corrections[1].date: (2026-02-01) is earlier than the entry before it'),
		),
		own.join('\n'),
	);
	write([['2026-01-02', 'Corrected before the article was published?']], corrected);
	const early = validateProject(repo, [source]).problems.map((p) => `${p.field}: ${p.message}`);
	assert.ok(
		early.includes(
			`corrections[0].date: (2026-01-02) is before the article was published (${published})`,
		),
		early.join('\n'),
	);
});

test('a correction that removes a quoted passage fails the claims that quote it, as any changed text does', () => {
	// A claim quoting this source, and its quote.
	const [claimFile, quoted] = readdirSync(join(repo, contentDirs.claims))
		.map((name) => {
			const text = readFileSync(join(repo, contentDirs.claims, name), 'utf8');
			const entry = new RegExp(
				`\\n {2}- source: ${sourceId}\\n(?: {4}.*\\n)*? {4}quote: "(.{20,}?)"\\n`,
			).exec(text);
			return [`${contentDirs.claims}/${name}`, entry?.[1]] as const;
		})
		.find(([, quote]) => quote !== undefined) ?? ['', undefined];
	assert.ok(quoted, `a claim quotes ${source}`);
	write([first], (text) => text.replace(quoted.slice(0, 20), 'Something else entirely'));
	const all = validateProject(repo, [], { base: 'HEAD' }).problems;
	assert.deepEqual(
		all.filter((p) => p.file === source),
		[],
	);
	assert.ok(
		all.some((p) => p.file === claimFile && /quote/.test(p.field)),
		JSON.stringify(all),
	);
});
