import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	pagesPerShard,
	shardCount,
	shardOf,
	shardPages,
} from '../../src/integrations/search-shards.ts';

const claimPages = (n: number) =>
	Array.from({ length: n }, (_, i) => `claims/claim-${String(i).padStart(6, '0')}/index.html`);

test('a site within one shard is indexed as one index, as before shards', () => {
	assert.equal(shardCount(0, 2000), 1);
	assert.equal(shardCount(27, 2000), 1);
	assert.equal(shardCount(2000, 2000), 1);
	assert.deepEqual(shardPages(['b', 'a'], 2000), [['b', 'a']]);
});

test('the shard count is the smallest power of two that keeps shards within the size on average', () => {
	assert.equal(shardCount(2001, 2000), 2);
	assert.equal(shardCount(10_005, 2000), 8);
	assert.equal(shardCount(20_005, 2000), 16);
	assert.equal(shardCount(100_005, 2000), 64);
	assert.throws(() => shardCount(10, 0), /at least 1/);
});

test('every page is in exactly one shard, and shards are near their mean size', () => {
	const pages = claimPages(10_005);
	const shards = shardPages(pages);
	// The smallest power of two that keeps shards within pagesPerShard pages on average.
	assert.equal(shards.length, 2 ** Math.ceil(Math.log2(pages.length / pagesPerShard)));
	assert.deepEqual(shards.flat().sort(), [...pages].sort());
	const mean = pages.length / shards.length;
	for (const shard of shards)
		assert.ok(
			Math.abs(shard.length - mean) < mean * 0.15,
			`a shard of ${shard.length} pages, mean ${mean}`,
		);
});

test('adding or removing pages never moves another page to another shard', () => {
	const pages = claimPages(3000);
	const count = shardCount(pages.length);
	const before = new Map(pages.map((p) => [p, shardOf(p, count)]));
	const grown = shardPages([...pages.slice(100), ...claimPages(3050).slice(3000)]);
	assert.equal(grown.length, count);
	grown.forEach((shard, i) => {
		for (const page of shard) if (before.has(page)) assert.equal(before.get(page), i, page);
	});
});

test('when the count doubles, each shard splits in two: shard s of n goes to s or s + n', () => {
	for (const page of claimPages(500)) {
		const s = shardOf(page, 4);
		assert.ok([s, s + 4].includes(shardOf(page, 8)), page);
	}
});
