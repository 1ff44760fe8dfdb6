import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	claimantPageFinder,
	claimantPages,
	nameSlug,
	unidentifiedPageId,
	type ClaimantListEntry,
} from '../../src/lib/claimant-pages.ts';
import { splitAround } from '../../src/lib/claimants.ts';
import { byNewest, claimCounts } from '../../src/lib/joins.ts';
import { claimantEntrySchema, type ClaimData } from '../../src/lib/schema.ts';
import { claimReview } from '../../src/lib/structured-data.ts';
import { claims, sources } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';
import { ratingIds, ratings } from '../../src/edition/ratings.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back as loose JSON
type Review = Record<string, any>;

/** A copy of a real claim with another claimant and verdict. */
const as = (
	i: number,
	claimant: ClaimData['claimant'],
	verdict: ClaimData['verdict'] = claims[i % claims.length]!.data.verdict,
) => {
	const claim = claims[i % claims.length]!;
	return { id: `${claim.id}-${i}`, data: { ...claim.data, claimant, verdict } };
};

const list: ClaimantListEntry[] = [
	{
		id: 'ana-ruiz',
		data: claimantEntrySchema.parse({
			id: 'ana-ruiz',
			name: 'Ana Ruiz',
			aliases: ['Senator Ruiz', 'A. Ruiz'],
			sameAs: ['https://example.org/people/ana-ruiz'],
		}),
	},
];

test('names become URL ids without accents, cut at a word within 80 characters', () => {
	assert.equal(nameSlug('Nicolás Maduro'), 'nicolas-maduro');
	assert.equal(nameSlug('U.S. government'), 'u-s-government');
	const long = nameSlug('word '.repeat(30));
	assert.ok(long.length <= 80 && long.endsWith('word'), long);
	assert.match(nameSlug('特朗普'), /^claimant-[a-z0-9]+$/);
	assert.notEqual(nameSlug('特朗普'), nameSlug('习近平'));
});

test('aliases in the claimant list merge onto one page, which carries its profiles', () => {
	const find = claimantPageFinder(list);
	for (const name of ['Ana Ruiz', 'Senator Ruiz', 'a. ruiz'])
		assert.deepEqual(find({ name, type: 'person' }), {
			id: 'ana-ruiz',
			sameAs: ['https://example.org/people/ana-ruiz'],
		});
	assert.deepEqual(find({ name: 'Luis Ruiz', type: 'person' }), { id: 'luis-ruiz', sameAs: [] });
});

test('every unidentified website shares one page, whatever name it is given', () => {
	const find = claimantPageFinder(list);
	assert.equal(find({ name: 'newsfront.example', type: 'unidentified' }).id, unidentifiedPageId);
	assert.equal(find({ name: 'Ana Ruiz', type: 'unidentified' }).id, unidentifiedPageId);
});

test('claimant pages hold every claim once, newest first, with a scorecard that adds up; one check is enough for a page', () => {
	// Two ratings of the edition's scale.
	const [once, twice] = ratingIds as [string, string, ...string[]];
	const mixed = [
		as(0, { name: 'Ana Ruiz', type: 'person' }, twice),
		as(1, { name: 'Senator Ruiz', type: 'person' }, twice),
		as(2, { name: 'A. Ruiz', type: 'person' }, once),
		as(3, { name: 'Solo Claimant', type: 'organization' }),
		as(4, { name: 'site-one.example', type: 'unidentified' }),
		as(5, { name: 'site-two.example', type: 'unidentified' }),
	].sort(byNewest);
	const pages = claimantPages(mixed, list, 'Unnamed websites');
	assert.deepEqual(
		pages.map((p) => [p.id, p.claims.length]),
		[
			['ana-ruiz', 3],
			[unidentifiedPageId, 2],
			['solo-claimant', 1],
		],
	);
	assert.equal(pages.flatMap((p) => p.claims).length, mixed.length);
	const ana = pages[0]!;
	assert.equal(ana.name, 'Ana Ruiz');
	assert.deepEqual(ana.sameAs, ['https://example.org/people/ana-ruiz']);
	assert.deepEqual([...ana.claims], [...ana.claims].sort(byNewest));
	assert.equal(pages[1]!.name, 'Unnamed websites');
	const card = claimCounts(ana.claims, [], ratings).byVerdict;
	assert.equal(card.find((c) => c.rating.id === twice)?.count, 2);
	assert.equal(card.find((c) => c.rating.id === once)?.count, 1);
	assert.equal(
		card.reduce((sum, c) => sum + c.count, 0),
		3,
	);
});

test('the claimant list refuses an entry with a bad profile address', () => {
	assert.equal(
		claimantEntrySchema.safeParse({ id: 'x-y', name: 'X Y', sameAs: ['javascript:alert(1)'] })
			.success,
		false,
	);
});

test('ClaimReview names the claimant’s profiles elsewhere as sameAs, and an unidentified website’s address', () => {
	const claim = claims[0]!;
	const named = {
		...claim,
		data: { ...claim.data, claimant: { name: 'Ana Ruiz', type: 'person' as const } },
	};
	const review = claimReview(named, sources, edition, [
		'https://example.org/people/ana-ruiz',
	]) as Review;
	assert.deepEqual(review.itemReviewed.author.sameAs, ['https://example.org/people/ana-ruiz']);
	assert.equal(
		(claimReview(named, sources, edition) as Review).itemReviewed.author.sameAs,
		undefined,
	);
	const site = {
		...claim,
		data: {
			...claim.data,
			claimant: {
				name: 'newsfront.example',
				type: 'unidentified' as const,
				url: 'https://newsfront.example/',
			},
		},
	};
	assert.equal(
		(claimReview(site, sources, edition) as Review).itemReviewed.author.url,
		'https://newsfront.example/',
	);
});

test('the claimant’s name is split out of the words around it, to be linked', () => {
	assert.deepEqual(splitAround('Ana Ruiz, paraphrased, in ', 'Ana Ruiz'), [
		'',
		'Ana Ruiz',
		', paraphrased, in ',
	]);
	assert.deepEqual(splitAround('Lo afirmó Ana Ruiz (citada) en ', 'Ana Ruiz'), [
		'Lo afirmó ',
		'Ana Ruiz',
		' (citada) en ',
	]);
	assert.deepEqual(splitAround('no name here', 'Ana Ruiz'), ['', 'no name here', '']);
});
