/**
 * Words that agree with a count sit inside the plural message that holds the count, in every
 * language: "1 afirmación calificadas" or "No la mencionan 1 fuente" cannot be written.
 *
 * How a slip is detected, per language (the merged dictionary of each tag):
 * - A count value is a value some message of the reference selects a plural form by
 *   (`{count, plural, …}`); a count message holds a plural form or shows a count value bare
 *   (`{count}`).
 * - The language's agreeing words come in pairs found in its own plurals: a word of a `one` form
 *   and a word of the same plural's `other` form, four letters or more, that differ only in
 *   their last two letters or less, accents aside ("afirmación"/"afirmaciones", "menciona"/"mencionan",
 *   "claim"/"claims"). For Spanish, every plural participle ("calificadas", "archivados")
 *   agrees too.
 * - A slip is (A) an agreeing word right before or right after a plural form or a bare count,
 *   with no punctuation between ("No la mencionan {count…}"); (B) the plural member of a pair
 *   anywhere in a message that begins with a space, the continuation of a count shown just
 *   before it (" calificadas como «Falso»"); (C) in Spanish, a plural participle outside the
 *   plural forms of a count message.
 * What this cannot see: a message with no count that a page places next to a number. The
 * rendered checks below, and the pages' own tests, cover those.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDictionary, type Dictionary, type UiKey } from '../../src/i18n/dictionary.ts';
import { formatMessage } from '../../src/i18n/format.ts';
import { languageTags } from '../../src/i18n/languages.ts';
import en from '../../src/i18n/locales/en.ts';

const quote = (text: string) => `“${text}”`;

/** A message's plural forms, by value name, and its text with them (and values and tags) taken out. */
function parts(message: string): {
	plurals: { name: string; forms: Map<string, string> }[];
	outside: string;
} {
	const plurals: { name: string; forms: Map<string, string> }[] = [];
	let outside = '';
	let i = 0;
	while (i < message.length) {
		const open = message.indexOf('{', i);
		if (open === -1) {
			outside += message.slice(i);
			break;
		}
		outside += `${message.slice(i, open)} `;
		const close = matching(message, open);
		const inner = message.slice(open + 1, close);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(inner);
		if (plural) plurals.push({ name: plural[1] ?? '', forms: forms(plural[2] ?? '') });
		i = close + 1;
	}
	return { plurals, outside: outside.replace(/<[^>]*>/g, ' ') };
}

function matching(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	throw new Error(`unclosed "{" in ${text}`);
}

