/**
 * npm run new-site -- --name <name> --url <url> --lang <tag> --topic <text> --publisher <organization>
 *                     --repository <url> [--email <address>] [--form <url>] [--description <text>]
 *                     [--desk <byline>] [--yes]
 * Turns a copy of the repository into a new, empty edition: removes the current edition's claims
 * and sources, writes the settings (src/config/site.ts), the editorial pages (content/pages/)
 * from templates in the site's language, the site's own documents (SITE.md, the .github issue
 * and pull-request templates) in that language, and the brand marks in public/. The new site is
 * a demonstration (`demo: true`) until its About and methodology pages are written: their
 * templates leave TODOs where only the newsroom can write (who funds it, how it reviews), which
 * a demonstration builds with and a published site (demo: false) refuses. Asks for what the flags leave out, and for confirmation unless --yes is given.
 * Exit 0 when done, 1 when declined, 2 on bad input.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { formatMessage } from '../src/i18n/format.ts';
import { dictionaryPathWords, loadDictionary } from '../src/i18n/dictionary.ts';
import { pathWordKeys } from '../src/lib/routes.ts';
import { dictionaryChain, fallbackChain, languageTags } from '../src/i18n/languages.ts';
import { canonicalTag, languageTagPattern } from '../src/lib/language-tags.ts';
import { defaultScale } from '../src/lib/ratings.ts';
import { settingsFile, settingsSchema, type SiteSettings } from '../src/lib/settings.ts';
import { requiredPages } from '../src/validator/check-edition.ts';
import { contentDirs } from '../src/lib/edition-files.ts';
import { ask, checkFlags, InputError, openPrompt, refuse, type Field } from './lib/questions.ts';

const usage = `usage: npm run new-site -- --name <name> --url <url> --lang <${languageTags().join('|')}> --topic <text>
                         --publisher <organization> --repository <url>
                         [--email <address>] [--form <url>] [--description <text>] [--desk <byline>] [--yes]
  Replaces this edition (its claims, sources, editorial pages, settings and brand marks) with a new,
  empty one. Asks for anything not given, and for confirmation unless --yes is given.`;

const templatesDir = join(import.meta.dirname, 'new-site');
const shape = settingsSchema.shape;
const contactShape = shape.contact.unwrap().shape;

/** Checked with the settings schema's own rule for the setting, and its wording. */
const setting = (
	question: string,
	rule: {
		safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } };
	},
): Field => ({
	question,
	check: (answer) => {
		const parsed = rule.safeParse(answer);
		if (!parsed.success)
			throw new InputError(`"${answer}" ${parsed.error?.issues[0]?.message ?? 'is not valid'}`);
		return answer;
	},
});

const fields = {
	name: setting('The site\'s name, as readers will see it (e.g. "Riverton Checks")', shape.name),
	url: setting(
		'Where it will be published, with any path (e.g. https://riverton.github.io/checks/)',
		shape.url,
	),
	lang: {
		question: `Interface language, a BCP 47 tag (${languageTags().join(', ')}, or a regional tag such as es-AR that falls back to its language)`,
		check: (answer: string) => {
			const tag = canonicalTag(answer);
			if (tag === undefined || !languageTagPattern.test(tag))
				throw new InputError(`"${answer}" is not a language tag such as "en", "es" or "es-MX"`);
			try {
				dictionaryChain(tag, languageTags());
			} catch (error) {
				throw new InputError(
					`${(error as Error).message} (adding one is adding src/i18n/locales/<tag>.ts)`,
				);
			}
			return tag;
		},
	},
	topic: setting(
		'What the site checks, as a heading (e.g. "Claims about the 2027 city budget")',
		shape.topic.shape.title,
	),
	description: setting(
		'One or two sentences on what is checked (empty to leave out)',
		shape.topic.shape.description.unwrap(),
	),
	publisher: setting('The publishing organization', shape.publisher.shape.name),
	repository: setting(
		'The public repository that will hold the content (e.g. https://github.com/riverton/checks)',
		shape.repository.shape.url,
	),
	email: setting(
		"The desk's email address, where readers report errors (empty to leave out)",
		contactShape.email.unwrap(),
	),
	form: setting(
		'A contact or corrections form on the web, if you have one (empty to leave out)',
		contactShape.form.unwrap(),
	),
	desk: setting("The byline new claim files get (empty for the site's desk)", shape.desk),
} satisfies Record<string, Field>;

