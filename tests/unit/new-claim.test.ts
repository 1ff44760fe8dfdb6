/**
 * `npm run new-claim`: the scaffold it writes fails validation while placeholders remain and
 * passes once they are filled. Runs in a scratch copy of content/, never in the project.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { t } from '../../src/edition/i18n.ts';
import { today } from '../../src/lib/dates.ts';
import { readContentFile } from '../../src/validator/read-content-file.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';
import { site } from '../../src/edition/site.ts';
import { claims, sources } from '../site-content.ts';
import { ratingIds } from '../../src/edition/ratings.ts';

const project = process.cwd();
/** A rating of the edition's scale, to answer with; its longest id, to misspell; its first, cut short. */
const verdict = ratingIds[1]!;
const longestId = [...ratingIds].sort((a, b) => b.length - a.length)[0]!;
const swapped = `${longestId.slice(0, -2)}${longestId.at(-1)}${longestId.at(-2)}`;
const cut = ratingIds[0].slice(0, -1);
const script = join(project, 'scripts/new-claim.ts');
const scratch: string[] = [];
after(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyContent(): string {
	const dir = mkdtempSync(join(tmpdir(), 'crosscheck-new-claim-'));
	scratch.push(dir);
	cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}

function newClaim(dir: string, args: string[], input = '') {
	const run = spawnSync(process.execPath, [...fixtureNodeOptions, script, ...args], {
		cwd: dir,
		input,
		encoding: 'utf8',
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const problemsIn = (dir: string, file: string) =>
	validateProject(dir, [file]).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);

/** A sentence of a source article's archived text, to quote. */
function sentenceOf(dir: string, source: string): string {
	const read = readContentFile(source, readFileSync(join(dir, 'content/sources', `${source}.md`)));
	assert.ok(read.ok);
	const sentence = read.content.body.trim().split('\n')[0]?.split('. ')[0];
	assert.ok(sentence && sentence.length > 20);
	return sentence;
}

const flags = [
	'--claim',
	'The minister said the border would never close to trade.',
	'--claimant',
	'The minister',
	'--claimant-type',
	'person',
	'--via',
	'quoted',
	'--source',
	'3',
	'--date',
	'2026-01-09',
	'--verdict',
	verdict,
	'--yes',
];
const id = 'the-minister-said-the-border-would-never-close-to-trade';
/** The third article in edition order, which `--source 3` names. */
const third = sources[2]!.id;
const file = `content/claims/${id}.md`;
/** The second article's id, and a misspelling of it one letter off. */
const second = sources[1]!.id;
const misspelled = `${second.slice(0, -2)}${second.at(-1)}${second.at(-2)}`;

test('with flags and --yes: writes the scaffold, which fails validation until its placeholders are filled', () => {
	const dir = copyContent();
	const run = newClaim(dir, flags);
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stdout, new RegExp(`^Created ${file}\n\nNext steps:\n`));
	assert.match(run.stdout, new RegExp(`npm run validate -- ${file}`));

	const scaffold = readFileSync(join(dir, file), 'utf8');
	assert.match(scaffold, new RegExp(`^published: ${today()}$`, 'm'));
	assert.deepEqual(problemsIn(dir, file), [
		'12: appeared.context: still holds a placeholder: "TODO: where in the article, or on what occasion, the claim was made: the surrounding sentence"',
		'14: summary: still holds a placeholder: "TODO: one sentence giving the reason for the verdict"',
		'23: sources[2].stance: still holds a placeholder: "TODO: asserts, reports, supports or disputes"',
		`24: sources[2].quote: still holds a placeholder: "TODO: copy the passage exactly from content/sources/${third}.md"`,
		`39: body: the analysis still holds a placeholder: "TODO: ${t('newClaim.articleHeading')}"`,
		'41: body: the analysis still holds a placeholder: "TODO: what the article claims, in its words, and where."',
		`43: body: the analysis still holds a placeholder: "TODO: ${t('newClaim.recordHeading')}"`,
		'45: body: the analysis still holds a placeholder: "TODO: what the primary sources show; link every page you read."',
		`47: body: the analysis still holds a placeholder: "TODO: ${t('newClaim.verdictHeading')}"`,
		'49: body: the analysis still holds a placeholder: "TODO: the verdict, and the reason for it, in a sentence or two."',
	]);

	const filled = scaffold
		.replace(/"TODO: where in the article[^"]*"/, '"In the article\'s second section."')
		.replace(
			/"TODO: one sentence giving[^"]*"/,
			'"The minister said so, but the word never is the article\'s own."',
		)
		.replace(/"TODO: asserts, reports[^"]*"/, 'asserts')
		.replace(/"TODO: copy the passage[^"]*"/, JSON.stringify(sentenceOf(dir, third)))
		.replaceAll(/^(## )TODO: /gm, '$1')
		.replaceAll(/^TODO: .*$/gm, 'A paragraph of analysis, written by the contributor.');
	assert.ok(filled.includes(`\n## ${t('newClaim.verdictHeading')}\n`));
	assert.ok(filled.includes(`note: ${JSON.stringify(t('newClaim.firstUpdate'))}`));
	writeFileSync(join(dir, file), filled);
	assert.deepEqual(problemsIn(dir, file), []);
});

test('prefills one entry per source article, in edition order, read from content/sources/', () => {
	const dir = copyContent();
	const model = sources[3]!.id;
	const extra = readFileSync(join(dir, `content/sources/${model}.md`), 'utf8')
		.replace(`id: ${model}`, 'id: a-sixth-article')
		.replace(/^seed: .*$/m, 'seed: 005_sixth.txt');
	writeFileSync(join(dir, 'content/sources/a-sixth-article.md'), extra);
	assert.equal(
		newClaim(dir, ['--claim', 'A claim checked against six articles this time.', '--yes']).status,
		0,
	);
	const listed = [
		...readFileSync(
			join(dir, 'content/claims/a-claim-checked-against-six-articles-this-time.md'),
			'utf8',
		).matchAll(/^ {2}- source: (.+)$/gm),
	].map((m) => m[1]);
	const inEditionOrder = readdirSync(join(dir, 'content/sources'))
		.map((name) => readFileSync(join(dir, 'content/sources', name), 'utf8'))
		.map((text) => ({
			id: /^id: (.+)$/m.exec(text)?.[1],
			seed: /^seed: (.+)$/m.exec(text)?.[1] ?? '',
		}))
		.sort((a, b) => a.seed.localeCompare(b.seed))
		.map((s) => s.id);
	assert.equal(listed.length, 6);
	assert.deepEqual(listed, inEditionOrder);
});

test('with only a claim: every other field is a placeholder, reported once each', () => {
	const dir = copyContent();
	assert.equal(
		newClaim(dir, ['--claim', 'Only the claim text is known so far.', '--yes']).status,
		0,
	);
	const fields = validateProject(dir, [
		'content/claims/only-the-claim-text-is-known-so-far.md',
	]).problems.map((p) => p.field);
	assert.deepEqual(fields, [
		'claimant.name',
		'claimant.type',
		'appeared.source',
		'appeared.via',
		'appeared.context',
		'verdict',
		'summary',
		// Three headings and three paragraphs of analysis.
		...Array<string>(6).fill('body'),
	]);
});

test('never overwrites: a second run for the same id exits 1 and leaves the file alone', () => {
	const dir = copyContent();
	assert.equal(newClaim(dir, flags).status, 0);
	writeFileSync(join(dir, file), 'work in progress');
	const again = newClaim(dir, flags);
	assert.equal(again.status, 1);
	assert.match(
		again.stderr,
		new RegExp(`^${file} already exists: edit that file, or choose another id\n`),
	);
	assert.equal(readFileSync(join(dir, file), 'utf8'), 'work in progress');
	assert.equal(newClaim(dir, ['--id', claims[0]!.id, '--yes']).status, 1);
});

test('bad flag values exit 2 with a did-you-mean', () => {
	const dir = copyContent();
	const cases: [string[], string][] = [
		[
			['--id', 'a-valid-id', '--source', misspelled],
			`unknown source "${misspelled}"; did you mean "${second}"?`,
		],
		[
			['--id', 'a-valid-id', '--source', String(sources.length + 1)],
			`there is no article number ${sources.length + 1}: give a number from 1 to ${sources.length}, or an article's id`,
		],
		[
			['--id', 'a-valid-id', '--verdict', swapped],
			`"${swapped}" is not on the rating scale; did you mean "${longestId}"?`,
		],
		[['--id', 'a-valid-id', '--date', '2999-01-01'], '"2999-01-01" is in the future'],
		[
			['--id', 'Not_A_Slug'],
			'"Not_A_Slug" must be 3 to 80 lowercase letters, digits and single hyphens',
		],
		[['--claim', 'Too short'], '"Too short" must be at least 10 characters'],
		[[], 'give --id, or --claim to make the id from'],
	];
	for (const [args, message] of cases) {
		const run = newClaim(dir, [...args, '--yes']);
		assert.equal(run.status, 2, args.join(' '));
		assert.equal(run.stderr, `${message}\n(npm run new-claim -- --help lists the options)\n`);
	}
	const several = newClaim(dir, [
		'--claim',
		'A claim long enough to pass.',
		'--verdict',
		cut,
		'--date',
		'2026-13-01',
		'--yes',
	]);
	assert.deepEqual(several.stderr.split('\n').slice(0, 2), [
		'"2026-13-01" is not a real calendar date',
		`"${cut}" is not on the rating scale; did you mean "${ratingIds[0]}"?`,
	]);
	assert.deepEqual(
		readdirSync(join(dir, 'content/claims')).length,
		readdirSync(join(contentRoot, 'content/claims')).length,
	);
});

test('prompts for what the flags leave out, asking again after a wrong answer', () => {
	const dir = copyContent();
	const answers = [
		'The harbor ferry now runs every fifteen minutes.',
		'',
		'TNA',
		'a news agency',
		'organization',
		'in its own voice',
		'own-voice',
		second.slice(0, -1),
		'2',
		'2026-02-30',
		'2026-01-17',
		verdict,
		'',
	];
	const run = newClaim(dir, [], `${answers.join('\n')}\n`);
	assert.equal(run.status, 0, run.stderr);
	assert.ok(
		run.stdout.includes(`unknown source "${second.slice(0, -1)}"; did you mean "${second}"?`),
	);
	assert.match(run.stdout, /"2026-02-30" is not a real calendar date/);
	const written = readFileSync(
		join(dir, 'content/claims/the-harbor-ferry-now-runs-every-fifteen-minutes.md'),
		'utf8',
	);
	assert.match(run.stdout, /"a news agency" must be one of: person, organization, unidentified/);
	assert.match(
		run.stdout,
		/"in its own voice" must be one of: own-voice, quoted, paraphrased, relayed/,
	);
	assert.ok(
		written.includes(
			`\nclaimant:\n  name: "TNA"\n  type: organization\nappeared:\n  source: ${second}\n  date: 2026-01-17\n  via: own-voice\n`,
		),
		written,
	);
	assert.ok(written.includes(`\nverdict: "${verdict}"\n`), written);
	assert.match(written, new RegExp(`^author: "${site.desk}"$`, 'm'));
});

test('input that ends before every question is answered writes nothing and exits 2', () => {
	const dir = copyContent();
	const run = newClaim(dir, [], 'A claim whose writer stopped answering.\n');
	assert.equal(run.status, 2);
	assert.match(run.stderr, /^the input ended before every question was answered\n/);
	assert.equal(
		readdirSync(join(dir, 'content/claims')).length,
		readdirSync(join(contentRoot, 'content/claims')).length,
	);
});
