import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, PassageIndex } from '../../src/lib/passages.ts';

const article = 'Trump said “the cartels are running Mexico.”\n\nIt’s a long-standing claim — one he repeats.';

test('normalize folds quotes, dashes and white space, and maps back to the original', () => {
	const { text, offsets } = normalize('  a\u2019b \u2014\n\n c  ');
	assert.equal(text, "a'b - c");
	assert.equal(offsets.length, text.length + 1);
	assert.equal(offsets[0], 2);
});

test('finds a passage verbatim and returns its span in the original text', () => {
	const index = new PassageIndex(article);
	const span = index.find('the cartels are running Mexico.');
	assert.ok(span);
	assert.equal(article.slice(span.start, span.end), 'the cartels are running Mexico.');
});

test('tolerates straight quotes, hyphen for em dash, and different line breaks', () => {
	const index = new PassageIndex(article);
	const span = index.find('Mexico."  It\'s a long-standing claim - one');
	assert.ok(span);
	assert.equal(article.slice(span.start, span.end), 'Mexico.”\n\nIt’s a long-standing claim — one');
});

test('does not tolerate changed words, case or punctuation', () => {
	const index = new PassageIndex(article);
	assert.equal(index.find('the cartels are running mexico.'), null);
	assert.equal(index.find('the cartels were running Mexico.'), null);
	assert.equal(index.find('the cartels are running Mexico!'), null);
	assert.equal(index.find('   '), null);
});

test('closest() offers the sentence that shares the longest run of words', () => {
	const index = new PassageIndex('First sentence here. Trump has designated six Mexican cartels as terrorist groups. Last one.');
	assert.equal(index.closest('Trump has designated eight Mexican cartels'), 'Trump has designated six Mexican cartels as terrorist groups.');
	assert.equal(index.closest('nothing in common whatsoever'), null);
});

test('closest() does not break sentences at abbreviations such as U.S.', () => {
	const index = new PassageIndex('Talks stalled. U.S. officials indicated that the plan was new. Later, nothing.');
	assert.equal(index.closest('officials indicated that the plan was old'), 'U.S. officials indicated that the plan was new.');
});
