/**
 * Translations of checks (content/claims/<lang>/<id>.md) and the editorial pages of a further
 * language (content/pages/<lang>/): the validator refuses a folder that is no language of the
 * site, a translation of no check, a key the original owns and renderings of what the original
 * does not have; it warns, and stops nothing, where a translation is behind its original. Run on
 * a copy of the fixture edition's content with one further language; a single-language site
 * (the fixture's own settings) behaves as before.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, beforeEach, test } from 'node:test';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { defaultPathWords } from '../../src/lib/routes.ts';
import { ratingIds } from '../../src/edition/ratings.ts';
import {
	errorsOf,
	formatGithub,
	formatText,
	summarize,
	type Diagnostic,
} from '../../src/validator/diagnostics.ts';
import { validateProject, type ValidationOptions } from '../../src/validator/validate-project.ts';
import { claims } from '../site-content.ts';
import { contentRoot, editionSettingsFile } from '../test-edition.ts';

const lang = 'es-MX';
const languages = [{ lang, paths: { ...defaultPathWords, claims: 'verificaciones' } }];

const root = mkdtempSync(join(tmpdir(), 'crosscheck-translations-'));
after(() => rmSync(root, { recursive: true, force: true }));
const pristine = join(root, '.pristine');
cpSync(join(contentRoot, 'content'), pristine, { recursive: true });

/** The original these tests translate: the fixture's first check that quotes two sources with notes, with evidence notes and a context, that never asked the claimant. */
const target = claims.find(
	({ data }) =>
		data.sources.filter((s) => s.quote && s.note).length >= 2 &&
		data.evidence.some((e) => e.note) &&
		data.appeared.context !== undefined &&
		data.contact === undefined &&
		data.updates.length === 1 &&
		!data.updates.some((u) => u.verdict),
);
assert.ok(target, 'the fixture has no check to translate');
const { id } = target;
const quoted = target.data.sources.filter((s) => s.quote).map((s) => s.source);
const noted = target.data.sources.filter((s) => s.note).map((s) => s.source);
const evidenceNoted = target.data.evidence.filter((e) => e.note).map((e) => e.url);
const { published } = target.data;
const originalFile = `${contentDirs.claims}/${id}.md`;
const originalText = readFileSync(join(pristine, 'claims', `${id}.md`), 'utf8');
const file = `${contentDirs.claims}/${lang}/${id}.md`;

/** A complete translation's frontmatter lines, with `edit` applied, then its body. */
function translation(edit: (lines: string[]) => string[] = (lines) => lines, body = analysis) {
	const lines = [
		'claim: "El gobierno de Trump anunció planes para combatir a los cárteles con operaciones militares."',
		'summary: "El gobierno no anunció esos planes: la directiva de Trump era secreta y la reportó la prensa."',
		'translator: "Mesa de traducción"',
		`translated: ${published}`,
		'context: "Dicho con la voz del propio artículo."',
		'quotes:',
		...quoted.map((source) => `  ${source}: "Traducción del pasaje."`),
		'notes:',
		...noted.map((source) => `  ${source}: "Nota traducida."`),
		'evidenceNotes:',
		...evidenceNoted.map((url) => `  "${url}": "Nota de la evidencia, traducida."`),
		'log:',
		'  - "Primera publicación."',
	];
	return `---\n${edit(lines).join('\n')}\n---\n${body}`;
}
const analysis =
	'## Lo que dice el artículo\n\nEl artículo dice que el gobierno anunció planes.\n\n## Veredicto\n\nMayormente falso.\n';
/** The 1-based line of the file `text` on which `line` starts: a frontmatter line is its index + 2 (after "---"). */
const lineOf = (text: string, start: string) =>
	text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

/** Editorial pages in the further language, one for each of the default language's. */
function writePages() {
	for (const name of ['about', 'methodology'])
		write(
			`${contentDirs.pages}/${lang}/${name}.mdx`,
			`---\ntitle: Página ${name}\ndescription: Una descripción de la página en español de México.\n---\nTexto.\n`,
		);
}

