import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { byNewest } from '../../src/lib/joins.ts';
import { atom, feedEntries, feedLength, jsonFeed, rss } from '../../src/lib/feeds.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { claims } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';
import { paths } from '../../src/edition/paths.ts';

const newestFirst = [...claims].sort(byNewest);
const entries = feedEntries(newestFirst, edition);

test('RSS and Atom parse with a real feed parser, newest first, each title naming the verdict', () => {
	for (const xml of [rss(entries, edition), atom(entries, edition)]) {
		const feed = parseFeed(xml);
		assert.equal(feed.items.length, Math.min(feedLength, claims.length));
		feed.items.forEach((item, i) => {
			const claim = newestFirst[i]!;
			assert.equal(item.title, `${getRating(claim.data.verdict).label}: ${claim.data.claim}`);
			assert.ok(item.url?.endsWith(paths.claim(claim.id)));
		});
	}
});

test('XML special characters in claims are escaped, not injected', () => {
	const [first] = newestFirst;
	const hostile = feedEntries(
		[{ ...first!, data: { ...first!.data, claim: 'A <b>bold</b> & "quoted" claim' } }],
		edition,
	);
	const feed = parseFeed(rss(hostile, edition));
	assert.equal(
		feed.items[0]?.title,
		`${getRating(first!.data.verdict).label}: A <b>bold</b> & "quoted" claim`,
	);
	assert.ok(!rss(hostile, edition).includes('<b>'));
});

test('JSON Feed 1.1 has the required fields', () => {
	const feed = jsonFeed(entries, edition);
	assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
	assert.ok(feed.title && feed.items.length === entries.length);
	for (const item of feed.items)
		assert.ok(item.id && item.url && item.title && item.date_published);
});

test('feeds stay bounded however many claims there are', () => {
	const many = Array.from({ length: feedLength + 10 }, (_, i) => ({
		...newestFirst[0]!,
		id: `c-${i}`,
	}));
	assert.equal(feedEntries(many, edition).length, feedLength);
});
