/** The settings file is checked like content: a bad setting is named, with what is wrong; what follows from the settings is derived once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultScale, ratingScale } from '../../src/lib/ratings.ts';
import { loadDictionary } from '../../src/i18n/dictionary.ts';
import { languageTags } from '../../src/i18n/languages.ts';
import { defaultPathWords, pathWordKeys } from '../../src/lib/routes.ts';
import { resolveSettings, type SiteSettings } from '../../src/lib/settings.ts';

const good: SiteSettings = {
	name: 'Riverton Checks',
	url: 'https://riverton.github.io/checks/',
	lang: 'es',
	topic: { title: 'Las promesas del presupuesto' },
	publisher: { name: 'Gaceta de Riverton' },
	repository: { url: 'https://github.com/riverton/checks' },
	desk: 'Redacción',
};

test('a URL with a path gives the base path; defaults are filled in', () => {
	const site = resolveSettings(good);
	assert.equal(site.url, 'https://riverton.github.io/checks');
	assert.equal(site.base, '/checks/');
	assert.equal(site.issuesUrl, 'https://github.com/riverton/checks/issues');
	assert.equal(site.repository.branch, 'main');
	assert.deepEqual(site.checks, {});
	assert.equal(resolveSettings({ ...good, url: 'https://checks.example' }).base, '/');
	assert.equal(resolveSettings({ ...good, url: 'https://org.example/a/b' }).base, '/a/b/');
});

test('every bad setting is named in one message, with the settings file', () => {
	const bad = {
		...good,
		url: 'ftp://x',
		lang: 'Spanish',
		topic: { title: '' },
		colour: 'red',
	} as unknown as SiteSettings;
	assert.throws(
		() => resolveSettings(bad),
		(error: Error) => {
			assert.match(error.message, /^src\/config\/site\.ts: the site's settings are not valid:/);
			assert.match(error.message, /\n {2}url: must be an absolute http:\/\/ or https:\/\/ URL/);
			assert.match(error.message, /\n {2}lang: must be a language tag such as "en" or "es"/);
			assert.match(error.message, /\n {2}topic\.title: must not be empty/);
			assert.match(error.message, /colour/);
			return true;
		},
	);
});

test('a deployment that says where it publishes overrides the URL', () => {
	process.env['CROSSCHECK_SITE_URL'] = 'https://org.github.io/riverton/';
	try {
		const site = resolveSettings(good);
		assert.equal(site.url, 'https://org.github.io/riverton');
		assert.equal(site.base, '/riverton/');
	} finally {
		delete process.env['CROSSCHECK_SITE_URL'];
	}
});

test('lang is any well-formed BCP 47 tag, in its canonical case; quotation marks may be set, as a pair', () => {
	assert.equal(resolveSettings({ ...good, lang: 'es-mx' }).lang, 'es-MX');
	assert.equal(resolveSettings({ ...good, lang: 'zh-Hant-TW' }).lang, 'zh-Hant-TW');
	assert.throws(
		() => resolveSettings({ ...good, lang: 'es-MXX-1' }),
		/\n {2}lang: must be a well-formed BCP 47 language tag such as "en", "es" or "es-MX"/,
	);
	assert.equal(resolveSettings(good).typography.quotes, undefined);
	assert.deepEqual(
		resolveSettings({ ...good, typography: { quotes: ['«', '»'] } }).typography.quotes,
		['«', '»'],
	);
	for (const quotes of [['«'], ['«', 'a'], ['', '»'], ['« ', '»']])
		assert.throws(
			() => resolveSettings({ ...good, typography: { quotes } } as unknown as SiteSettings),
			/\n {2}typography\.quotes(\[\d\])?: must (not )?be/,
			JSON.stringify(quotes),
		);
});

/** A four-step scale of a newsroom's own, as its settings would write it. */
const scale = [
	{
		id: 'correct',
		label: 'Correct',
		meaning: 'Right.',
		color: '#0b5d3b',
		ink: '#ffffff',
		icon: 'check',
		value: 3,
	},
	{
		id: 'misleading',
		label: { en: 'Misleading', es: 'Engañoso' },
		meaning: 'Half.',
		color: '#f2c14e',
		ink: '#1b2230',
		icon: 'half',
		value: 2,
	},
	{
		id: 'incorrect',
		label: 'Incorrect',
		meaning: 'Wrong.',
		color: '#8e1b2c',
		ink: '#ffffff',
		icon: 'cross',
		value: 1,
	},
	{
		id: 'unverifiable',
		label: 'Unverifiable',
		meaning: 'Unknown.',
		color: '#5f6570',
		ink: '#ffffff',
		icon: 'question',
		value: null,
	},
] as const;
/** The one message resolveSettings throws for `ratings`, minus the settings file's heading. */
const ratingsProblems = (ratings: unknown) => {
	try {
		resolveSettings({ ...good, ratings } as unknown as SiteSettings);
	} catch (error) {
		return (error as Error).message.split('\n').slice(1);
	}
	return [];
};

test("without a ratings setting a site has the engine's six; with one, its own scale in its order", () => {
	assert.deepEqual(resolveSettings(good).ratings, defaultScale);
	const own = resolveSettings({ ...good, ratings: [...scale] }).ratings;
	assert.deepEqual(
		own.map((r) => r.id),
		['correct', 'misleading', 'incorrect', 'unverifiable'],
	);
});