const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

beforeEach(() => {
	rmSync(join(root, 'content'), { recursive: true, force: true });
	cpSync(pristine, join(root, 'content'), { recursive: true });
	writePages();
});

/** Each problem as `file:line: field: message`, warnings marked. */
const show = (problems: readonly Diagnostic[]) =>
	problems.map(
		(p) =>
			`${p.severity === 'warning' ? 'warning ' : ''}${p.file}:${p.line}: ${p.field}: ${p.message}`,
	);
const problems = (only: string[] = [], options: ValidationOptions = { languages }) =>
	show(validateProject(root, only, options).problems);

test('a bilingual project whose translation renders everything its original has passes', () => {
	write(file, translation());
	assert.deepEqual(problems(), []);
});

test('a single-language site (no locales) is as before, and a folder of translations there is an error', () => {
	// The fixture's own settings list no further language.
	assert.deepEqual(show(validateProject(root).problems), []);
	write(file, translation());
	assert.deepEqual(show(validateProject(root).problems), [
		`${contentDirs.claims}/${lang}/:1: : "${lang}" is a folder of translations, but the site lists no further languages (no locales in src/config/site.ts)`,
	]);
});

test('a folder that is no further language of the site is an error on the folder', () => {
	write(`${contentDirs.claims}/fr/${id}.md`, translation());
	write(`${contentDirs.claims}/es-mx/${id}.md`, translation());
	const found = validateProject(root, [], { languages }).problems;
	assert.deepEqual(show(found), [
		`${contentDirs.claims}/es-mx/:1: : "es-mx" is not one of the site's further languages (locales in src/config/site.ts: es-MX)`,
		`${contentDirs.claims}/fr/:1: : "fr" is not one of the site's further languages (locales in src/config/site.ts: es-MX)`,
	]);
	assert.equal(
		found[0]?.hint,
		`rename the folder to ${contentDirs.claims}/es-MX/: a language's folder is its tag exactly as locales writes it`,
	);
	// Named on the command line, such a file gets the folder's error itself.
	assert.deepEqual(problems([`${contentDirs.claims}/fr/${id}.md`]), [
		`${contentDirs.claims}/fr/${id}.md:1: : "fr" is not one of the site's further languages (locales in src/config/site.ts: es-MX)`,
	]);
});

test('a translation of no check is an error, with the closest id suggested', () => {
	const misspelt = `${id.slice(0, -1)}x`;
	write(`${contentDirs.claims}/${lang}/${misspelt}.md`, translation());
	const found = validateProject(root, [], { languages }).problems;
	assert.deepEqual(show(found), [
		`${contentDirs.claims}/${lang}/${misspelt}.md:1: : translates ${contentDirs.claims}/${misspelt}.md, which does not exist: a translation is named after the check it translates`,
	]);
	assert.equal(
		found[0]?.hint,
		`did you mean "${id}"? rename the file to ${contentDirs.claims}/${lang}/${id}.md`,
	);
	write(`${contentDirs.claims}/${lang}/notes.txt`, 'x');
	assert.ok(
		problems().includes(
			`${contentDirs.claims}/${lang}/notes.txt:1: : translations must be Markdown (.md), as claim files are; ".txt" files are not read`,
		),
	);
});

