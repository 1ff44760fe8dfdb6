/**
 * Whatever the text policy lets through (docs/text-policy.md), the feeds stay well-formed: the
 * worst text a claim may hold, every code point the policy allows, goes through RSS, Atom and
 * JSON Feed, and each parses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { atom, feedEntries, jsonFeed, rss } from '../../src/lib/feeds.ts';
import { byNewest } from '../../src/lib/joins.ts';
import { findRefused } from '../../src/lib/text-policy.ts';
import { claims } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';

/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): anything else makes a document not well-formed. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Every code point the policy allows in the Basic Multilingual Plane, and the edges of the others. */
function worstAllowedText(): string {
	const points: number[] = [];
	for (let cp = 0; cp <= 0xffff; cp++) points.push(cp);
	for (let plane = 1; plane <= 16; plane++)
		points.push(plane * 0x10000, plane * 0x10000 + 0xfffd, plane * 0x10000 + 0x7f);
	const allowed = points
		.map((cp) => String.fromCodePoint(cp))
		.filter((char) => findRefused(char) === null);
	return `${allowed.join('')} ]]> <![CDATA[ & &amp; <script>`;
}

test('the worst allowed text keeps RSS, Atom and JSON Feed well-formed', () => {
	const worst = worstAllowedText();
	assert.ok(worst.length > 60_000);
	const [first] = [...claims].sort(byNewest);
	assert.ok(first, 'the fixture edition has claims');
	const entries = feedEntries(
		[
			{
				...first,
				data: {
					...first.data,
					claim: worst,
					summary: worst,
					claimant: { ...first.data.claimant, name: worst },
				},
			},
		],
		edition,
	);
	for (const xml of [rss(entries, edition), atom(entries, edition)]) {
		const bad = notXmlChar.exec(xml);
		assert.equal(bad, null, `U+${bad?.[0].codePointAt(0)?.toString(16)} in a feed`);
		const feed = parseFeed(xml);
		assert.equal(feed.items.length, 1);
		// Markup in the text arrives escaped, never as markup.
		assert.ok(xml.includes(']]&gt; &lt;![CDATA[ &amp; &amp;amp; &lt;script&gt;'));
	}
	const json = JSON.stringify(jsonFeed(entries, edition));
	assert.equal(json.isWellFormed(), true);
	assert.equal(JSON.parse(json).items.length, 1);
});
