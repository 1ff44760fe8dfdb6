import type { APIRoute } from 'astro';
import { getClaims, getRecords } from '../../lib/content.ts';
import { checkRecordData, claimEntry, envelope } from '../../lib/open-data.ts';
import { edition } from '../../edition/context.ts';

/** Every claim, newest first, each by a short entry pointing to its full record; then the checks withdrawn or renamed, by id. */
export const GET: APIRoute = async () => {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	return Response.json({
		...envelope(
			'claims',
			claims.map((claim) => claimEntry(claim, edition)),
			edition,
		),
		records: records.map((record) => checkRecordData(record, edition)),
	});
};