test('a translation that sets its own verdict, stances, sources or whether the claimant was asked is refused, key by key', () => {
	const text = translation((lines) => [
		...lines,
		'verdict: "true"',
		'sources:',
		`  - source: ${quoted[0]}`,
		'    stance: supports',
		'stance: supports',
		'published: 2026-11-01',
		'contact:',
		'  asked: false',
		'  reason: "No había a quién preguntar: la página no tiene editor."',
	]);
	write(file, text);
	const from = `a translation takes`;
	const original = `from the original (${originalFile}) and may not set`;
	assert.deepEqual(problems(), [
		`${file}:${lineOf(text, 'verdict:')}: verdict: ${from} its verdict ${original} one; change the verdict there`,
		`${file}:${lineOf(text, 'sources:')}: sources: ${from} its sources and their stances ${original} them; delete the list; render a quoted passage under quotes: and a stance note under notes:, by source id`,
		`${file}:${lineOf(text, 'stance:')}: stance: ${from} its stances ${original} one; delete the line; render a stance note under notes:, by source id`,
		`${file}:${lineOf(text, 'published:')}: published: ${from} its publication date ${original} one; delete the line; the translation's own day is translated:`,
		// The original never asked, so a contact text has nothing to translate either.
		`${file}:${lineOf(text, 'contact:')}: contact: the original (${originalFile}) says nothing of asking the claimant, so there is nothing to translate`,
		`${file}:${lineOf(text, '  asked:')}: contact.asked: ${from} whether the claimant was asked ${original} it; delete the line; translate only contact's texts: reason, or whom and answer`,
	]);
});

test("the schema's problems are at their line and field, with a did-you-mean for a misspelt key", () => {
	const text = translation((lines) => [
		...lines.filter((line) => !line.startsWith('translator:')),
		'notas:',
		'  x: "y"',
	]);
	write(file, text.replace(/^summary: .*$/m, 'summary: "Corto."'));
	const found = validateProject(root, [], { languages }).problems;
	assert.deepEqual(show(found), [
		`${file}:1: translator: is required but missing`,
		`${file}:3: summary: must be at least 10 characters`,
		`${file}:${lineOf(text, 'notas:')}: notas: unknown field "notas"`,
	]);
	assert.equal(found[2]?.hint, 'did you mean "notes"?');
});

test('what a translation renders must be in its original: quotes, notes, evidence notes, log, contact, context; and it is not dated before the original', () => {
	write(
		originalFile,
		originalText.replace(/\nappeared:\n(?: {2}.*\n)+/, (appeared) =>
			appeared.replace(/^ {2}context: .*\n/m, ''),
		),
	);
	const text = translation((lines) => [
		...lines.map((line) => (line.startsWith('translated:') ? 'translated: 2025-01-02' : line)),
		'  - "Una entrada de más."',
	]).replace('quotes:\n', 'quotes:\n  not-a-source: "x"\n');
	const withExtra = text
		.replace('notes:\n', 'notes:\n  nota-de-nadie: "x"\n')
		.replace('evidenceNotes:\n', 'evidenceNotes:\n  "https://example.org/nada": "x"\n')
		.replace('translator:', 'contact:\n  whom: "la oficina de prensa"\ntranslator:');
	write(file, withExtra);
	assert.deepEqual(problems(), [
		`${file}:${lineOf(withExtra, 'contact:')}: contact: the original (${originalFile}) says nothing of asking the claimant, so there is nothing to translate`,
		`${file}:${lineOf(withExtra, 'translated:')}: translated: (2025-01-02) is before the original was published (${published})`,
		`${file}:${lineOf(withExtra, 'context:')}: context: the original (${originalFile}) has no appeared.context to translate`,
		`${file}:${lineOf(withExtra, '  not-a-source:')}: quotes.not-a-source: "not-a-source" is not a source the original quotes (${originalFile}: ${quoted.join(', ')})`,
		`${file}:${lineOf(withExtra, '  nota-de-nadie:')}: notes.nota-de-nadie: "nota-de-nadie" is not a source the original has a note on (${originalFile}: ${noted.join(', ')})`,
		`${file}:${lineOf(withExtra, '  "https://example.org/nada":')}: evidenceNotes.https://example.org/nada: "https://example.org/nada" is not the url of an evidence item with a note in the original's evidence (${originalFile}: ${evidenceNoted.join(', ')})`,
		`${file}:${lineOf(withExtra, '  - "Una entrada de más."')}: log[1]: has 2 notes, but the original's update log (${originalFile}) has 1 entries`,
	]);
});

