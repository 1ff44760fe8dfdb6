import assert from 'node:assert/strict';
import { test } from 'node:test';
import { site } from '../../src/edition/site.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { getRating, ratingBounds } from '../../src/edition/ratings.ts';
import { claimReview, jsonLd } from '../../src/lib/structured-data.ts';
import { claims, sources } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON-LD's shape is what these tests assert
type Review = Record<string, any>;

test('a claim whose claimant is an unsigned article, under its headline, names no author: a headline is not a name', () => {
	const claim = claims[0]!;
	const source = sources.find((s) => s.id === claim.data.appeared.source)!;
	const unsigned = {
		...claim,
		data: {
			...claim.data,
			claimant: { name: source.data.headline, type: 'organization' as const },
		},
	};
	assert.equal((claimReview(unsigned, sources, edition) as Review).itemReviewed.author, undefined);
	const claimedBy = (claimant: { name: string; type: 'person' | 'organization' }) =>
		(claimReview({ ...claim, data: { ...claim.data, claimant } }, sources, edition) as Review)
			.itemReviewed.author;
	assert.deepEqual(claimedBy({ name: 'A Named Outlet', type: 'organization' }), {
		'@type': 'Organization',
		name: 'A Named Outlet',
	});
	assert.deepEqual(claimedBy({ name: 'Jane Roe', type: 'person' }), {
		'@type': 'Person',
		name: 'Jane Roe',
	});
});

test('every claim yields a ClaimReview with the properties aggregators require, agreeing with its file', () => {
	for (const claim of claims) {
		const review = claimReview(claim, sources, edition) as Review;
		const rating = getRating(claim.data.verdict);
		assert.equal(review['@context'], 'https://schema.org');
		assert.equal(review['@type'], 'ClaimReview');
		assert.equal(review.url, absoluteUrl(paths.claim(claim.id)));
		assert.equal(review.claimReviewed, claim.data.claim);
		assert.equal(review.datePublished, claim.data.published);
		assert.equal(review.author.name, site.name);
		assert.equal(review.author['@type'], 'Organization');
		assert.equal(review.reviewRating.alternateName, rating.label);
		if (rating.value === null) {
			assert.equal(review.reviewRating.ratingValue, undefined);
		} else {
			assert.equal(review.reviewRating.ratingValue, rating.value);
			assert.equal(review.reviewRating.bestRating, ratingBounds.best);
			assert.equal(review.reviewRating.worstRating, ratingBounds.worst);
		}
		assert.equal(review.itemReviewed['@type'], 'Claim');
		assert.equal(
			review.itemReviewed.firstAppearance.url,
			absoluteUrl(paths.source(claim.data.appeared.source)),
		);
		assert.ok(review.itemReviewed.appearance.length >= 1);
		if (claim.data.appeared.date)
			assert.equal(review.itemReviewed.datePublished, claim.data.appeared.date);
	}
});

test('source details that are "not stated" are left out rather than published as values', () => {
	for (const claim of claims) {
		const text = JSON.stringify(claimReview(claim, sources, edition));
		assert.ok(!text.includes('not stated'), claim.id);
	}
});

test('jsonLd output cannot close its script element', () => {
	const text = jsonLd({ claimReviewed: '</script><script>alert(1)</script>' });
	assert.ok(!text.includes('<'));
	assert.deepEqual(JSON.parse(text), { claimReviewed: '</script><script>alert(1)</script>' });
});

test('an unidentified website is an Organization known by its address, and with no address the Claim names no author', () => {
	const claim = claims[0]!;
	const withClaimant = (claimant: (typeof claim)['data']['claimant']) =>
		(claimReview({ ...claim, data: { ...claim.data, claimant } }, sources, edition) as Review)
			.itemReviewed.author;
	assert.deepEqual(withClaimant({ type: 'unidentified', url: 'https://unknown-site.example/a' }), {
		'@type': 'Organization',
		url: 'https://unknown-site.example/a',
	});
	assert.equal(withClaimant({ type: 'unidentified' }), undefined);
	assert.deepEqual(withClaimant({ name: 'Ana Ruiz', type: 'person' }), {
		'@type': 'Person',
		name: 'Ana Ruiz',
	});
});