type Key = keyof typeof fields;
const required: readonly Key[] = ['name', 'url', 'lang', 'topic', 'publisher', 'repository'];
const optional: readonly Key[] = ['email', 'form', 'description', 'desk'];

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: {
				...Object.fromEntries(
					[...required, ...optional].map((key) => [key, { type: 'string' as const }]),
				),
				yes: { type: 'boolean', short: 'y' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { yes, help, ...given } = parsed.values as { yes?: boolean; help?: boolean } & Partial<
		Record<Key, string>
	>;
	if (help) {
		console.log(usage);
		return 0;
	}
	const keys = [...required, ...optional];
	const { answers, wrong } = checkFlags(fields, keys, given);
	if (wrong.length > 0) return refuse(wrong, 'new-site');
	const missing = required.filter((key) => answers[key] === undefined);
	if (yes && missing.length > 0)
		return refuse(
			missing.map((key) => new InputError(`--${key} is required with --yes`)),
			'new-site',
		);
	const prompt = yes ? null : openPrompt();
	try {
		for (const key of keys.filter((k) => answers[k] === undefined)) {
			if (prompt) answers[key] = await ask(prompt, fields[key], undefined, required.includes(key));
		}
		const root = process.cwd();
		const claims = listMarkdown(join(root, contentDirs.claims));
		const sources = listMarkdown(join(root, contentDirs.sources));
		if (prompt) {
			const confirm = await ask(
				prompt,
				{
					question: `This removes ${claims.length} claim(s) and ${sources.length} source article(s), and rewrites ${settingsFile}, ${contentDirs.pages}/ and public/. Continue? (yes/no)`,
					check: (a) => a,
				},
				undefined,
				true,
			);
			if (!/^y(es)?$/i.test(confirm ?? '')) {
				console.log('Nothing changed.');
				return 1;
			}
		}
		const settings = await settingsFrom(answers as Record<Key, string | undefined>);
		writeEdition(root, settings, await settingsSource(root, settings), claims, sources);
		console.log(nextSteps(settings));
		return 0;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		return refuse([error], 'new-site');
	} finally {
		prompt?.terminal.close();
	}
}

const listMarkdown = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith('.md'))
				.map((name) => join(dir, name))
		: [];

async function settingsFrom(answers: Record<Key, string | undefined>): Promise<SiteSettings> {
	const need = (key: Key) => {
		const value = answers[key];
		if (value === undefined) throw new InputError(`--${key} is required`);
		return value;
	};
	const name = need('name');
	const { description, email, form } = answers;
	return {
		name,
		url: need('url'),
		lang: need('lang'),
		// The site's own words from now on: a later dictionary never renames its addresses.
		paths: await dictionaryPathWords(need('lang'), pathWordKeys),
		topic: { title: need('topic'), ...(description ? { description } : {}) },
		publisher: { name: need('publisher'), logo: '/logo.svg' },
		repository: { url: need('repository').replace(/\/$/, ''), branch: 'main' },
		contact: { ...(email ? { email } : {}), ...(form ? { form } : {}) },
		desk: answers.desk ?? (await deskIn(need('lang'), name)),
		// A demonstration until the newsroom has written its About and methodology pages.
		demo: true,
		// The engine's scale, written out so the newsroom sees it and can make it its own.
		ratings: defaultScale.map((rating) => ({ ...rating })),
	};
}

/** The default byline, "<name> desk", in the site's language. */
async function deskIn(lang: string, name: string): Promise<string> {
	const { messages } = await loadDictionary(lang);
	return formatMessage(messages['site.desk'], { site: name }, lang);
}

/** The settings file: plain data, typed by the engine's settings schema, in the project's code style. */
async function settingsSource(root: string, settings: SiteSettings): Promise<string> {
	const file = join(root, settingsFile);
	const source = `/**
 * This edition's settings: the one file, besides content/ and public/, that a site owns.
 * src/lib/settings.ts says what each setting means, checks them and fills in defaults.
 * Never edit engine files for a site: upgrading is then merging a newer Crosscheck.
 */
import type { SiteSettings } from '../lib/settings.ts';

export default ${JSON.stringify(settings, null, '\t')} satisfies SiteSettings;
`;
	return format(source, { ...(await resolveConfig(file)), filepath: file });
}

/** A template with {{name}}-style slots filled; every slot must be known. */
function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
		const value = values[slot];
		if (value === undefined) throw new Error(`template slot {{${slot}}} has no value`);
		return value;
	});
}

