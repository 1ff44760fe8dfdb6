/**
 * One reading of a file (issue 19): every claim file the validator accepts, Astro's real
 * content loader and Markdown renderer accept too, and neither answers with a stack trace.
 * fast-check generates claim files around the places where YAML readers and Markdown engines
 * disagree; the validator judges each, and one `astro sync` of a project copy (without the
 * validator's integration, so only Astro judges) loads and renders all the files it accepted.
 *
 * CROSSCHECK_AGREEMENT_CASES sets how many files (default 12); CROSSCHECK_AGREEMENT_SEED
 * replays a run (each run prints its seed).
 */
import { stripVTControlCharacters } from 'node:util';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { validateProject } from '../../src/validator/validate-project.ts';
import { copyProject, removeCopies } from '../project-copy.ts';

const cases = Number(process.env['CROSSCHECK_AGREEMENT_CASES'] ?? 12);
const seed = Number(process.env['CROSSCHECK_AGREEMENT_SEED'] ?? Date.now() % 2 ** 31);
const template = readFileSync('tests/fixtures/valid/optional-fields-left-out.md', 'utf8');

/** Plain scalars YAML 1.1 and 1.2 readers take differently, and other YAML a contributor might write. */
const trickyScalar = fc.constantFrom(
	'2026-01-01',
	'2026-01-01 10:00:00',
	'0b101',
	'0x1F',
	'0o17',
	'017',
	'1_000',
	'1e3',
	'.inf',
	'.NaN',
	'~',
	'null',
	'yes',
	'off',
	'12:30:00',
	'=',
	'<<',
	'Plain words, a comma',
	'"double \\u200F quoted"',
	'"escape \\x41\\u00e9\\U0001F600"',
	"'single ''quoted'''",
	'|-\n    A literal block of text.',
	'>-\n    A folded block\n    of text.',
	'[a, list]',
	'{a: map}',
);
/** Any text, as a double-quoted YAML string (JSON's escapes are YAML's). */
const quotedText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => JSON.stringify(s));
const field = fc.constantFrom('author', '  name');
const markdown = fc.array(
	fc.oneof(
		fc.constantFrom(
			'## A heading',
			'### A deeper heading',
			'## Main',
			'- item\n- item',
			'> quoted\n> text',
			'1. one\n2. two',
			'> - 1. nested',
			'**bold** and _emphasis_ and `code`',
			'[a link](https://example.com/)',
			'***',
			'| a | b |\n| --- | --- |\n| 1 | 2 |',
			'- [ ] a task',
			'~~struck~~',
			'Text[^1]\n\n[^1]: A footnote.',
			'&#0; &#xFFFF; &#xD800; &amp;',
			'    indented code',
			'```\nfenced code\n```',
			'{braces} and $dollars$',
			'https://autolinked.example/',
		),
		fc.string({ unit: 'grapheme', maxLength: 60 }),
	),
	{ maxLength: 6 },
);
const claimFile = fc.record({
	field,
	value: fc.oneof({ arbitrary: trickyScalar, weight: 4 }, { arbitrary: quotedText, weight: 1 }),
	markdown,
});

after(removeCopies);

test(`every claim file the validator accepts, Astro loads and renders (${cases} cases, seed ${seed})`, () => {
	console.log(`validator-build agreement: ${cases} cases, CROSSCHECK_AGREEMENT_SEED=${seed}`);
	const dir = copyProject();
	const config = join(dir, 'astro.config.mjs');
	// Astro alone judges: without the integration that runs the validator first.
	writeFileSync(config, readFileSync(config, 'utf8').replace('validateContent(),', ''));
	const generated = fc.sample(claimFile, { seed, numRuns: cases });
	const files = generated.map(({ field, value, markdown }, i) => {
		const id = `agreement-case-${i}`;
		const file = `content/claims/${id}.md`;
		const text = template
			.replaceAll('optional-fields-left-out', id)
			.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`)
			.concat(`\n${markdown.join('\n\n')}\n`);
		writeFileSync(join(dir, file), text);
		return { file, field, value, markdown };
	});
	const { problems } = validateProject(dir);
	for (const problem of problems)
		assert.doesNotMatch(problem.message, /could not check this file/, JSON.stringify(problem));
	const refused = new Set(problems.map((p) => p.file));
	const accepted = files.filter(({ file }) => !refused.has(file));
	for (const { file } of files) if (refused.has(file)) rmSync(join(dir, file));
	console.log(`the validator accepted ${accepted.length} of ${files.length}`);
	const sync = spawnSync(process.execPath, [join(dir, 'node_modules/.bin/astro'), 'sync'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		timeout: 300_000,
	});
	const output = stripVTControlCharacters(`${sync.stdout}\n${sync.stderr}`);
	assert.equal(
		sync.status,
		0,
		`seed ${seed}: Astro refused a file the validator accepted:\n${output}\n${JSON.stringify(accepted, null, 1)}`,
	);
	assert.doesNotMatch(output, /Stack trace|^\s+at /m);
});
