/**
 * Pages carry no scope attributes: a component's scoped `<style>` makes Astro add
 * `data-astro-cid-*` (24 bytes) to every element it renders, 18% of a large site's HTML (issue
 * 22). So components, layouts and pages style themselves with global rules under their own root
 * class (`<style is:global>`, see docs/architecture.md, "Styles"). Checked on the sources rather
 * than on a build: it runs in a second, and names the file and line to fix.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = process.cwd();

/** Every `<style>` tag in a component's source that Astro would scope, with its line. */
const scopedStyles = (source: string) =>
	[...source.matchAll(/<style\b([^>]*)>/g)]
		.filter(([, attributes]) => !/\bis:(global|inline)\b/.test(attributes ?? ''))
		.map((match) => source.slice(0, match.index).split('\n').length);

test('finds a scoped style block and its line, and passes global and inline ones', () => {
	assert.deepEqual(scopedStyles('<p>a</p>\n\n<style>\n\tp { margin: 0; }\n</style>\n'), [3]);
	assert.deepEqual(scopedStyles('<style lang="css">a {}</style>'), [1]);
	assert.deepEqual(
		scopedStyles('<style is:global>\n.a {}\n</style>\n<style is:inline>b {}</style>'),
		[],
	);
});

test('no component, layout or page in src/ has a scoped <style>', () => {
	const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) =>
			relative(root, join(root, 'src', file))
				.split('\\')
				.join('/'),
		);
	assert.ok(files.length > 0, 'no .astro files found under src/');
	const problems = files.flatMap((file) =>
		scopedStyles(readFileSync(join(root, file), 'utf8')).map((line) => `${file}:${line}`),
	);
	assert.deepEqual(
		problems,
		[],
		`a scoped <style> makes Astro add a data-astro-cid-* attribute to every element the component renders: write <style is:global> with every selector under the component's own root class (docs/architecture.md, "Styles")`,
	);
});
