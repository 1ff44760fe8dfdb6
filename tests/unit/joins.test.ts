import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appearedIn, byNewest, citationsIn, claimsQuoting, relatedClaims, stancesOf } from '../../src/lib/joins.ts';
import { PassageIndex } from '../../src/lib/passages.ts';
import { claims, sources } from '../site-content.ts';

const claimEntries = claims;
const sourceEntries = sources;

test('the edition has five sources and at least 20 claims, at least 3 appearing in each article', () => {
	assert.equal(sourceEntries.length, 5);
	assert.ok(claimEntries.length >= 20);
	for (const source of sourceEntries) {
		const appearing = claimEntries.filter((c) => c.data.appeared.source === source.id).length;
		const quoting = claimsQuoting(source, claimEntries).length;
		assert.ok(quoting >= 3, `${source.id} is quoted by ${quoting} claims`);
		assert.ok(appearing >= 1, `${source.id} is where ${appearing} claims appeared`);
	}
});

test('every claim has a stance from each of the five sources, in edition order', () => {
	for (const claim of claimEntries) {
		assert.deepEqual(stancesOf(claim, sourceEntries).map((s) => s.article.id), sourceEntries.map((s) => s.id));
		assert.ok(appearedIn(claim, sourceEntries));
	}
});

test('every quote is located in its archived article', () => {
	for (const source of sourceEntries) {
		for (const { claimId, span } of citationsIn(source, claimEntries, new PassageIndex(source.body))) {
			assert.ok(span.end > span.start, `${claimId} in ${source.id}`);
		}
	}
});

test('stancesOf names the file and the missing source', () => {
	const [first] = claimEntries;
	assert.ok(first);
	const broken = { id: first.id, data: { ...first.data, sources: first.data.sources.slice(1) } };
	assert.throws(() => stancesOf(broken, sourceEntries), new RegExp(`content/claims/${first.id}.md: sources has no entry for`));
});

test('byNewest orders by published, then updated, then id', () => {
	const make = (id: string, published: string, updated: string) => ({ id, data: { ...claimEntries[0]!.data, published, updated } });
	const sorted = [make('b', '2026-01-01', '2026-01-01'), make('a', '2026-01-01', '2026-01-01'), make('c', '2026-02-01', '2026-02-01'), make('d', '2026-01-01', '2026-03-01')].sort(byNewest);
	assert.deepEqual(sorted.map((c) => c.id), ['c', 'd', 'a', 'b']);
});

test('relatedClaims never includes the claim itself and respects the limit', () => {
	for (const claim of claimEntries) {
		const related = relatedClaims(claim, claimEntries, 3);
		assert.ok(related.length <= 3);
		assert.ok(!related.some((r) => r.id === claim.id));
	}
});
