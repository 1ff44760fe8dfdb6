/** The settings file is checked like content: a bad setting is named, with what is wrong; what follows from the settings is derived once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
			/\n {2}typography\.quotes(\.\d)?: must (not )?be/,
			JSON.stringify(quotes),
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
			`paths.search: "${word}" is a folder the site already uses (api/, embed/, oembed/, badges/, og/, page/, pagefind/, about/, methodology/): choose another word`,
		);
	refused({ authors: 'autores' }, 'paths: Unrecognized key: "authors"');
});