function writeEdition(
	root: string,
	settings: SiteSettings,
	settingsText: string,
	claims: readonly string[],
	sources: readonly string[],
): void {
	for (const file of [...claims, ...sources]) rmSync(file);
	// The records of withdrawn and renamed checks belong to the edition that published them, as do
	// its translations and its further languages' editorial pages (content/claims/<lang>/, content/pages/<lang>/).
	rmSync(join(root, contentDirs.records), { recursive: true, force: true });
	for (const dir of [contentDirs.claims, contentDirs.pages].map((dir) => join(root, dir)))
		for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [])
			if (entry.isDirectory()) rmSync(join(dir, entry.name), { recursive: true, force: true });
	for (const dir of [contentDirs.claims, contentDirs.sources, contentDirs.pages])
		mkdirSync(join(root, dir), { recursive: true });
	// Git keeps no empty folder: these keep the content folders in a fresh clone.
	for (const dir of [contentDirs.claims, contentDirs.sources])
		writeFileSync(join(root, dir, '.gitkeep'), '');

	// Templates fall back like dictionaries: scripts/new-site/es/ serves es-MX.
	const lang = fallbackChain(settings.lang).find((tag) => existsSync(join(templatesDir, tag)));
	if (lang === undefined)
		throw new Error(`no page templates in ${templatesDir} for ${settings.lang}`);
	const repository = settings.repository.url;
	const topic = settings.topic.title;
	const slots = {
		name: settings.name,
		publisher: settings.publisher.name,
		topic: topic.charAt(0).toLowerCase() + topic.slice(1),
		issues: `${repository}/issues`,
		repository,
	};
	for (const page of requiredPages) {
		writeFileSync(
			join(root, contentDirs.pages, `${page}.mdx`),
			fill(readFileSync(join(templatesDir, lang, `${page}.mdx`), 'utf8'), slots),
		);
	}
	writeFileSync(join(root, settingsFile), settingsText);

	const site = settings.url.replace(/\/?$/, '/');
	const documentSlots = {
		...slots,
		site,
		branch: settings.repository.branch ?? 'main',
		language:
			new Intl.DisplayNames([settings.lang], { type: 'language' }).of(settings.lang) ??
			settings.lang,
		contact: settings.contact?.email ?? settings.contact?.form ?? `${repository}/issues`,
	};
	// The site's own documents, in its language: upgrade never touches them (src/lib/edition-files.ts).
	rmSync(join(root, '.github/ISSUE_TEMPLATE'), { recursive: true, force: true });
	mkdirSync(join(root, '.github/ISSUE_TEMPLATE'), { recursive: true });
	for (const [template, target] of siteDocuments) {
		writeFileSync(
			join(root, target),
			fill(readFileSync(join(templatesDir, lang, template), 'utf8'), documentSlots),
		);
	}
	const mark = brandMark(settings.name);
	for (const file of ['logo.svg', 'favicon.svg']) writeFileSync(join(root, 'public', file), mark);
}

/** The site's own documents: template in scripts/new-site/<lang>/, file written. */
const siteDocuments = [
	['SITE.md', 'SITE.md'],
	['github/pull_request_template.md', '.github/pull_request_template.md'],
	['github/config.yml', '.github/ISSUE_TEMPLATE/config.yml'],
	['github/suggest-a-claim.yml', '.github/ISSUE_TEMPLATE/suggest-a-claim.yml'],
] as const;

/** A plain mark with the site's initial, named for screen readers; replace it with the newsroom's own. */
function brandMark(name: string): string {
	const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const initial = escape([...name.trim()][0]?.toUpperCase() ?? '?');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-labelledby="t"><title id="t">${escape(name)}</title><rect width="64" height="64" rx="12" fill="#1f3a5f"/><text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="34" font-weight="700" fill="#fff">${initial}</text></svg>\n`;
}

function nextSteps(settings: SiteSettings): string {
	return `Started ${settings.name}: ${settingsFile}, ${contentDirs.pages}/about.mdx and methodology.mdx, SITE.md, the .github templates and public/ are written; ${contentDirs.claims}/ and ${contentDirs.sources}/ are empty.
The site is a demonstration (demo: true in ${settingsFile}): it builds, and says so to readers, until you publish it.

Next steps:
  1. Read ${contentDirs.pages}/about.mdx and methodology.mdx and make them yours: replace every TODO (who owns and funds you, how you pick claims, how you ask claimants, who reviews, how you correct).
  2. Replace public/logo.svg and public/favicon.svg with your own marks.
  3. Add the articles you check to ${contentDirs.sources}/ (CONTRIBUTING.md, "Source files"), then claims with npm run new-claim.
  4. npm run build, then npm run preview; npm test runs every check.
  5. To publish, set demo: false in ${settingsFile}: the build then refuses any TODO left in the editorial pages and any placeholder address (.example).`;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`new-site stopped: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 2;
	},
);
