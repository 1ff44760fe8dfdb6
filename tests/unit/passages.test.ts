import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, PassageIndex } from '../../src/lib/passages.ts';

const article =
	'The mayor said “the bridges are falling down.”\n\nIt’s a long-standing claim — one she repeats.';

test('normalize folds quotes, dashes and white space, and maps back to the original', () => {
	const { text, offsets } = normalize('  a\u2019b \u2014\n\n c  ');
	assert.equal(text, "a'b - c");
	assert.equal(offsets.length, text.length + 1);
	assert.equal(offsets[0], 2);
});

test('finds a passage verbatim and returns its span in the original text', () => {
	const index = new PassageIndex(article);
	const span = index.find('the bridges are falling down.');
	assert.ok(span);
	assert.equal(article.slice(span.start, span.end), 'the bridges are falling down.');
});

test('tolerates straight quotes, hyphen for em dash, and different line breaks', () => {
	const index = new PassageIndex(article);
	const span = index.find('down."  It\'s a long-standing claim - one');
	assert.ok(span);
	assert.equal(article.slice(span.start, span.end), 'down.”\n\nIt’s a long-standing claim — one');
});

test('does not tolerate changed words, case or punctuation', () => {
	const index = new PassageIndex(article);
	assert.equal(index.find('the bridges are falling DOWN.'), null);
	assert.equal(index.find('the bridges were falling down.'), null);
	assert.equal(index.find('the bridges are falling down!'), null);
	assert.equal(index.find('   '), null);
});

test('closest() offers the sentence that shares the longest run of words', () => {
	const index = new PassageIndex(
		'First sentence here. The council has closed six city bridges for repairs. Last one.',
	);
	assert.deepEqual(index.closest('The council has closed eight city bridges'), {
		passage: 'The council has closed six city bridges for repairs.',
		difference: { quoted: 'eight', archived: 'six' },
	});
	assert.equal(index.closest('nothing in common whatsoever'), null);
});

test('closest() does not break sentences at abbreviations such as U.S.', () => {
	const index = new PassageIndex(
		'Talks stalled. U.S. officials indicated that the plan was new. Later, nothing.',
	);
	assert.equal(
		index.closest('officials indicated that the plan was old')?.passage,
		'U.S. officials indicated that the plan was new.',
	);
});

test("closest() gives the passage in the archived text's own characters, and the first word that differs, punctuation included", () => {
	const index = new PassageIndex(
		'Earlier text.\nThe minister said \u201cthe plan\u201d would\n  start \u2014 soon, in June. Later text.',
	);
	assert.deepEqual(index.closest('The minister said "the plan" would start - soon in June'), {
		passage: 'The minister said \u201cthe plan\u201d would start \u2014 soon, in June.',
		difference: { quoted: 'soon', archived: 'soon,' },
	});
	assert.deepEqual(index.closest('extra words The minister said "the plan" would start'), {
		passage: 'The minister said \u201cthe plan\u201d would start \u2014 soon, in June.',
		difference: { quoted: 'extra', archived: 'Earlier' },
	});
	assert.deepEqual(index.closest('in June. Later text. And more'), {
		passage: 'The minister said \u201cthe plan\u201d would start \u2014 soon, in June.',
		difference: { quoted: 'And', archived: null },
	});
});

test('a quote typed in decomposed form (NFD) matches the composed text, and the other way round', () => {
	const composed = 'La presidenta dijo: \u201cno habr\u00e1 intervenci\u00f3n\u201d, y se fue.';
	const decomposed = composed.normalize('NFD');
	assert.notEqual(composed, decomposed);
	const quote = 'no habr\u00e1 intervenci\u00f3n';

	const inComposed = new PassageIndex(composed).find(quote.normalize('NFD'));
	assert.ok(inComposed);
	assert.equal(composed.slice(inComposed.start, inComposed.end), quote);

	// The span covers each letter's combining mark, so a highlight never cuts an accent off.
	const inDecomposed = new PassageIndex(decomposed).find(quote);
	assert.ok(inDecomposed);
	assert.equal(decomposed.slice(inDecomposed.start, inDecomposed.end), quote.normalize('NFD'));
	const endingInAccent = new PassageIndex(decomposed).find('no habr\u00e1');
	assert.ok(endingInAccent);
	assert.equal(decomposed.slice(endingInAccent.start, endingInAccent.end), 'no habra\u0301');
	assert.equal(new PassageIndex(decomposed).find('no habra intervencion'), null);
});
