import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutArticle } from '../../src/lib/highlight.ts';

const text = 'One two three.\n\nFour five six.';

test('splits paragraphs at blank lines and leaves uncited text plain', () => {
	const paragraphs = layoutArticle(text, []);
	assert.deepEqual(paragraphs.map((runs) => runs.map((r) => r.text).join('')), ['One two three.', 'Four five six.']);
	assert.ok(paragraphs.flat().every((run) => run.claimIds.length === 0));
});

test('overlapping passages are cut into runs that carry every covering claim', () => {
	const a = { claimId: 'a', span: { start: 0, end: 7 } }; // "One two"
	const b = { claimId: 'b', span: { start: 4, end: 13 } }; // "two three"
	const [first] = layoutArticle(text, [a, b]);
	assert.deepEqual(first?.map((r) => [r.text, r.claimIds, r.startsFor, r.endsFor]), [
		['One ', ['a'], ['a'], []],
		['two', ['a', 'b'], ['b'], ['a']],
		[' three', ['b'], [], ['b']],
		['.', [], [], []],
	]);
});

test('a passage that crosses a paragraph break is marked in both paragraphs, anchored once, linked once', () => {
	const c = { claimId: 'c', span: { start: 8, end: 20 } }; // "three.\n\nFour"
	const runs = layoutArticle(text, [c]).flat().filter((r) => r.claimIds.length > 0);
	assert.deepEqual(runs.map((r) => r.text), ['three.', 'Four']);
	assert.deepEqual(runs.flatMap((r) => r.startsFor), ['c']);
	assert.deepEqual(runs.flatMap((r) => r.endsFor), ['c']);
});
