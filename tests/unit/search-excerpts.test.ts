/**
 * Search excerpts keep words apart. Pagefind reads a built page's text as it is written, and the
 * build writes no white space between elements (compressHTML), so two blocks the reader sees
 * apart (a term and its value, a scale's two ends, a quotation and the verdicts linked after it)
 * can reach the index, and the excerpts a reader sees, as one word. Every word Pagefind keeps for
 * a page of a built fixture edition must be a word of that page, read with every tag as a break.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { resolveSettings } from '../../src/lib/settings.ts';
import settings from '../editions/longest-claims/site.ts';
import { buildFixtureEdition, builtEdition } from '../fixture-build.ts';

const edition = 'longest-claims';
/** The edition's section words: claim and source pages are the ones indexed. */
const words = resolveSettings(settings).paths;

/** What Pagefind keeps of each indexed page (its fragments: gzipped JSON after a signature). */
function fragments(site: string): { url: string; content: string }[] {
	const folder = join(site, 'pagefind', 'fragment');
	return readdirSync(folder).map((name) =>
		JSON.parse(
			gunzipSync(readFileSync(join(folder, name)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		),
	);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** A page's words, reading every tag as a break between words. */
function wordsOf(html: string): Set<string> {
	const text = html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);
	return new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

test('every word in the search index is a word of its page: no two blocks run together', () => {
	buildFixtureEdition(edition);
	const site = builtEdition(edition);
	const indexed = fragments(site);
	assert.ok(
		indexed.some((f) => f.url.includes(`/${words.claims}/`)) &&
			indexed.some((f) => f.url.includes(`/${words.sources}/`)),
	);
	const runTogether: string[] = [];
	for (const { url, content } of indexed) {
		const words = wordsOf(readFileSync(join(site, url, 'index.html'), 'utf8'));
		for (const word of content.match(/[\p{L}\p{N}]+/gu) ?? [])
			if (!words.has(word)) runTogether.push(`${url}: ${word}`);
	}
	assert.deepEqual(runTogether, []);
});
