import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutArticle, passagesOf } from '../../src/lib/highlight.ts';

const text = 'One two three.\n\nFour five six.';

test('splits paragraphs at blank lines and leaves uncited text plain', () => {
	const paragraphs = layoutArticle(text, []);
	assert.deepEqual(
		paragraphs.map((runs) => runs.map((r) => r.text).join('')),
		['One two three.', 'Four five six.'],
	);
	assert.ok(paragraphs.flat().every((run) => !run.cited));
});

test('claims quoting the same words share one passage', () => {
	const span = { start: 0, end: 3 };
	assert.deepEqual(
		passagesOf([
			{ claimId: 'a', span },
			{ claimId: 'b', span: { start: 4, end: 7 } },
			{ claimId: 'c', span },
		]),
		[
			{ span, claimIds: ['a', 'c'] },
			{ span: { start: 4, end: 7 }, claimIds: ['b'] },
		],
	);
});

test('overlapping passages are cut into runs; each passage starts and ends exactly once', () => {
	const a = { claimId: 'a', span: { start: 0, end: 7 } }; // "One two"
	const b = { claimId: 'b', span: { start: 4, end: 13 } }; // "two three"
	const [first] = layoutArticle(text, [a, b]);
	const ids = (list: readonly { claimIds: readonly string[] }[]) => list.flatMap((p) => p.claimIds);
	assert.deepEqual(
		first?.map((r) => [r.text, r.cited, ids(r.starts), ids(r.ends)]),
		[
			['One ', true, ['a'], []],
			['two', true, ['b'], ['a']],
			[' three', true, [], ['b']],
			['.', false, [], []],
		],
	);
});

test('a passage that crosses a paragraph break is marked in both paragraphs, anchored once, linked once', () => {
	const c = { claimId: 'c', span: { start: 8, end: 20 } }; // "three.\n\nFour"
	const runs = layoutArticle(text, [c])
		.flat()
		.filter((r) => r.cited);
	assert.deepEqual(
		runs.map((r) => r.text),
		['three.', 'Four'],
	);
	assert.equal(runs.flatMap((r) => r.starts).length, 1);
	assert.equal(runs.flatMap((r) => r.ends).length, 1);
});
