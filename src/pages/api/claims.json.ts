import type { APIRoute } from 'astro';
import {
	getClaimantPageFinder,
	getClaims,
	getSources,
	stancesWithPassages,
} from '../../lib/content.ts';
import { claimRecord, envelope } from '../../lib/open-data.ts';
import { edition } from '../../edition/context.ts';
import { lang } from '../../edition/i18n.ts';

/** Every claim as an open-data record, newest first. */
export const GET: APIRoute = async () => {
	const [claims, sources, claimantOf] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
	]);
	return Response.json(
		envelope(
			'claims',
			claims.map((claim) =>
				claimRecord(
					claim,
					stancesWithPassages(claim, sources),
					edition,
					claimantOf(claim.data.claimant).id,
				),
			),
			edition,
		),
	);
};
