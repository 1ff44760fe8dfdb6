import type { APIRoute } from 'astro';
import {
	getClaimantPageFinder,
	getClaims,
	getSources,
	stancesWithPassages,
} from '../../lib/content.ts';
import { claimRecord, claimsCsv } from '../../lib/open-data.ts';
import { edition } from '../../edition/context.ts';
import { lang } from '../../edition/i18n.ts';

/** Every claim as a CSV row, for spreadsheets. */
export const GET: APIRoute = async () => {
	const [claims, sources, claimantOf] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
	]);
	const csv = claimsCsv(
		claims.map((claim) =>
			claimRecord(
				claim,
				stancesWithPassages(claim, sources),
				edition,
				claimantOf(claim.data.claimant).id,
			),
		),
		sources,
	);
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
