/**
 * How readers reach the desk, and what a published site may not carry: placeholder addresses
 * (refused unless the site is a demonstration, which then links none) and editorial pages that
 * still hold a template's TODO.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { contactLinks, repositoryLinked, reportErrorHref } from '../../src/lib/contact.ts';
import { addressesIn, isPlaceholderAddress } from '../../src/lib/placeholders.ts';
import { resolveSettings, type SiteSettings } from '../../src/lib/settings.ts';
import { checkEditorialPages } from '../../src/validator/check-edition.ts';
import { checkPlaceholders } from '../../src/validator/check-placeholders.ts';

const published: SiteSettings = {
	name: 'Chequeo Riverton',
	url: 'https://riverton.github.io/checks/',
	lang: 'es',
	topic: { title: 'Las promesas del presupuesto' },
	publisher: { name: 'Gaceta de Riverton' },
	repository: { url: 'https://github.com/riverton/checks' },
	desk: 'Redacción',
};

test('placeholder addresses are the reserved example domains, in URLs and email addresses', () => {
	for (const address of [
		'https://crosscheck.example/',
		'https://github.example/org/repo',
		'http://example.com/a',
		'https://www.example.org',
		'https://docs.example.net/x',
		'https://site.invalid/',
		'desk@riverton.example',
		'mailto:desk@example.com',
	])
		assert.ok(isPlaceholderAddress(address), address);
	for (const address of [
		'https://riverton.github.io/checks/',
		'https://example.community/',
		'https://notexample.com/',
		'desk@riverton.mx',
	])
		assert.ok(!isPlaceholderAddress(address), address);
	assert.deepEqual(
		addressesIn('See [the tracker](https://github.example/o/r/issues) or a@b.example.'),
		[
			{ address: 'https://github.example/o/r/issues', column: 19 },
			{ address: 'a@b.example', column: 57 },
		],
	);
});

test('"report an error" writes to the desk with the check\'s address in the subject, else uses the form, else the tracker', () => {
	const subject = 'Error en la verificación https://riverton.github.io/checks/claims/x/';
	const withEmail = resolveSettings({
		...published,
		contact: { email: 'correcciones@riverton.mx', form: 'https://riverton.mx/contacto' },
	});
	assert.equal(
		reportErrorHref(withEmail, subject),
		`mailto:correcciones@riverton.mx?subject=${encodeURIComponent(subject)}`,
	);
	const withForm = resolveSettings({
		...published,
		contact: { form: 'https://riverton.mx/contacto' },
	});
	assert.equal(reportErrorHref(withForm, subject), 'https://riverton.mx/contacto');
	assert.equal(
		reportErrorHref(resolveSettings(published), subject),
		`https://github.com/riverton/checks/issues/new?title=${encodeURIComponent(subject)}`,
	);
});

test('a demonstration links no placeholder address: no repository links, no tracker, no placeholder email', () => {
	const demo = resolveSettings({
		...published,
		demo: true,
		repository: { url: 'https://github.example/crosscheck/crosscheck' },
		contact: { email: 'desk@crosscheck.example' },
	});
	assert.deepEqual(contactLinks(demo), {
		email: undefined,
		mailto: undefined,
		form: undefined,
		issues: undefined,
	});
	assert.equal(repositoryLinked(demo), false);
	assert.equal(reportErrorHref(demo, 'x'), undefined);
	// The same placeholders on a published site are not hidden: the build refuses them instead.
	const notDemo = resolveSettings({ ...published, repository: demo.repository });
	assert.equal(repositoryLinked(notDemo), true);
	assert.equal(repositoryLinked(resolveSettings({ ...published, demo: true })), true);
});

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-contact-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function edition(name: string, files: Record<string, string>): string {
	const root = join(scratch, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

test('a placeholder address in the settings or in a link stops a published build, naming file, line and field', () => {
	const root = edition('placeholders', {
		'src/config/site.ts': "export default {\n\tname: 'x',\n\turl: 'https://checks.example/',\n};\n",
		'content/claims/a.md':
			'---\nid: a\n---\n\nSee [the budget](https://riverton.example/budget).\n',
		'content/pages/about.mdx': '# About\n\nWrite to us at https://riverton.mx/contact.\n',
	});
	const settings = { ...published, url: 'https://checks.example/' };
	const problems = checkPlaceholders(root, resolveSettings(settings), [
		'content/claims',
		'content/sources',
		'content/pages',
	]);
	assert.deepEqual(
		problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.message}`),
		[
			'src/config/site.ts:3:1: url: "https://checks.example" is a placeholder address, and the site is not a demonstration',
			'content/claims/a.md:5:18: : "https://riverton.example/budget" is a placeholder address, and the site is not a demonstration',
		],
	);
	assert.match(problems[0]!.hint ?? '', /set demo: true in src\/config\/site\.ts/);
	assert.deepEqual(
		checkPlaceholders(root, resolveSettings({ ...settings, demo: true }), ['content/claims']),
		[],
	);
});

test("an editorial page holding a template's TODO stops a published build, not a demonstration's", () => {
	const root = edition('todo', {
		'content/pages/about.mdx': '# About\n\nTODO: name every funder.\n',
		'content/pages/methodology.mdx': '# Methodology\n',
	});
	const problems = checkEditorialPages(root, 'content/pages');
	assert.deepEqual(
		problems.map((p) => `${p.file}:${p.line}:${p.column}`),
		['content/pages/about.mdx:3:1'],
	);
	assert.deepEqual(checkEditorialPages(root, 'content/pages', true), []);
});
