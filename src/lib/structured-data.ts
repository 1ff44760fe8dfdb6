/**
 * schema.org data for machines: ClaimReview for each check (read by Google's Fact Check
 * Explorer, the Data Commons fact-check feed and other aggregators), built from the claim file.
 */
import type { EditionContext } from './edition-context.ts';
import { appearedIn, type ClaimEntry, type SourceEntry } from './joins.ts';
import { unidentified, type Claimant } from './claimants.ts';

export type Json = { [key: string]: Json } | Json[] | string | number | boolean;

/** The publisher of the site, as the edition's settings name it. */
export function organization({ site, absoluteUrl, assetPath, paths }: EditionContext): Json {
	return {
		'@type': 'Organization',
		name: site.name,
		url: site.publisher.url ?? absoluteUrl(paths.home()),
		...(site.publisher.logo
			? { logo: { '@type': 'ImageObject', url: absoluteUrl(assetPath(site.publisher.logo)) } }
			: {}),
	};
}

const stated = (value: string) => value !== 'not stated';

/** A source article as a CreativeWork: its original address where the source file gives one, and our archived copy. */
function articleWork(source: SourceEntry, { absoluteUrl, paths }: EditionContext): Json {
	const { data } = source;
	const archived = absoluteUrl(paths.source(source.id));
	return {
		'@type': 'CreativeWork',
		headline: data.headline,
		...(data.url ? { url: data.url, archivedAt: archived } : { url: archived }),
		...(stated(data.published) ? { datePublished: data.published } : {}),
		...(stated(data.author) ? { author: { '@type': 'Person', name: data.author } } : {}),
		...(stated(data.publisher)
			? { publisher: { '@type': 'Organization', name: data.publisher } }
			: {}),
	};
}

/** The ClaimReview for one claim check, as a page's JSON-LD; `sameAs`: the claimant's profiles elsewhere. */
export function claimReview(
	claim: ClaimEntry,
	sources: readonly SourceEntry[],
	edition: EditionContext,
	sameAs: readonly string[] = [],
): Json {
	return { '@context': 'https://schema.org', ...claimReviewItem(claim, sources, edition, sameAs) };
}

/** A ClaimReview without @context, for use inside a DataFeed. Unproven claims carry no numeric rating, only its name. */
export function claimReviewItem(
	claim: ClaimEntry,
	sources: readonly SourceEntry[],
	edition: EditionContext,
	sameAs: readonly string[] = [],
): { [key: string]: Json } {
	const { absoluteUrl, paths, getRating, scale } = edition;
	const { data } = claim;
	const rating = getRating(data.verdict);
	const first = appearedIn(claim, sources);
	const appearances = sources.filter((source) =>
		data.sources.some(
			(s) => s.source === source.id && (s.stance === 'asserts' || s.stance === 'reports'),
		),
	);
	// An unsigned article once recorded as its own claimant under its headline (older editions): a
	// headline is not a name, so the Claim then names no author rather than a false one.
	const headline = sources.some((source) => source.data.headline === data.claimant.name);
	const numeric: { [key: string]: Json } =
		rating.value === null
			? {}
			: {
					ratingValue: rating.value,
					bestRating: scale.ratingBounds.best,
					worstRating: scale.ratingBounds.worst,
				};
	return {
		'@type': 'ClaimReview',
		url: absoluteUrl(paths.claim(claim.id)),
		inLanguage: edition.site.lang,
		claimReviewed: data.claim,
		reviewBody: data.summary,
		datePublished: data.published,
		dateModified: data.updated,
		author: organization(edition),
		reviewRating: { '@type': 'Rating', ...numeric, alternateName: rating.label },
		itemReviewed: {
			'@type': 'Claim',
			...(headline ? {} : claimAuthor(data.claimant, sameAs)),
			...(data.appeared.date ? { datePublished: data.appeared.date } : {}),
			firstAppearance: articleWork(first, edition),
			appearance: (appearances.length > 0 ? appearances : [first]).map((source) =>
				articleWork(source, edition),
			),
		},
	};
}

/**
 * The Claim's author: a Person or an Organization by name. An unidentified website is an
 * Organization known by its page's address, and by a name only where it gives one (schema.org
 * requires no property of an Organization); with neither known, the Claim names no author, which
 * ClaimReview allows, rather than a made-up one.
 */
function claimAuthor(claimant: Claimant, sameAs: readonly string[] = []): { author?: Json } {
	const known = {
		...(claimant.name ? { name: claimant.name } : {}),
		...(claimant.type === unidentified && claimant.url ? { url: claimant.url } : {}),
	};
	if (Object.keys(known).length === 0) return {};
	return {
		author: {
			'@type': claimant.type === 'person' ? 'Person' : 'Organization',
			...known,
			...(sameAs.length > 0 ? { sameAs: [...sameAs] } : {}),
		},
	};
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no value can close the script element. */
export function jsonLd(value: Json): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
