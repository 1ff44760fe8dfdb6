import type { APIRoute } from 'astro';
import { lang, t } from '../../edition/i18n.ts';
import { getClaimantPageFinder, getClaims, getSources } from '../../lib/content.ts';
import { claimReviewItem, organization } from '../../lib/structured-data.ts';
import { edition } from '../../edition/context.ts';

/** A schema.org DataFeed of every ClaimReview, for fact-check aggregators. */
export const GET: APIRoute = async () => {
	const [claims, sources, claimantOf] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
	]);
	const newest = claims.reduce(
		(latest, claim) => (claim.data.updated > latest ? claim.data.updated : latest),
		'',
	);
	return Response.json({
		'@context': 'https://schema.org',
		'@type': 'DataFeed',
		name: t('data.feedName'),
		publisher: organization(edition),
		...(newest ? { dateModified: newest } : {}),
		dataFeedElement: claims.map((claim) =>
			claimReviewItem(claim, sources, edition, claimantOf(claim.data.claimant).sameAs),
		),
	});
};
