/**
 * The bad-input corpus: every broken claim file in tests/fixtures/invalid/ must produce
 * exactly the diagnostics listed for it in tests/fixtures/expected.json (line, column, field,
 * message and hint: contributors read these words, so they are tested word for word), and
 * every file in tests/fixtures/valid/ and content/ must pass.
 *
 * Each fixture is checked the way `npm run validate -- <file>` checks it: against the sources
 * and claims of the reference fixture edition (tests/editions/reference/). So duplicate-claim.md
 * and duplicate-id/ depend on its claim maduro-captured-january-3.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { ratings } from '../../src/edition/ratings.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot } from '../test-edition.ts';

const root = process.cwd();
/** Files asked about by absolute path, as `npm run validate -- <file>` resolves them. */
const validateFile = (path: string) => validateProject(contentRoot, [resolve(root, path)]);
const fixtures = 'tests/fixtures';

/** Files under a folder, as root-relative paths with forward slashes. */
function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir))
		.filter((name) => !name.startsWith('.'))
		.flatMap((name) =>
			statSync(join(root, dir, name)).isDirectory()
				? filesUnder(`${dir}/${name}`)
				: [`${dir}/${name}`],
		)
		.sort();
}

type Expected = Record<
	string,
	{ line: number; column: number; field: string; message: string; hint?: string }[]
>;
const expected = JSON.parse(
	readFileSync(join(root, fixtures, 'expected.json'), 'utf8'),
) as Expected;
const invalid = filesUnder(`${fixtures}/invalid`);
const nameOf = (path: string) => path.slice(`${fixtures}/invalid/`.length);

test('the corpus has at least 30 broken files, and expected.json lists exactly those', () => {
	assert.ok(invalid.length >= 30, `${invalid.length} fixtures`);
	assert.deepEqual(Object.keys(expected).sort(), invalid.map(nameOf));
});

for (const path of invalid) {
	test(`invalid: ${nameOf(path)}`, () => {
		const { problems } = validateFile(path);
		assert.ok(problems.length > 0, 'the file was accepted');
		for (const problem of problems)
			assert.equal(resolve(contentRoot, problem.file), resolve(root, path));
		assert.deepEqual(
			problems.map(({ file: _file, ...rest }) => rest),
			expected[nameOf(path)],
		);
	});
}

for (const path of filesUnder(`${fixtures}/valid`)) {
	test(`valid: ${path.slice(`${fixtures}/valid/`.length)}`, () => {
		assert.deepEqual(validateFile(path).problems, []);
	});
}

test('every claim and source file of the fixture edition passes', () => {
	const { problems, checked } = validateProject(contentRoot);
	assert.deepEqual(problems, []);
	assert.ok(checked >= 27, `only ${checked} files checked`);
});

test("a verdict near no rating is answered with the edition's scale: each id with its label", () => {
	const dir = mkdtempSync(join(tmpdir(), 'crosscheck-verdict-'));
	try {
		const file = join(dir, 'unknown-verdict.md');
		const text = readFileSync(join(root, fixtures, 'invalid/unknown-verdict.md'), 'utf8');
		writeFileSync(file, text.replace(/^verdict: .*$/m, 'verdict: "pending review"'));
		const verdict = validateProject(contentRoot, [file]).problems.find(
			(problem) => problem.field === 'verdict',
		);
		assert.equal(
			verdict?.hint,
			`write one of: ${ratings.map((r) => `${r.id} (${r.label})`).join(', ')}`,
		);
	} finally {
		rmSync(dir, { recursive: true });
	}
});
