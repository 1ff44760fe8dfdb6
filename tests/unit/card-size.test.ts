import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	cardHeight,
	cardLines,
	cardMetrics,
	claimSizeRules,
	claimSizes,
	pastedCardHeight,
	pastedClaimLines,
	widthBands,
} from '../../src/embed/card-size.ts';
import { claimSizeCss } from '../../src/embed/card-style.ts';
import { ratings } from '../../src/edition/ratings.ts';

// Any rating of the edition's scale: the first.
const rating = ratings[0]!;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const short = { claim: 'Short claim.', summary: 'Short summary.', rating };
const long = { claim: words(100).slice(0, 500), summary: words(60).slice(0, 300), rating };

test('a short text takes one line; a long claim every line it needs, a long summary no more than its cap', () => {
	const lines = cardLines(short);
	assert.deepEqual([lines.claim, lines.summary], [1, 1]);
	const longLines = cardLines(long);
	assert.ok(longLines.claim > pastedClaimLines, `${longLines.claim} lines`);
	assert.equal(longLines.summary, cardMetrics.summary.maxLines);
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

test('a frame pasted with the earlier code is shorter only by the claim lines beyond the old cap', () => {
	assert.equal(pastedCardHeight(short), cardHeight(short));
	const extra = cardLines(long).claim - pastedClaimLines;
	assert.equal(pastedCardHeight(long), cardHeight(long) - extra * cardMetrics.claim.line);
});

test('a claim that fits the shortest frame at its own size gets no rules of its own', () => {
	assert.deepEqual(claimSizeRules(short), []);
	assert.equal(claimSizeCss([]), '');
});

test('a long claim is set smaller, band by band, in frames shorter than it needs, down to the pasted height', () => {
	const rules = claimSizeRules(long);
	assert.ok(rules.length > 0);
	const shortest = pastedCardHeight(long);
	for (const rule of rules) {
		assert.ok(widthBands.includes(rule.minWidth));
		assert.ok(claimSizes.includes(rule.size));
		assert.ok(rule.maxHeight > shortest, 'no rule for a frame taller than the claim needs');
	}
	// In the narrowest band the sizes come largest first, so the smallest that applies wins.
	const narrowest = rules.filter((r) => r.minWidth === widthBands[0]).map((r) => r.size.size);
	assert.deepEqual(
		narrowest,
		[...narrowest].sort((a, b) => b - a),
	);
	const css = claimSizeCss(rules);
	assert.match(
		css,
		new RegExp(
			`@media \\(width >= ${widthBands[0]}px\\) and \\(width < ${widthBands[1]}px\\) and \\(height < ${rules[0]!.maxHeight}px\\)`,
		),
	);
});
