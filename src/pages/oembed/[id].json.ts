/**
 * /oembed/<id>.json: a claim's oEmbed response, discovered from the claim page's <link rel="alternate">.
 * A withdrawn or renamed check's old id keeps one, for hosts that ask again: the card saying it
 * was withdrawn, or the new check's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembed, withdrawnOembed, type OEmbedResponse } from '../../embed/snippets.ts';
import { keyedPath } from '../../lib/cache-key.ts';
import { getClaims, getRecords, recordEmbeds, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';
import type { RecordData } from '../../lib/schema.ts';

export const getStaticPaths = (async () => {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	return [
		...claims.map((claim) => keyedPath({ id: claim.id }, { claim, record: undefined })),
		...recordEmbeds(records, claims).map(({ id, claim, record }) =>
			keyedPath({ id }, claim ? { claim, record: undefined } : { claim: undefined, record }),
		),
	];
}) satisfies GetStaticPaths;

const claimResponse = ({ id, data }: Claim): OEmbedResponse =>
	oembed({
		id,
		claim: data.claim,
		summary: data.summary,
		rating: getRating(data.verdict),
		author: data.author,
	});

const withdrawnResponse = (id: string, data: RecordData): OEmbedResponse =>
	withdrawnOembed({
		id,
		claim: data.claim,
		rating: getRating(data.verdict),
		why: data.updates.at(-1)?.note ?? '',
	});

export const GET: APIRoute<
	| { claim: Claim; record?: undefined }
	| { claim?: undefined; record: { id: string; data: RecordData } }
> = ({ props: { claim, record } }) => {
	const response = claim ? claimResponse(claim) : withdrawnResponse(record.id, record.data);
	return new Response(JSON.stringify(response, null, '\t'), {
		headers: { 'Content-Type': 'application/json' },
	});
};
