/** The settings file is checked like content: a bad setting is named, with what is wrong; what follows from the settings is derived once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
