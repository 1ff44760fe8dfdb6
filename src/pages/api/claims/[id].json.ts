import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPath } from '../../../lib/cache-key.ts';
import {
	getClaimantPageFinder,
	getClaims,
	getSources,
	stancesWithPassages,
	type Claim,
	type StanceOnClaim,
} from '../../../lib/content.ts';
import { claimRecord, envelope } from '../../../lib/open-data.ts';
import { edition } from '../../../edition/context.ts';
import { lang } from '../../../edition/i18n.ts';

export const getStaticPaths = (async () => {
	const [claims, sources, claimantOf] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
	]);
	return claims.map((claim) =>
		keyedPath(
			{ id: claim.id },
			{
				claim,
				stances: stancesWithPassages(claim, sources),
				claimantPage: claimantOf(claim.data.claimant).id,
			},
		),
	);
}) satisfies GetStaticPaths;

/** One claim as an open-data record. */
export const GET: APIRoute<{ claim: Claim; stances: StanceOnClaim[]; claimantPage: string }> = ({
	props,
}) =>
	Response.json(
		envelope(
			'claim',
			claimRecord(props.claim, props.stances, edition, props.claimantPage),
			edition,
		),
	);