test('a scale with a repeated id, a repeated value, an unreadable badge or an unknown icon is named at each rating', () => {
	const [correct, misleading, incorrect, unverifiable] = scale;
	assert.deepEqual(
		ratingsProblems([
			correct,
			{ ...misleading, id: 'correct' },
			{ ...incorrect, value: 3, ink: '#777777' },
			{ ...unverifiable, icon: 'thumbs-up' },
		]),
		[
			'  ratings[3].icon: must be one of the icons: check, check-rule, half, cross-rule, cross, question, revised, speech, quotes, plus, not-equal, dash',
		],
	);
	assert.deepEqual(
		ratingsProblems([
			correct,
			{ ...misleading, id: 'correct' },
			{ ...incorrect, value: 3, ink: '#777777' },
			unverifiable,
		]),
		[
			'  ratings[1].id: "correct" is already the id of ratings[0]: give each rating its own id',
			'  ratings[2].value: 3 is already the value of ratings[0]: give each rating on the scale its own value',
			`  ratings[2].ink: "#777777" on "#8e1b2c" has a contrast of 2.00:1, below WCAG AA's 4.5:1: choose a darker ink or a lighter color (or the reverse)`,
		],
	);
	assert.deepEqual(ratingsProblems([correct]), ['  ratings: must list at least two ratings']);
	assert.deepEqual(ratingsProblems([correct, unverifiable]), [
		'  ratings: must place at least two ratings on the scale (a value that is not null)',
	]);
});

test("a rating without a label of its own takes the dictionary's; with neither, the setting is named", () => {
	const dictionary: Record<string, string> = {
		'verdict.correct': 'Right',
		'verdict.correct.meaning': 'Accurate.',
	};
	const { label: _label, meaning: _meaning, ...bare } = scale[0];
	const bound = ratingScale([bare, ...scale.slice(1)], 'es-MX', (key) => dictionary[key]);
	assert.equal(bound.getRating('correct').label, 'Right');
	assert.equal(bound.getRating('misleading').label, 'Engañoso', 'es-MX falls back to es');
	assert.equal(bound.getRating('incorrect').label, 'Incorrect');
	assert.deepEqual(bound.ratingBounds, { best: 3, worst: 1 });
	assert.throws(
		() =>
			ratingScale([...scale.slice(0, 3), { ...scale[3], label: undefined }], 'en', () => undefined),
		{
			message:
				"ratings[3].label: the rating \"unverifiable\" has no label, and the dictionary has no \"verdict.unverifiable\". Give it one in the settings (label: 'text', or one per language: { en: '…', es: '…' }).",
		},
	);
	assert.throws(
		() =>
			ratingScale(
				[{ ...scale[1], label: { es: 'Engañoso' } }, ...scale.slice(2)],
				'fr',
				() => undefined,
			),
		/^Error: ratings\[0\]\.label: the rating "misleading" has no label for the language "fr" \(it has es\): add a "fr" entry\.$/,
	);
});

test('path words: left out, the English ones, so an existing site keeps its URLs; a word chosen replaces one section only', () => {
	assert.deepEqual(resolveSettings(good).paths, defaultPathWords);
	const paths = resolveSettings({
		...good,
		paths: { claims: 'verificaciones', sources: 'notas' },
	}).paths;
	assert.deepEqual(paths, { ...defaultPathWords, claims: 'verificaciones', sources: 'notas' });
});

test("every dictionary's path words are valid settings: what new-site writes always builds", async () => {
	for (const tag of languageTags()) {
		const { messages } = await loadDictionary(tag);
		const words = Object.fromEntries(pathWordKeys.map((key) => [key, messages[`path.${key}`]]));
		assert.deepEqual(resolveSettings({ ...good, paths: words }).paths, words, tag);
	}
});

test('a bad path word is named with what is wrong: not a slug, a word two sections share, or a folder the site already uses', () => {
	const refused = (paths: Record<string, string>, message: string) =>
		assert.throws(
			() => resolveSettings({ ...good, paths }),
			(error: Error) => {
				assert.equal(
					error.message,
					`src/config/site.ts: the site's settings are not valid:\n  ${message}`,
				);
				return true;
			},
			JSON.stringify(paths),
		);
	const slug =
		'must be a lowercase slug: letters a-z and digits, words joined by single hyphens (such as "claims" or "quien-lo-dijo")';
	for (const word of ['Notas', 'búsqueda', 'quien lo dijo', 'a--b', '-notas', 'notas/', ''])
		refused({ sources: word }, `paths.sources: ${slug}`);
	refused(
		{ claims: 'notas', sources: 'notas' },
		'paths.sources: "notas" is already the word for paths.claims: each section needs its own word',
	);
	// A word left out keeps its English one, which another section may not take.
	refused(
		{ verdicts: 'claims' },
		'paths.verdicts: "claims" is already the word for paths.claims: each section needs its own word',
	);
	for (const word of [
		'api',
		'embed',
		'oembed',
		'badges',
		'og',
		'page',
		'pagefind',
		'about',
		'methodology',
	])
		refused(
			{ search: word },
			`paths.search: "${word}" is a folder the site already uses (api/, embed/, oembed/, badges/, og/, icons/, page/, pagefind/, about/, methodology/): choose another word`,
		);
	refused({ authors: 'autores' }, 'paths: Unrecognized key: "authors"');
});
