/** The interface dictionaries and their message format: every language says everything, with the same values. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { formatMessage } from '../../src/i18n/format.ts';
import { loadDictionary } from '../../src/i18n/dictionary.ts';
import { canonicalTag } from '../../src/lib/language-tags.ts';
import {
	dictionaryChain,
	fallbackChain,
	languageTags,
	localesDir,
	openGraphLocale,
	textDirection,
} from '../../src/i18n/languages.ts';
import en from '../../src/i18n/locales/en.ts';
import es from '../../src/i18n/locales/es.ts';
import esMX from '../../src/i18n/locales/es-MX.ts';

test('values and plural forms are filled in for the language, numbers formatted by Intl', () => {
	const message = '{n, plural, one {# claim} other {# claims}} in {where}';
	assert.equal(
		formatMessage(message, { n: 1, where: 'one report' }, 'en'),
		'1 claim in one report',
	);
	assert.equal(formatMessage(message, { n: 10000, where: 'two' }, 'en'), '10,000 claims in two');
	assert.equal(formatMessage(message, { n: 10000, where: 'dos' }, 'es'), '10.000 claims in dos');
	assert.equal(
		formatMessage('{n, plural, =0 {none} one {# one} other {# many}}', { n: 0 }, 'en'),
		'none',
	);
	assert.equal(
		formatMessage(
			'{n, plural, one {{n} item, {label}} other {# items}}',
			{ n: 1, label: 'x' },
			'en',
		),
		'1 item, x',
	);
});

test('a message that needs a value it was not given is an error, never a blank', () => {
	assert.throws(() => formatMessage('Hello {name}', {}, 'en'), /needs a value for \{name\}/);
	assert.throws(() => formatMessage('{n, plural, one {x}}', { n: 2 }, 'en'), /no "other" form/);
	assert.throws(() => formatMessage('{open', {}, 'en'), /unclosed/);
});

test('the languages are the dictionary files, English and Spanish among them', () => {
	assert.deepEqual(
		languageTags(),
		readdirSync(localesDir)
			.map((file) => file.replace(/\.ts$/, ''))
			.sort(),
	);
	assert.ok(languageTags().includes('en') && languageTags().includes('es'));
});

/** The values a message uses (asked for with one and with many), and the tags it wraps text in: what a translation must keep. */
function slots(message: string, lang: string): string[] {
	const used = new Set<string>();
	for (const count of [1, 5]) {
		const values = new Proxy({}, { get: (_, name) => (used.add(String(name)), count) });
		formatMessage(message, values, lang, (text) => `“${text}”`);
	}
	for (const [, tag] of message.matchAll(/<(\w+)>/g)) used.add(`<${tag}>`);
	return [...used].sort();
}

/** A regional dictionary is one whose tag has a parent with a dictionary (es-MX under es). */
const isRegional = (tag: string) =>
	fallbackChain(tag)
		.slice(1, -1)
		.some((parent) => languageTags().includes(parent));

for (const tag of languageTags()) {
	test(`${tag}: ${isRegional(tag) ? 'only keys of the English reference' : 'every key of the English reference, no other'}, with the same values and tags`, async () => {
		const { default: dictionary } = (await import(`../../src/i18n/locales/${tag}.ts`)) as {
			default: Record<string, string>;
		};
		if (isRegional(tag)) {
			const unknown = Object.keys(dictionary).filter((key) => !(key in en));
			assert.deepEqual(unknown, [], `${tag} has keys the reference lacks`);
			assert.ok(Object.keys(dictionary).length > 0, `${tag} differs from its parent in nothing`);
		} else assert.deepEqual(Object.keys(dictionary).sort(), Object.keys(en).sort());
		for (const [key, message] of Object.entries(en)) {
			if (isRegional(tag) && !(key in dictionary)) continue;
			const translated = dictionary[key] ?? '';
			assert.ok(translated.trim().length > 0, `${tag} ${key} is empty`);
			assert.deepEqual(
				slots(translated, tag),
				slots(message, 'en'),
				`${tag} ${key}: "${translated}"`,
			);
		}
	});
}