test("contact's texts are those of the original's kind: reason where it did not ask, whom and answer where it did", () => {
	const asked = (contact: string) =>
		write(originalFile, originalText.replace('\nappeared:\n', `\n${contact}appeared:\n`));
	asked(
		'contact:\n  asked: false\n  reason: "The page names no publisher and gives no address."\n',
	);
	const text = translation((lines) => [
		...lines,
		'contact:',
		'  whom: "la oficina de prensa, por correo"',
	]);
	write(file, text);
	assert.deepEqual(problems(), [
		`warning ${file}:${lineOf(text, 'contact:')}: contact: does not translate the original's contact.reason: the page shows it in the original's language`,
		`${file}:${lineOf(text, '  whom:')}: contact.whom: the original (${originalFile}) says asked: false, which has no whom: translate reason`,
	]);
	assert.deepEqual(
		validateProject(root, [], { languages }).problems.map((p) => p.severity),
		['warning', undefined],
	);
	asked('contact:\n  asked: true\n  date: 2026-11-20\n  whom: "the press office, by email"\n');
	const answered = translation((lines) => [
		...lines,
		'contact:',
		'  whom: "la oficina de prensa, por correo"',
		'  answer: "No respondieron."',
	]);
	write(file, answered);
	assert.deepEqual(problems(), [
		`${file}:${lineOf(answered, '  answer:')}: contact.answer: the original (${originalFile}) has no contact.answer to translate`,
	]);
});

test('a translation behind its original is a warning, naming the newest later update and a change of verdict', () => {
	const updates = [
		'  - date: 2026-12-03',
		'    note: "The ministry published its figures; the verdict changes."',
		`    verdict: ${target.data.verdict}`,
		'  - date: 2026-12-04',
		'    note: "A link now points to the archived copy."',
	].join('\n');
	const other = ratingIds.find((rating) => rating !== target.data.verdict);
	const updated = originalText
		.replace(/^updated: .*$/m, 'updated: 2026-12-04')
		.replace(/(\nupdates:\n(?: {2}.*\n)+)/, `$1${updates}\n`)
		.replace(/^verdict: .*$/m, `verdict: ${other}`);
	write(originalFile, updated);
	const text = translation();
	write(file, text);
	const found = validateProject(root, [], { languages }).problems;
	assert.deepEqual(show(found), [
		`warning ${file}:${lineOf(text, 'translated:')}: translated: the original was updated on 2026-12-04 after this translation (${published}), and its update of 2026-12-03 changed the verdict: bring the translation up to date and set \`translated\``,
		`warning ${file}:${lineOf(text, 'log:')}: log: translates 1 of the 3 notes in the original's update log: the page shows the others in the original's language`,
	]);
	// Warnings stop nothing.
	assert.deepEqual(errorsOf(found), []);
	// Translated since the first later update: the second is still after it, and changed no verdict.
	write(
		file,
		translation((lines) =>
			lines.map((l) => l.replace(/^translated: .*/, 'translated: 2026-12-03')),
		),
	);
	assert.deepEqual(
		problems().filter((p) => p.includes('translated:')),
		[
			`warning ${file}:${lineOf(text, 'translated:')}: translated: the original was updated on 2026-12-04 after this translation (2026-12-03): bring the translation up to date and set \`translated\``,
		],
	);
});

