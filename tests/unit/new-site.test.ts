/**
 * npm run new-site turns a copy of the repository into a new, empty edition that builds at once,
 * in its own language, under its own path, with no word of the edition it replaced.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { check, resolveConfig } from 'prettier';
import { checkLinks, listPages } from '../linkcheck.ts';
import { build, copyProject, removeCopies } from '../project-copy.ts';
import { claims, sources } from '../site-content.ts';
import es from '../../src/i18n/locales/es.ts';
import { defaultScale } from '../../src/lib/ratings.ts';
import { pathWordKeys } from '../../src/lib/routes.ts';
import type { SiteSettings } from '../../src/lib/settings.ts';

after(removeCopies);

const flags = [
	'--name',
	'Chequeo Riverton',
	'--url',
	'https://riverton.github.io/checks/',
	'--lang',
	'es-mx',
	'--topic',
	'Las promesas del presupuesto municipal',
	'--publisher',
	'Gaceta de Riverton',
	'--repository',
	'https://github.com/riverton/checks',
];
const newSite = (dir: string, args: string[], input = '') =>
	spawnSync(process.execPath, [join(dir, 'scripts/new-site.ts'), ...args], {
		cwd: dir,
		input,
		encoding: 'utf8',
	});

test('with every flag and --yes: an empty Spanish edition under /checks/ that builds, with nothing left of the old one', async () => {
	const dir = copyProject();
	const run = newSite(dir, [...flags, '--email', 'correcciones@riverton.mx', '--yes']);
	assert.equal(run.status, 0, run.stderr);
	assert.deepEqual(readdirSync(join(dir, 'content/claims')), ['.gitkeep']);
	assert.deepEqual(readdirSync(join(dir, 'content/sources')), ['.gitkeep']);
	// The old edition's further languages' pages go with it: the new site has one language.
	assert.deepEqual(readdirSync(join(dir, 'content/pages')).sort(), [
		'about.mdx',
		'methodology.mdx',
	]);
	const settings = readFileSync(join(dir, 'src/config/site.ts'), 'utf8');
	assert.match(settings, /url: 'https:\/\/riverton\.github\.io\/checks\/'/);
	assert.match(settings, /desk: 'Redacción de Chequeo Riverton'/);
	assert.match(settings, /lang: 'es-MX'/);
	assert.match(settings, /contact: \{\s*email: 'correcciones@riverton\.mx',?\s*\}/);
	assert.match(settings, /demo: true/);
	const written = (await import(join(dir, 'src/config/site.ts'))) as { default: SiteSettings };
	// The engine's scale, written out for the newsroom to make its own.
	assert.deepEqual(written.default.ratings, defaultScale);
	// The section words of the site's language, written into its settings: its own from now on.
	const words = Object.fromEntries(pathWordKeys.map((key) => [key, es[`path.${key}`]]));
	assert.deepEqual(written.default.paths, words);
	// In the project's code style, so the new site's own `npm test` (which runs Prettier) passes.
	const settingsPath = join(dir, 'src/config/site.ts');
	assert.ok(
		await check(settings, { ...(await resolveConfig(settingsPath)), filepath: settingsPath }),
	);

	const built = build(dir);
	assert.equal(built.status, 0, built.output);
	const dist = join(dir, 'dist');
	assert.deepEqual(checkLinks(dist, '/checks/').problems, []);
	for (const key of ['sources', 'verdicts', 'search'] as const)
		assert.ok(existsSync(join(dist, es[`path.${key}`], 'index.html')), `no ${key} page in Spanish`);
	// Words only the replaced edition had: its site name, its articles' headlines, its claims.
	const old = [
		...sources.map((s) => s.data.headline),
		...claims.slice(0, 5).map((c) => c.data.claim),
		'Reference Checks',
	];
	for (const { file, path } of listPages(dist)) {
		const html = readFileSync(file, 'utf8');
		// The tag is taken in its canonical case, and es-MX reads es's dictionary and templates.
		assert.match(html, /<html lang="es-MX"/, path);
		for (const text of old) assert.ok(!html.includes(text), `${path} still holds "${text}"`);
	}
	const about = readFileSync(join(dist, 'about/index.html'), 'utf8');
	// No template folder for es-MX: the Spanish one serves it, as es.ts serves its dictionary.
	const template = readFileSync(join(dir, 'scripts/new-site/es/about.mdx'), 'utf8');
	const title = /^title: "?(.*?)"?$/m.exec(template)?.[1] ?? '';
	assert.ok(
		title && about.includes(`>${title}</h1>`),
		`the about page is not the es template's "${title}"`,
	);
	assert.ok(
		about.includes('Gaceta de Riverton') &&
			about.includes('https://github.com/riverton/checks/issues'),
	);
	assert.ok(
		about.includes('href="mailto:correcciones@riverton.mx"'),
		'the About page links the desk',
	);
	assert.ok(about.includes(es['demo.notice']), 'the About page says the site is a demonstration');
	// The site's own documents, in its language.
	const chooser = readFileSync(join(dir, '.github/ISSUE_TEMPLATE/config.yml'), 'utf8');
	assert.ok(chooser.includes('https://riverton.github.io/checks/methodology/'));
	assert.match(chooser, /name: Cómo verificamos/);
	assert.match(
		readFileSync(join(dir, '.github/ISSUE_TEMPLATE/suggest-a-claim.yml'), 'utf8'),
		/name: Sugiera una afirmación para verificar/,
	);
	assert.match(
		readFileSync(join(dir, '.github/pull_request_template.md'), 'utf8'),
		/## Lista de revisión/,
	);
	const siteDocument = readFileSync(join(dir, 'SITE.md'), 'utf8');
	assert.match(siteDocument, /^# Chequeo Riverton\n/);
	assert.match(siteDocument, /\*\*Idioma:\*\* español/);
	assert.match(
		siteDocument,
		/\*\*Reporte un error o sugiera una afirmación:\*\* correcciones@riverton\.mx/,
	);

	// The templates leave TODOs where only the newsroom can write: a demonstration builds with
	// them (above); published (demo: false), the validator refuses each, at its line.
	writeFileSync(join(dir, 'src/config/site.ts'), settings.replace('demo: true', 'demo: false'));
	const validate = spawnSync(process.execPath, [join(dir, 'scripts/validate.ts')], {
		cwd: dir,
		encoding: 'utf8',
	});
	assert.equal(validate.status, 1, validate.stdout);
	const refused = `${validate.stdout}${validate.stderr}`;
	for (const page of ['about', 'methodology'])
		assert.match(refused, new RegExp(`content/pages/${page}\\.mdx:\\d+:1: .*placeholder: "TODO:`));
	assert.match(
		readFileSync(join(dist, 'logo.svg'), 'utf8'),
		/<title id="t">Chequeo Riverton<\/title>/,
	);
});

test('asks for what the flags leave out, again after a wrong answer, and changes nothing when not confirmed', () => {
	const dir = copyProject();
	const before = readdirSync(join(dir, 'content/claims')).length;
	const answers = [
		'Riverton Checks',
		'not a url',
		'https://checks.example',
		'xx',
		'en',
		'City budget claims',
		'Riverton Gazette',
		'https://github.com/riverton/checks',
		'not an email',
		'',
		'',
		'',
		'',
		'no',
	].join('\n');
	const run = newSite(dir, [], `${answers}\n`);
	assert.equal(run.status, 1, run.stdout + run.stderr);
	assert.match(run.stdout, /"not a url" must be an absolute http:\/\/ or https:\/\/ URL/);
	assert.match(
		run.stdout,
		/"xx" has no interface dictionary at any level \(looked for src\/i18n\/locales\/xx\.ts\); the languages are en, es/,
	);
	assert.match(run.stdout, /"not an email" must be an email address/);
	assert.match(run.stdout, /This removes \d+ claim\(s\) and \d+ source article\(s\)/);
	assert.match(run.stdout, /Nothing changed\./);
	assert.equal(readdirSync(join(dir, 'content/claims')).length, before);
});

test('bad flags are all reported at once, exit 2; --yes needs every required flag', () => {
	const dir = copyProject();
	const bad = newSite(dir, ['--url', 'ftp://x', '--lang', 'fr', '--yes']);
	assert.equal(bad.status, 2);
	assert.match(bad.stderr, /"ftp:\/\/x" must be an absolute/);
	assert.match(bad.stderr, /"fr" has no interface dictionary/);
	const missing = newSite(dir, ['--name', 'X Checks', '--yes']);
	assert.equal(missing.status, 2);
	assert.match(missing.stderr, /--url is required with --yes/);
});
