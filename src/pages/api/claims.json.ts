import type { APIRoute } from 'astro';
import {
	getClaimantPageFinder,
	getClaims,
	getRecords,
	getSources,
	stancesWithPassages,
} from '../../lib/content.ts';
import { checkRecordData, claimRecord, envelope } from '../../lib/open-data.ts';
import { edition } from '../../edition/context.ts';
import { lang } from '../../edition/i18n.ts';

/** Every claim as an open-data record, newest first; then the checks withdrawn or renamed, by id. */
export const GET: APIRoute = async () => {
	const [claims, sources, claimantOf, records] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
		getRecords(),
	]);
	return Response.json({
		...envelope(
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
		records: records.map((record) => checkRecordData(record, edition)),
	});
};