test('what is left untranslated is a warning: a quote without a rendering, a note, an evidence note, the context', () => {
	// A source's rendering is under quotes: (its first line), its note under notes: (its last).
	const text = translation((lines) =>
		lines.filter(
			(line, i) =>
				i !== lines.findIndex((l) => l.startsWith(`  ${quoted[0]}:`)) &&
				i !== lines.findLastIndex((l) => l.startsWith(`  ${noted[1]}:`)) &&
				!line.startsWith('  "http') &&
				!line.startsWith('evidenceNotes:') &&
				!line.startsWith('context:'),
		),
	);
	write(file, text);
	assert.deepEqual(problems(), [
		// Fields left out are pointed at the frontmatter's first line.
		`warning ${file}:1: evidenceNotes: translates no note of the evidence at ${evidenceNoted.join(', ')}: the page shows those notes in the original's language`,
		`warning ${file}:1: context: is not translated: the page shows the original's appeared.context in its language`,
		`warning ${file}:${lineOf(text, 'quotes:')}: quotes: renders no quote from ${quoted[0]}, which the original quotes: the page shows those passages with no translation beside them`,
		`warning ${file}:${lineOf(text, 'notes:')}: notes: translates no note on ${noted[1]}: the page shows those notes in the original's language`,
	]);
});

test("reader text and the analysis are held to a claim file's rules: placeholders, tags, file ids, raw HTML", () => {
	const text = translation(
		(lines) =>
			lines.map((line, i) =>
				line.startsWith('summary:')
					? 'summary: "TODO: el resumen en una frase, con su razón."'
					: line.startsWith('claim:')
						? 'claim: "El gobierno <b>anunció</b> planes contra los cárteles."'
						: i === lines.findLastIndex((l) => l.startsWith(`  ${noted[0]}:`))
							? `  ${noted[0]}: "Lo dice ${quoted[0]}, sin más."`
							: line,
			),
		`${analysis}\n<script>alert(1)</script>\n`,
	);
	write(file, text);
	const found = problems();
	const bodyLine = lineOf(text, '<script>');
	assert.deepEqual(found, [
		`${file}:2: claim: must be plain text: HTML tags are not allowed`,
		`${file}:3: summary: still holds a placeholder: "TODO: el resumen en una frase, con su razón."`,
		`${file}:${text.split('\n').findLastIndex((line) => line.startsWith(`  ${noted[0]}:`)) + 1}: notes.${noted[0]}: names "${quoted[0]}", the id of a source file, in text readers see`,
		`${file}:${bodyLine}: body: raw HTML is not allowed in a claim file`,
	]);
});

test('each further language has every editorial page, parsed as the default ones are', () => {
	write(file, translation());
	rmSync(join(root, contentDirs.pages, lang, 'methodology.mdx'));
	write(`${contentDirs.pages}/${lang}/about.mdx`, '---\ntitle: Acerca\n---\nTexto.\n');
	write(
		`${contentDirs.pages}/${lang}/metodologia.mdx`,
		'---\ntitle: Metodología\ndescription: Cómo trabajamos, paso por paso.\n---\nTexto.\n',
	);
	write(
		`${contentDirs.pages}/${lang}/verificaciones.mdx`,
		'---\ntitle: Verificaciones\ndescription: Todas las verificaciones de la edición.\n---\n',
	);
	const found = problems();
	assert.deepEqual(found, [
		`${contentDirs.pages}/${lang}/about.mdx:1: description: is required but missing`,
		`${contentDirs.pages}/${lang}/methodology.mdx:1: : is missing: every editorial page (${contentDirs.pages}/methodology.mdx) has a version in each of the site's languages`,
		`${contentDirs.pages}/${lang}/metodologia.mdx:1: : translates ${contentDirs.pages}/metodologia.mdx, which does not exist`,
		`${contentDirs.pages}/${lang}/verificaciones.mdx:1: : translates ${contentDirs.pages}/verificaciones.mdx, which does not exist`,
		`${contentDirs.pages}/${lang}/verificaciones.mdx:1: : the editorial page verificaciones.mdx takes the address /verificaciones/ of the site's claims (paths.claims)`,
	]);
});

