/** A site in several languages: its settings, each page's counterparts, and a translation read against its original. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaryPathWords } from '../../src/i18n/dictionary.ts';
import { autonym } from '../../src/i18n/languages.ts';
import { counterpartRoute } from '../../src/lib/alternates.ts';
import { createRoutes, defaultPathWords, pathWordKeys } from '../../src/lib/routes.ts';
import { translationSchema } from '../../src/lib/schema.ts';
import { resolveSettings, type SiteSettings } from '../../src/lib/settings.ts';
import { staleSince, translatedClaimData } from '../../src/lib/translations.ts';

const single: SiteSettings = {
	name: 'Riverton Checks',
	url: 'https://riverton.github.io/checks/',
	lang: 'en',
	topic: { title: 'The town budget' },
	publisher: { name: 'Riverton Gazette' },
	repository: { url: 'https://github.com/riverton/checks' },
	desk: 'Riverton desk',
};
const spanishWords = await dictionaryPathWords('es-MX', pathWordKeys);
const wordsOf = (lang: string) => (lang.startsWith('es') ? spanishWords : undefined);
const bilingual: SiteSettings = { ...single, locales: ['es-mx'] };

test('a single-language site has one language, at its base, with no folder', () => {
	const site = resolveSettings(single, { locale: undefined });
	assert.deepEqual(
		site.languages.map(({ lang, prefix, base }) => ({ lang, prefix, base })),
		[{ lang: 'en', prefix: '', base: '/checks/' }],
	);
	assert.equal(site.language, site.languages[0]);
});

test("a further language is built under its lower-case tag, below the base, with its dictionary's words unless the settings name others", () => {
	const english = resolveSettings(bilingual, { locale: undefined, wordsOf });
	const spanish = resolveSettings(bilingual, { locale: 'es-MX', wordsOf });
	const [, es] = english.languages;
	assert.equal(es?.lang, 'es-MX', 'the tag is read in its canonical case');
	assert.equal(es?.prefix, 'es-mx');
	assert.equal(es?.base, '/checks/es-mx/');
	assert.equal(es?.url, 'https://riverton.github.io/checks/es-mx');
	assert.deepEqual(es?.paths, spanishWords);
	assert.deepEqual(english.paths, defaultPathWords, 'the default language keeps its words');
	assert.equal(spanish.lang, 'es-MX');
	assert.equal(spanish.base, '/checks/es-mx/');
	assert.deepEqual(spanish.paths, spanishWords);
	assert.deepEqual(spanish.languages, english.languages, 'every build knows every language');

	const chosen = resolveSettings(
		{
			...single,
			locales: [
				{ lang: 'es-MX', paths: { claims: 'chequeos' }, topic: { title: 'El presupuesto' } },
			],
		},
		{ locale: 'es-MX', wordsOf },
	);
	assert.equal(chosen.paths.claims, 'chequeos');
	assert.equal(chosen.paths.sources, spanishWords.sources);
	assert.equal(chosen.topic.title, 'El presupuesto');
});

test('a language listed twice, a language the build is asked for but the site lacks, and clashing words are named', () => {
	assert.throws(
		() => resolveSettings({ ...single, locales: ['es-MX', 'es-mx'] }, { wordsOf }),
		/locales\[1\]: "es-MX" is listed twice/,
	);
	assert.throws(
		() => resolveSettings(bilingual, { locale: 'fr', wordsOf }),
		/CROSSCHECK_LOCALE is "fr", which is not one of the site's languages \(en, es-MX\)/,
	);
	assert.throws(
		() =>
			resolveSettings(
				{ ...single, locales: [{ lang: 'es', paths: { claims: 'notas' } }] },
				{ wordsOf },
			),
		/locales\[0\]\.paths\.sources: "notas" is already the word for paths\.claims/,
	);
});

test("a page's counterpart has each section word in the other language's word; ids and page numbers stay", () => {
	const en = createRoutes(defaultPathWords);
	const es = createRoutes(spanishWords);
	for (const [from, to] of [
		[en.claim('x'), es.claim('x')],
		[en.sourceClaims('s'), es.sourceClaims('s')],
		[`${en.verdict('false')}page/2/`, `${es.verdict('false')}page/2/`],
		[en.about(), es.about()],
		[en.home(), es.home()],
	] as const) {
		assert.equal(counterpartRoute(from, defaultPathWords, spanishWords), to);
		assert.equal(counterpartRoute(to, spanishWords, defaultPathWords), from);
	}
});

test('a language switch names each language in itself, with its region only where two share a language', () => {
	assert.equal(autonym('es-MX', ['en', 'es-MX']), 'Español');
	assert.equal(autonym('en', ['en', 'es-MX']), 'English');
	const [us, gb] = [autonym('en-US', ['en-US', 'en-GB']), autonym('en-GB', ['en-US', 'en-GB'])];
	assert.notEqual(us, gb);
	for (const name of [us, gb]) assert.match(name, /English/);
});

const original = {
	id: 'x',
	claim: 'The bridge toll doubled.',
	summary: 'It rose by half.',
	appeared: { source: 'gazette', via: 'own-voice', context: 'In the second paragraph.' },
	contact: { asked: false, reason: 'No address was published for the outlet.' },
	sources: [
		{ source: 'gazette', stance: 'asserts', quote: 'The toll doubled.', note: 'Says it plainly.' },
		{ source: 'herald', stance: 'not-mentioned' },
	],
	evidence: [{ url: 'https://a.example/', publisher: 'A', note: 'The toll table.' }],
	updates: [
		{ date: '2026-01-02', note: 'First published.' },
		{ date: '2026-02-01', note: 'Verdict changed.', verdict: 'false' },
	],
	verdict: 'mixed',
};

test("a translation's texts take the original's places; its verdict, sources, quotes and dates stay the original's", () => {
	const translation = translationSchema.parse({
		claim: 'La cuota del puente se duplicó.',
		summary: 'Subió a la mitad.',
		translator: 'Mesa',
		translated: '2026-01-10',
		context: 'En el segundo párrafo.',
		contact: { reason: 'El medio no publica una dirección.' },
		quotes: { gazette: 'La cuota se duplicó.' },
		notes: { gazette: 'Lo dice claramente.' },
		evidenceNotes: { 'https://a.example/': 'La tabla de cuotas.' },
		log: ['Publicación original.'],
	});
	const data = translatedClaimData(original, translation);
	assert.equal(data['claim'], translation.claim);
	assert.equal(data['summary'], translation.summary);
	assert.equal(data['verdict'], 'mixed');
	assert.deepEqual(data['appeared'], { ...original.appeared, context: translation.context });
	assert.deepEqual(data['contact'], { asked: false, reason: translation.contact?.reason });
	assert.deepEqual(data['sources'], [
		{ ...original.sources[0], note: 'Lo dice claramente.' },
		original.sources[1],
	]);
	assert.deepEqual(data['evidence'], [{ ...original.evidence[0], note: 'La tabla de cuotas.' }]);
	assert.deepEqual(
		data['updates'],
		[{ date: '2026-01-02', note: 'Publicación original.' }, original.updates[1]],
		'an entry the translation has not caught up with stays in the original language',
	);
});

test('a translation is stale from the first update after its date, and says whether the verdict changed', () => {
	assert.equal(staleSince(original.updates, '2026-02-01'), undefined);
	assert.deepEqual(staleSince(original.updates, '2026-01-10'), {
		date: '2026-02-01',
		verdictChanged: true,
	});
	assert.deepEqual(staleSince(original.updates.slice(0, 1), '2026-01-01'), {
		date: '2026-01-02',
		verdictChanged: false,
	});
});
