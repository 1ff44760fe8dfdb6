/**
 * Claim files are data, not code: proven on real builds. A copy of the project is built
 * twice in a temporary folder (tests/project-copy.ts):
 *  1. with hostile claim files added: the build must stop, naming each file and line;
 *  2. with tricky but legal claim files added (the valid fixtures), plus hostile files where
 *     neither the validator nor Astro's loader looks (a dotfile, a subfolder): the build must
 *     pass, render the tricky Markdown as text, and carry no trace of the hostile payloads.
 */
import assert from 'node:assert/strict';
import {
	copyFileSync,
	existsSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { site } from '../../src/edition/site.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { build, copyProject, removeCopies } from '../project-copy.ts';

/** Where the built site puts each page, under the edition's words. */
const routes = createRoutes(site.paths);

const project = process.cwd();
const fixtures = join(project, 'tests/fixtures');
after(removeCopies);

/** Every text file the build wrote, with its contents. */
function builtFiles(dir: string): { path: string; text: string }[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtFiles(path);
		return /\.(?:html|js|json|xml|txt|css)$/.test(name)
			? [{ path, text: readFileSync(path, 'utf8') }]
			: [];
	});
}

type Expected = Record<string, { line: number; column: number }[]>;
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Expected;

/** Fixtures that try to put markup, script or code into a page. */
const hostile = [
	'script-tag.md',
	'iframe.md',
	'img-onerror.md',
	'style-tag.md',
	'inline-html-event.md',
	'html-comment.md',
	'html-in-code.md',
	'image.md',
	'javascript-link.md',
	'javascript-link-encoded.md',
	'javascript-autolink.md',
	'javascript-reference-link.md',
	'data-link.md',
	'protocol-relative-link.md',
	'javascript-url-evidence.md',
	'html-in-frontmatter.md',
	'closing-delimiter-glued.md',
	'mdx-import.md',
	'mdx-export.md',
	'mdx-jsx-component.md',
	'mdx-file.mdx',
];

test('a build with hostile claim files stops, naming every file and line', () => {
	const dir = copyProject();
	for (const name of hostile)
		copyFileSync(join(fixtures, 'invalid', name), join(dir, 'content/claims', name));
	const { status, output } = build(dir);
	assert.notEqual(status, 0, 'the build passed');
	// The validator's report, then Astro's error: the summary, and the hint (not one Astro guesses from the claims' text).
	assert.match(
		output,
		/\d+ file\(s\) checked: \d+ problem\(s\) in \d+ file\(s\): the build stopped\. Fix them and build again\./,
	);
	assert.match(
		output,
		/Hint:\s+The problems are listed above, each with its file, line and column\./,
	);
	assert.match(output, /`npm run validate` checks the content without building/);
	for (const name of hostile) {
		const first = expected[name]?.[0];
		assert.ok(first, `no expectation for ${name}`);
		assert.ok(
			output.includes(`content/claims/${name}:${first.line}:${first.column}: `),
			`the build did not name content/claims/${name}:${first.line}:${first.column}`,
		);
	}
	assert.equal(existsSync(join(dir, 'dist')), false, 'the build wrote pages');
});

test('tricky but legal claim files build as plain text; files outside the loader are not published', () => {
	const dir = copyProject();
	const valid = readdirSync(join(fixtures, 'valid'));
	for (const name of valid)
		copyFileSync(join(fixtures, 'valid', name), join(dir, 'content/claims', name));
	// The loader reads content/claims/*.md: a dotfile is not a claim, so the validator skips it
	// too. Prove it reaches no page, feed or index. (A subfolder is a language's translations,
	// or an error the validator names: validator-translations.test.ts.)
	const payload = (id: string) =>
		readFileSync(join(fixtures, 'invalid/script-tag.md'), 'utf8').replaceAll('script-tag', id);
	writeFileSync(join(dir, 'content/claims/.hidden-claim.md'), payload('hidden-claim'));

	const { status, output } = build(dir);
	assert.equal(status, 0, output.slice(-3000));
	const dist = join(dir, 'dist');
	for (const name of valid)
		assert.ok(
			existsSync(join(dist, routes.claim(name.replace(/\.md$/, '')), 'index.html')),
			`no page for ${name}`,
		);
	assert.equal(
		existsSync(join(dist, routes.claim('hidden-claim'))),
		false,
		'a dotfile was published',
	);
	for (const { path, text } of builtFiles(dist)) {
		assert.doesNotMatch(text, /alert\(|hidden-claim/, `${path} carries a hostile payload`);
	}

	const page = readFileSync(join(dist, routes.claim('tricky-markdown'), 'index.html'), 'utf8');
	const reference = readFileSync(
		join(dist, routes.claim('maduro-captured-january-3'), 'index.html'),
		'utf8',
	);
	const scripts = (html: string) => html.match(/<script\b/g)?.length ?? 0;
	assert.equal(
		scripts(page),
		scripts(reference),
		'the tricky claim page has a script tag an ordinary claim page lacks',
	);
	assert.match(page, /The page printed &lt;script&gt; as text/);
	assert.match(page, /the figure \{1\+1\} in braces/);
	assert.match(
		page,
		/<a href="https:\/\/web\.archive\.org\/web\/2026\/https:\/\/www\.gob\.mx\/"[^>]*>https:\/\/web\.archive\.org\/web\/2026\/https:\/\/www\.gob\.mx\/<\/a>/,
	);
	assert.match(page, /1 &lt; 2 and 3 &gt; 2, stated plainly/);
	assert.match(
		readFileSync(join(dist, routes.claim('unicode-text'), 'index.html'), 'utf8'),
		/尼古拉斯·马杜罗 — مادورو — 👩‍⚖️/,
	);
});
