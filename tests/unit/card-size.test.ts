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

test("the card's height is the sum of its blocks, the gaps between them and its frame", () => {
	const text = { claim: 'Short claim.', summary: 'Short summary.', rating };
	const lines = cardLines(text);
	const { site, claim, badge, meaning, summary, link, gap, block } = cardMetrics;
	assert.equal(
		cardHeight(text),
		site.line +
			claim.line +
			badge.line +
			2 * badge.padding +
			lines.meaning * meaning.line +
			summary.line +
			lines.link * link.line +
			5 * gap +
			block,
	);
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