test('validating some claim files checks their translations too; a translation named alone is checked as one', () => {
	const text = translation((lines) => [...lines, 'verdict: "true"']);
	write(file, text);
	const expected = `${file}:${lineOf(text, 'verdict:')}: verdict: a translation takes its verdict from the original (${originalFile}) and may not set one; change the verdict there`;
	const other = claims.find((claim) => claim.id !== id)?.id ?? '';
	assert.deepEqual(problems([originalFile]), [expected]);
	assert.deepEqual(problems([file]), [expected]);
	assert.deepEqual(problems([`${contentDirs.claims}/${other}.md`]), []);
	assert.equal(validateProject(root, [originalFile], { languages }).checked, 2);
});

test('--base: a translation deleted while its original stays is fine', () => {
	write(file, translation());
	const git = (...args: string[]) =>
		spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
			cwd: root,
			encoding: 'utf8',
		});
	git('init', '--quiet');
	git('add', 'content');
	git('commit', '--quiet', '-m', 'published');
	rmSync(join(root, file));
	assert.deepEqual(problems([], { languages, base: 'HEAD' }), []);
	rmSync(join(root, '.git'), { recursive: true, force: true });
});

test('warnings are printed as such and counted apart; GitHub shows them as warnings', () => {
	const warning: Diagnostic = {
		file,
		line: 5,
		column: 1,
		field: 'translated',
		message: 'the original was updated',
		severity: 'warning',
	};
	const error: Diagnostic = { ...warning, field: 'verdict', message: 'x', severity: undefined };
	assert.equal(formatText(warning), `${file}:5:1: warning: translated: the original was updated`);
	assert.match(formatGithub(warning), /^::warning file=/);
	assert.match(formatGithub({ file, line: 1, column: 1, field: '', message: 'x' }), /^::error /);
	assert.equal(
		summarize([warning], 3),
		'3 file(s) checked, no problems; 1 warning(s) in 1 file(s)',
	);
	assert.equal(
		summarize([warning, error], 3),
		'3 file(s) checked: 1 problem(s) in 1 file(s); 1 warning(s) in 1 file(s)',
	);
});

test('npm run validate on a bilingual site: exit 0 with only warnings, 1 with an error', () => {
	// The fixture's settings with one further language, swapped in for the project's as tests/edition-hooks.ts does.
	const settings = join(root, 'site.ts');
	writeFileSync(
		settings,
		readFileSync(editionSettingsFile, 'utf8')
			.replace(/^import type .*$/m, '')
			.replace(/satisfies SiteSettings;/, ';')
			.replace(/\n\tlang: ([^\n]*)\n/, `\n\tlang: $1\n\tlocales: ['${lang}'],\n`),
	);
	const hooks = join(root, 'hooks.ts');
	const published = pathToFileURL(join(process.cwd(), 'src/config/site.ts')).href;
	writeFileSync(
		hooks,
		`import { registerHooks } from 'node:module';
registerHooks({
	resolve(specifier, context, nextResolve) {
		const resolved = nextResolve(specifier, context);
		return resolved.url === ${JSON.stringify(published)} ? { ...resolved, url: ${JSON.stringify(pathToFileURL(settings).href)} } : resolved;
	},
});
`,
	);
	const validate = () =>
		spawnSync(
			process.execPath,
			['--import', pathToFileURL(hooks).href, join(process.cwd(), 'scripts/validate.ts')],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, CROSSCHECK_SITE_URL: '' } },
		);
	write(
		file,
		translation((lines) => lines.filter((line) => !line.startsWith('context:'))),
	);
	const warned = validate();
	assert.equal(warned.status, 0, warned.stdout + warned.stderr);
	assert.match(warned.stdout, new RegExp(`^${file}:1:1: warning: context: is not translated`));
	assert.match(warned.stderr, /no problems; 1 warning\(s\) in 1 file\(s\)\n$/);
	write(
		file,
		translation((lines) => [...lines, 'verdict: "true"']),
	);
	const refused = validate();
	assert.equal(refused.status, 1, refused.stdout + refused.stderr);
	assert.match(refused.stdout, /verdict: a translation takes its verdict from the original/);
});