function forms(text: string): Map<string, string> {
	const found = new Map<string, string>();
	const selector = /\s*(=?\w+)\s*\{/y;
	let i = 0;
	for (;;) {
		selector.lastIndex = i;
		const match = selector.exec(text);
		if (!match) return found;
		const open = selector.lastIndex - 1;
		const close = matching(text, open);
		found.set(match[1] ?? '', text.slice(open + 1, close));
		i = close + 1;
	}
}

/** The words of a text, lower case, without values, tags or the count sign. */
const wordsOf = (text: string) =>
	(text
		.replace(/\{[^{}]*\}|<[^>]*>|#/g, ' ')
		.toLowerCase()
		.match(/\p{L}+/gu) ?? []) as string[];

const countValues = new Set(
	Object.values(en).flatMap((message) => parts(message).plurals.map((p) => p.name)),
);

/** Spanish plural participles, which agree with a noun wherever they stand. */
const pluralParticiple = /^\p{L}+(?:ad|id)[oa]s$/u;

/** Two words are forms of one another: four letters or more, the same but for their last two letters or less, accents aside ("afirmación", "afirmaciones"). */
const paired = (first: string, second: string) => {
	const [a, b] = [first, second].map((word) => word.normalize('NFD').replace(/\p{M}/gu, '')) as [
		string,
		string,
	];
	if (a === b || Math.min(a.length, b.length) < 4) return false;
	let common = 0;
	while (common < Math.min(a.length, b.length) && a[common] === b[common]) common++;
	return Math.max(a.length, b.length) - common <= 2;
};

/** The words of a language that agree with a count, each as the form it is: "one" or "other". */
function agreeingWords(dictionary: Readonly<Record<string, string>>): Map<string, 'one' | 'other'> {
	const words = new Map<string, 'one' | 'other'>();
	for (const message of Object.values(dictionary))
		for (const { forms: byForm } of parts(message).plurals) {
			const one = wordsOf(byForm.get('one') ?? '');
			const other = wordsOf(byForm.get('other') ?? '');
			for (const a of one)
				for (const b of other)
					if (paired(a, b)) {
						words.set(a, 'one');
						words.set(b, 'other');
					}
		}
	return words;
}

/** A count message's text with each plural form or bare count replaced by a marker, values and tags taken out. */
function withMarkers(message: string): string {
	let out = '';
	let i = 0;
	while (i < message.length) {
		const open = message.indexOf('{', i);
		if (open === -1) return out + message.slice(i);
		const close = matching(message, open);
		const inner = message.slice(open + 1, close);
		const counted = /^\s*(\w+)\s*,\s*plural\s*,/.test(inner) || countValues.has(inner.trim());
		out += `${message.slice(i, open)}${counted ? ' \u0000 ' : ' '}`;
		i = close + 1;
	}
	return out;
}

/** The slips of one dictionary, as "key: word" (see the header). */
function slips(dictionary: Readonly<Record<string, string>>, lang: string): string[] {
	const agreeing = agreeingWords(dictionary);
	const spanish = lang.split('-')[0] === 'es';
	const found = new Set<string>();
	for (const [key, message] of Object.entries(dictionary)) {
		const marked = withMarkers(message).replace(/<[^>]*>/g, ' ');
		const isCount = marked.includes('\u0000');
		if (isCount) {
			// (A) the word on each side of a count, unless punctuation stands between.
			// eslint-disable-next-line no-control-regex -- U+0000 marks where the count stood
			for (const [, before] of marked.matchAll(/(\p{L}+)[^\p{L}\p{P}\u0000]*\u0000/gu))
				if (agreeing.has(before!.toLowerCase())) found.add(`${key}: ${before!.toLowerCase()}`);
			// eslint-disable-next-line no-control-regex -- U+0000 marks where the count stood
			for (const [, after] of marked.matchAll(/\u0000[^\p{L}\p{P}\u0000]*(\p{L}+)/gu))
				if (agreeing.has(after!.toLowerCase())) found.add(`${key}: ${after!.toLowerCase()}`);
		}
		const outside = wordsOf(parts(message).outside);
		// (B) a continuation that carries a plural form of its own.
		if (message.startsWith(' '))
			for (const word of outside) if (agreeing.get(word) === 'other') found.add(`${key}: ${word}`);
		// (C) a Spanish plural participle outside a count message's plural forms.
		if (spanish && isCount)
			for (const word of outside) if (pluralParticiple.test(word)) found.add(`${key}: ${word}`);
	}
	return [...found];
}

const dictionaries = await Promise.all(
	languageTags().map(async (tag) => [tag, (await loadDictionary(tag)).messages] as const),
);

test('the detector finds the slips it was written for', () => {
	const before = {
		// As they stood before: a count's words split between messages, or left outside the plural.
		'verdict.pageDescription':
			'{count, plural, one {# afirmación calificada} other {# afirmaciones calificadas}} como {verdict}',
		'verdicts.countHidden': ' calificadas como {verdict}',
		'claimCard.silent': 'No la mencionan {count, plural, one {# fuente} other {# fuentes}}',
		'claimCard.stances':
			'{count, plural, one {# nota no la menciona} other {# notas no la mencionan}}',
		'source.morePassageHidden': ' afirmaciones que citan este pasaje',
		'sources.description':
			'{count, plural, one {La nota} other {Las # notas}} que revisa esta edición, archivadas textualmente',
	};
	assert.deepEqual(slips(before, 'es').sort(), [
		'claimCard.silent: mencionan',
		'source.morePassageHidden: afirmaciones',
		'sources.description: archivadas',
		'verdicts.countHidden: calificadas',
	]);
	assert.deepEqual(
		slips(
			{ a: '{count, plural, one {# claim} other {# claims}}', b: ' claims quoting this passage' },
			'en',
		),
		['b: claims'],
	);
});

for (const [tag, dictionary] of dictionaries)
	test(`${tag}: every word that agrees with a count sits inside the plural forms`, () => {
		assert.deepEqual(slips(dictionary, tag), []);
	});

/** Every plural message of the reference, rendered with each count: none may fail, come out empty or leave syntax behind. */
const sample = {
	verdict: 'Falso',
	site: 'Sitio',
	topic: 'Tema',
	page: 2,
	pages: 3,
	total: 40,
	meaning: 'x',
	headline: 'H',
	source: 'S',
	label: 'L',
	name: 'N',
};
const countKeys = (Object.keys(en) as UiKey[]).filter((key) => parts(en[key]).plurals.length > 0);

for (const [tag, dictionary] of dictionaries)
	test(`${tag}: every plural message renders with 0, 1, 2 and 21`, () => {
		for (const key of countKeys)
			for (const n of [0, 1, 2, 21]) {
				const values = { ...sample, count: n, claims: n, sources: n };
				const text = formatMessage(dictionary[key], values, tag, quote);
				assert.ok(text.trim() !== '' && !/[{}#]/.test(text), `${tag} ${key} with ${n}: "${text}"`);
			}
	});

/** Expected renderings, written by hand per language, for representative keys. */
const expected: Record<string, Partial<Record<UiKey, Record<number, string>>>> = {
	en: {
		'claimCard.silent': {
			0: 'Not mentioned by 0 sources',
			1: 'Not mentioned by 1 source',
			2: 'Not mentioned by 2 sources',
			21: 'Not mentioned by 21 sources',
		},
		'source.morePassage': {
			0: '+0 more<hidden> claims quoting this passage</hidden>',
			1: '+1 more<hidden> claim quoting this passage</hidden>',
			2: '+2 more<hidden> claims quoting this passage</hidden>',
			21: '+21 more<hidden> claims quoting this passage</hidden>',
		},
		'notFound.allClaims': {
			0: 'All 0 claim checks',
			1: 'The one claim check',
			2: 'All 2 claim checks',
			21: 'All 21 claim checks',
		},
		'sourceClaims.description': {
			1: '1 claim check quotes the article “H”.',
			21: '21 claim checks quote the article “H”.',
		},
	},
	es: {
		'verdicts.count': {
			0: '0 afirmaciones<hidden> calificadas como “Falso”</hidden>',
			1: '1 afirmación<hidden> calificada como “Falso”</hidden>',
			2: '2 afirmaciones<hidden> calificadas como “Falso”</hidden>',
			21: '21 afirmaciones<hidden> calificadas como “Falso”</hidden>',
		},
		'claimCard.silent': {
			0: '0 notas no la mencionan',
			1: '1 nota no la menciona',
			2: '2 notas no la mencionan',
			21: '21 notas no la mencionan',
		},
		'claim.silentLead': {
			0: 'No la mencionan:',
			1: 'No la menciona:',
			2: 'No la mencionan:',
			21: 'No la mencionan:',
		},
		'source.morePassage': {
			0: '+0 más<hidden>: otras 0 afirmaciones citan este pasaje</hidden>',
			1: '+1 más<hidden>: otra afirmación cita este pasaje</hidden>',
			2: '+2 más<hidden>: otras 2 afirmaciones citan este pasaje</hidden>',
			21: '+21 más<hidden>: otras 21 afirmaciones citan este pasaje</hidden>',
		},
	},
};

for (const [tag, keys] of Object.entries(expected))
	test(`${tag}: representative plural messages read as written by hand`, () => {
		const dictionary = dictionaries.find(([found]) => found === tag)?.[1] as Dictionary;
		for (const [key, byCount] of Object.entries(keys) as [UiKey, Record<number, string>][])
			for (const [n, text] of Object.entries(byCount))
				assert.equal(
					formatMessage(dictionary[key], { ...sample, count: Number(n) }, tag, quote),
					text,
					`${tag} ${key} with ${n}`,
				);
	});
