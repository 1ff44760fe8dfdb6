import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ellipsis, fitText, wrap } from '../../src/lib/text-fit.ts';

/** A monospace font: every character is 0.5 em wide. */
const mono = (text: string) => [...text].length * 0.5;

test('wrap breaks at spaces and keeps every line within the width', () => {
	assert.deepEqual(wrap('the quick brown fox jumps', 5, mono), ['the quick', 'brown fox', 'jumps']);
	assert.deepEqual(wrap('  spaced \n  out  ', 5, mono), ['spaced out']);
	assert.deepEqual(wrap('', 5, mono), []);
});

test('wrap cuts a word only when it is wider than a line', () => {
	assert.deepEqual(wrap('a supercalifragilistic b', 4, mono), [
		'a',
		'supercal',
		'ifragili',
		'stic b',
	]);
	for (const line of wrap('x'.repeat(50), 3, mono)) assert.ok(mono(line) <= 3);
});

test('fitText uses the largest size at which the text fits', () => {
	const fitted = fitText('short claim', mono, {
		width: 600,
		height: 200,
		maxSize: 64,
		minSize: 24,
		lineHeight: 1.25,
	});
	assert.equal(fitted.size, 64);
	assert.deepEqual(fitted.lines, ['short claim']);
	assert.equal(fitted.truncated, false);
});

test('fitText shrinks a long text until it fits, without cutting it', () => {
	const text = 'word '.repeat(60).trim();
	const options = { width: 600, height: 200, maxSize: 64, minSize: 12, lineHeight: 1.25 } as const;
	const fitted = fitText(text, mono, options);
	assert.ok(fitted.size < 64 && fitted.size >= 12);
	assert.equal(fitted.truncated, false);
	assert.equal(fitted.lines.join(' '), text);
	assert.ok(fitted.lines.length * fitted.size * options.lineHeight <= options.height);
	for (const line of fitted.lines) assert.ok(mono(line) * fitted.size <= options.width, line);
	// Two pixels larger would not have fitted.
	const larger = wrap(text, options.width / (fitted.size + 2), mono);
	assert.ok(larger.length * (fitted.size + 2) * options.lineHeight > options.height);
});

test('fitText cuts with an ellipsis only when the smallest size overflows', () => {
	const text = 'overflowing '.repeat(40).trim();
	const options = { width: 300, height: 100, maxSize: 40, minSize: 20, lineHeight: 1.25 } as const;
	const fitted = fitText(text, mono, options);
	assert.equal(fitted.size, 20);
	assert.equal(fitted.truncated, true);
	assert.equal(fitted.lines.length, 4);
	assert.ok(fitted.lines.at(-1)?.endsWith(ellipsis));
	for (const line of fitted.lines) assert.ok(mono(line) * fitted.size <= options.width, line);
});

test('fitText cuts a single overlong word by characters', () => {
	const fitted = fitText('x'.repeat(200), mono, {
		width: 100,
		height: 25,
		maxSize: 20,
		minSize: 20,
		lineHeight: 1.25,
	});
	assert.deepEqual(fitted.lines, ['xxxxxxxxx' + ellipsis]);
});

test('fitText refuses a box too small for one line', () => {
	assert.throws(
		() =>
			fitText('text', mono, { width: 100, height: 10, maxSize: 20, minSize: 20, lineHeight: 1.25 }),
		/cannot hold one line/,
	);
});
