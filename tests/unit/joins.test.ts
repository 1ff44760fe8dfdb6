import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	appearedIn,
	byNewest,
	citationsIn,
	claimsQuoting,
	relatedClaimsFinder,
	stancesOf,
} from '../../src/lib/joins.ts';
import { PassageIndex } from '../../src/lib/passages.ts';
import { claims, sources } from '../site-content.ts';

const claimEntries = claims;
const sourceEntries = sources;

test('every article of the fixture edition is quoted, and is where a claim appeared', () => {
	assert.ok(sourceEntries.length > 1 && claimEntries.length > sourceEntries.length);
	for (const source of sourceEntries) {
		const appearing = claimEntries.filter((c) => c.data.appeared.source === source.id).length;
		const quoting = claimsQuoting(source, claimEntries).length;
		assert.ok(quoting >= 1, `${source.id} is quoted by ${quoting} claims`);
		assert.ok(appearing >= 1, `${source.id} is where ${appearing} claims appeared`);
	}
});

test('every claim has a stance from each source, in edition order', () => {
	for (const claim of claimEntries) {
		assert.deepEqual(
			stancesOf(claim, sourceEntries).map((s) => s.article.id),
			sourceEntries.map((s) => s.id),
		);
		assert.ok(appearedIn(claim, sourceEntries));
	}
});

test('every quote is located in its archived article', () => {
	for (const source of sourceEntries) {
		for (const { claimId, span } of citationsIn(
			source,
			claimEntries,
			new PassageIndex(source.body),
		)) {
			assert.ok(span.end > span.start, `${claimId} in ${source.id}`);
		}
	}
});

test('stancesOf names the file and the missing source', () => {
	const [first] = claimEntries;
	assert.ok(first);
	const broken = { id: first.id, data: { ...first.data, sources: first.data.sources.slice(1) } };
	assert.throws(
		() => stancesOf(broken, sourceEntries),
		new RegExp(`content/claims/${first.id}.md: sources has no entry for`),
	);
});

test('byNewest orders by published, then updated, then id', () => {
	const make = (id: string, published: string, updated: string) => ({
		id,
		data: { ...claimEntries[0]!.data, published, updated },
	});
	const sorted = [
		make('b', '2026-01-01', '2026-01-01'),
		make('a', '2026-01-01', '2026-01-01'),
		make('c', '2026-02-01', '2026-02-01'),
		make('d', '2026-01-01', '2026-03-01'),
	].sort(byNewest);
	assert.deepEqual(
		sorted.map((c) => c.id),
		['c', 'd', 'a', 'b'],
	);
});

/** The plain quadratic definition the finder must agree with. */
function naiveRelated(claim: (typeof claimEntries)[number], limit: number) {
	const speaking = (c: typeof claim) =>
		new Set(c.data.sources.filter((s) => s.stance !== 'not-mentioned').map((s) => s.source));
	const mine = speaking(claim);
	return claimEntries
		.filter((other) => other.id !== claim.id)
		.map((other) => ({
			other,
			score:
				[...speaking(other)].filter((id) => mine.has(id)).length +
				(other.data.appeared.source === claim.data.appeared.source ? 1 : 0),
		}))
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
		.slice(0, limit)
		.map(({ other }) => other.id);
}

test('relatedClaimsFinder agrees with the plain definition, never lists the claim itself, and respects the limit', () => {
	const related = relatedClaimsFinder(claimEntries);
	for (const limit of [1, 3, 4, 30]) {
		for (const claim of claimEntries) {
			const found = related(claim, limit).map((c) => c.id);
			assert.deepEqual(found, naiveRelated(claim, limit), `${claim.id}, limit ${limit}`);
			assert.ok(!found.includes(claim.id));
		}
	}
});
