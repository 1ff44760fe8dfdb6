/** The interface dictionaries and their message format: every language says everything, with the same values. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { formatMessage } from '../../src/i18n/format.ts';
import { languageTags, localesDir } from '../../src/i18n/languages.ts';
import en from '../../src/i18n/locales/en.ts';

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
		formatMessage(message, values, lang);
	}
	for (const [, tag] of message.matchAll(/<(\w+)>/g)) used.add(`<${tag}>`);
	return [...used].sort();
}

for (const tag of languageTags()) {
	test(`${tag}: every key of the English reference, no other, with the same values and tags`, async () => {
		const { default: dictionary } = (await import(`../../src/i18n/locales/${tag}.ts`)) as {
			default: Record<string, string>;
		};
		assert.deepEqual(Object.keys(dictionary).sort(), Object.keys(en).sort());
		for (const [key, message] of Object.entries(en)) {
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
