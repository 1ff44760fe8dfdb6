import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPath } from '../../../lib/cache-key.ts';
import {
	getClaims,
	getSources,
	stancesWithPassages,
	type Claim,
	type StanceOnClaim,
} from '../../../lib/content.ts';
import { claimRecord, envelope } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
	const [claims, sources] = await Promise.all([getClaims(), getSources()]);
	return claims.map((claim) =>
		keyedPath({ id: claim.id }, { claim, stances: stancesWithPassages(claim, sources) }),
	);
}) satisfies GetStaticPaths;

/** One claim as an open-data record. */
export const GET: APIRoute<{ claim: Claim; stances: StanceOnClaim[] }> = ({ props }) =>
	Response.json(envelope('claim', claimRecord(props.claim, props.stances)));
