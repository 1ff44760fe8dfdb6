import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardHeight, cardLines, cardMetrics } from '../../src/embed/card-size.ts';
import { cardCss, linesClass } from '../../src/embed/card-style.ts';
import { getRating } from '../../src/lib/ratings.ts';

const rating = getRating('true');
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('a short text takes one line; a long one no more than its block allows', () => {
	const short = cardLines({ claim: 'Short claim.', summary: 'Short summary.', rating });
	assert.deepEqual([short.claim, short.summary], [1, 1]);
	const long = cardLines({
		claim: words(100).slice(0, 500),
		summary: words(60).slice(0, 300),
		rating,
	});
	assert.deepEqual(
		[long.claim, long.summary],
		[cardMetrics.claim.maxLines, cardMetrics.summary.maxLines],
	);
});

// That the height computed here is the height the card renders at, at every width, is measured in
// a browser (tests/e2e/embed.spec.ts); here, what the height depends on.
test("the card's height follows the lines its texts take, not their words", () => {
	const card = (claim: string, summary = 'Short summary.') => ({ claim, summary, rating });
	assert.equal(cardHeight(card('Short claim.')), cardHeight(card('Other claim.')));
	const heights = [10, 30, 60, 100].map((n) => cardHeight(card(words(n).slice(0, 500))));
	assert.deepEqual(
		heights,
		[...heights].sort((a, b) => a - b),
		'a longer claim made a shorter card',
	);
	assert.ok(heights.at(-1)! > heights[0]!, 'a claim of many lines made no taller card');
	for (const height of heights)
		assert.ok(Number.isInteger(height), `${height} is not whole pixels`);
});

test('the stylesheet has a class for every line count a block can take', () => {
	for (let lines = 1; lines <= cardMetrics.claim.maxLines; lines++)
		assert.match(cardCss, new RegExp(`\\.${linesClass(lines)} \\{ --lines: ${lines}; \\}`));
	assert.match(
		cardCss,
		new RegExp(
			`h1 \\{ font-size: ${cardMetrics.claim.size}px; --line: ${cardMetrics.claim.line}px;`,
		),
	);
});