test('a tag falls back through its parents to English, and is refused when its language has no dictionary', () => {
	assert.deepEqual(fallbackChain('es-MX'), ['es-MX', 'es', 'en']);
	assert.deepEqual(fallbackChain('zh-Hant-TW'), ['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
	assert.deepEqual(fallbackChain('en-GB'), ['en-GB', 'en']);
	assert.deepEqual(dictionaryChain('es-AR', ['en', 'es', 'es-MX']), ['es', 'en']);
	assert.deepEqual(dictionaryChain('en-GB', ['en', 'es']), ['en']);
	assert.throws(
		() => dictionaryChain('fr-CA', ['en', 'es']),
		/^Error: lang: "fr-CA" has no interface dictionary at any level \(looked for src\/i18n\/locales\/fr-CA\.ts, src\/i18n\/locales\/fr\.ts\); the languages are en, es$/,
	);
	assert.equal(canonicalTag('es-mx'), 'es-MX');
	assert.equal(canonicalTag('not a tag'), undefined);
});

test('es-MX reads its own messages first, then es.ts key by key, then en.ts', async () => {
	const regional = await loadDictionary('es-MX');
	assert.deepEqual(regional.files, [
		`${localesDir}/es-MX.ts`,
		`${localesDir}/es.ts`,
		`${localesDir}/en.ts`,
	]);
	for (const key of Object.keys(en) as (keyof typeof en)[])
		assert.equal(regional.messages[key], esMX[key as keyof typeof esMX] ?? es[key], key);
	const argentina = await loadDictionary('es-AR');
	assert.deepEqual(argentina.messages, es);
	assert.deepEqual(argentina.files, [`${localesDir}/es.ts`, `${localesDir}/en.ts`]);
	await assert.rejects(loadDictionary('fr'), /"fr" has no interface dictionary/);
});

test('numbers follow the full tag: es-MX and es group numbers each as its own region does', () => {
	const message = '{n, plural, one {# nota} other {# notas}}';
	assert.equal(formatMessage(message, { n: 1234.5 }, 'es-MX'), '1,234.5 notas');
	assert.equal(formatMessage(message, { n: 1234.5 }, 'es'), '1234,5 notas');
	assert.equal(formatMessage(message, { n: 12345 }, 'es'), '12.345 notas');
});

test('og:locale and the text direction come from the tag', () => {
	assert.equal(openGraphLocale('es-MX'), 'es_MX');
	assert.equal(openGraphLocale('es'), 'es_ES');
	assert.equal(openGraphLocale('en'), 'en_US');
	assert.equal(openGraphLocale('pt-BR'), 'pt_BR');
	for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG']) assert.equal(textDirection(tag), 'rtl', tag);
	for (const tag of ['en', 'es-MX', 'zh-Hant-TW', 'tr'])
		assert.equal(textDirection(tag), 'ltr', tag);
});

test('a quoted value goes between the marks the caller gives, and a message that quotes needs them', () => {
	const guillemets = (text: string) => `«${text}»`;
	assert.equal(
		formatMessage('Calificada como {verdict, quote}.', { verdict: 'Falso' }, 'es', guillemets),
		'Calificada como «Falso».',
	);
	assert.equal(
		formatMessage(
			'{n, plural, one {# nota cita {t, quote}} other {# notas citan {t, quote}}}',
			{ n: 2, t: 'x' },
			'es',
			guillemets,
		),
		'2 notas citan «x»',
	);
	assert.throws(
		() => formatMessage('{v, quote}', { v: 'x' }, 'en'),
		/quotes a value but has no quotation marks/,
	);
	// Both Spanish dictionaries quote with “ ” (docs/glossary-es.md says why).
	assert.equal(formatMessage(es['text.quoted'], { text: 'x' }, 'es'), '“x”');
	assert.ok(
		!Object.values(es).some((message) => /[«»]/.test(message)),
		'es.ts still hard-codes « »',
	);
});

test('no message doubles a full stop after a sentence it quotes or ends with', async () => {
	// Values that are whole sentences (a claim, a summary) end with their own full stop; a message
	// must not add one. Headlines and names do not end with one, so messages may close after them.
	const sentences = new Set(['claim', 'summary', 'meaning', 'context', 'text']);
	for (const tag of languageTags()) {
		const { messages } = await loadDictionary(tag);
		for (const [key, message] of Object.entries(messages)) {
			const values = new Proxy(
				{},
				{ get: (_, name) => (sentences.has(String(name)) ? 'Una frase.' : 2) },
			);
			const text = formatMessage(message, values, tag, (quoted) => `“${quoted}”`);
			assert.doesNotMatch(text, /\.[”»"’]?\./, `${tag} ${key}: "${text}"`);
		}
	}
});
