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

export const getStaticPaths = (async () => {
	const [claims, sources, claimantOf] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(),
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
}) => Response.json(envelope('claim', claimRecord(props.claim, props.stances, props.claimantPage)));
