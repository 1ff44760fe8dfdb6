import type { APIRoute } from 'astro';
import { getClaims, getSources, stancesWithPassages } from '../../lib/content.ts';
import { claimRecord, envelope } from '../../lib/open-data.ts';

/** Every claim as an open-data record, newest first. */
export const GET: APIRoute = async () => {
	const [claims, sources] = await Promise.all([getClaims(), getSources()]);
	return Response.json(
		envelope(
			'claims',
			claims.map((claim) => claimRecord(claim, stancesWithPassages(claim, sources))),
		),
	);
};
