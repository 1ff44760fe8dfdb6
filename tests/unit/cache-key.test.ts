import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheKeyOf, keyedPath } from '../../src/lib/cache-key.ts';

const entry = (id: string, digest: string, body = 'text') => ({
	collection: 'claims',
	id,
	digest,
	body,
	data: { verdict: 'true' },
});

test('content entries count by collection, id and digest: an edited file changes the key', () => {
	assert.equal(
		cacheKeyOf({ claim: entry('a', 'd1') }),
		cacheKeyOf({ claim: entry('a', 'd1', 'same digest, same file') }),
	);
	assert.notEqual(cacheKeyOf({ claim: entry('a', 'd1') }), cacheKeyOf({ claim: entry('a', 'd2') }));
	assert.notEqual(cacheKeyOf({ claim: entry('a', 'd1') }), cacheKeyOf({ claim: entry('b', 'd1') }));
	assert.notEqual(
		cacheKeyOf({ related: [entry('a', 'd1'), entry('b', 'd1')] }),
		cacheKeyOf({ related: [entry('b', 'd1'), entry('a', 'd1')] }),
	);
});

test('every other value counts by what it holds', () => {
	assert.equal(
		cacheKeyOf({ page: { number: 2, count: 3 } }),
		cacheKeyOf({ page: { number: 2, count: 3 } }),
	);
	assert.notEqual(
		cacheKeyOf({ page: { number: 2, count: 3 } }),
		cacheKeyOf({ page: { number: 2, count: 4 } }),
	);
	assert.notEqual(cacheKeyOf(undefined), cacheKeyOf(null));
});

test('values a key could not see into are refused, not silently ignored', () => {
	assert.throws(() => cacheKeyOf({ byId: new Map([['a', 1]]) }), /cannot key a Map/);
	assert.throws(() => cacheKeyOf({ ids: new Set(['a']) }), /cannot key a Set/);
	assert.throws(() => cacheKeyOf({ render: () => 'html' }), /cannot key a function/);
	assert.throws(
		() => cacheKeyOf({ claim: { collection: 'claims', id: 'a', digest: undefined } }),
		/claims\/a has no digest/,
	);
});

test('keyedPath gives a getStaticPaths entry its props and their key', () => {
	const props = { claim: entry('a', 'd1') };
	assert.deepEqual(keyedPath({ id: 'a' }, props), {
		params: { id: 'a' },
		props,
		cacheKey: cacheKeyOf(props),
	});
});
