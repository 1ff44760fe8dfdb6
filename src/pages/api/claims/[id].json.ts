import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaims, getSources, stancesWithPassages, type Claim } from '../../../lib/content.ts';
import { claimRecord, envelope } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
	const claims = await getClaims();
	return claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}) satisfies GetStaticPaths;

/** One claim as an open-data record. */
export const GET: APIRoute<{ claim: Claim }> = async ({ props }) => {
	const sources = await getSources();
	return Response.json(envelope('claim', claimRecord(props.claim, stancesWithPassages(props.claim, sources))));
};
