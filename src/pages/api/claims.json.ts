import type { APIRoute } from 'astro';
import {
	getClaimantPageFinder,
	getClaims,
	getRecords,
	getSources,
	getTranslations,
	stancesWithPassages,
} from '../../lib/content.ts';
import { checkRecordData, claimRecord, envelope } from '../../lib/open-data.ts';
import { edition } from '../../edition/context.ts';
import { lang } from '../../edition/i18n.ts';
import { furtherLanguages, languageVersions } from '../../edition/languages.ts';

/** Every claim as an open-data record, newest first; then the checks withdrawn or renamed, by id. */
export const GET: APIRoute = async () => {
	const [claims, sources, claimantOf, records, translations] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
		getRecords(),
		getTranslations(furtherLanguages),
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
					languageVersions(claim.id, translations),
				),
			),
			edition,
		),
		records: records.map((record) => checkRecordData(record, edition)),
	});
};
