/**
 * /oembed/<id>.json: a claim's oEmbed response, discovered from the claim page's <link rel="alternate">.
 * A withdrawn or renamed check's old id keeps one, for hosts that ask again: the card saying it
 * was withdrawn, or the new check's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembed, withdrawnOembed, type OEmbedResponse } from '../../embed/snippets.ts';
import { besidePages } from '../../lib/files-beside-pages.ts';
import { getClaims, getRecords, recordEmbeds, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';
import type { RecordData } from '../../lib/schema.ts';
import { fixedRoutes } from '../../lib/routes.ts';

type Props =
	| { claim: Claim; record?: undefined }
	| { claim?: undefined; record: { id: string; data: RecordData } };

export const getStaticPaths = (async () => {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	const paths: { params: { id: string }; props: Props }[] = [
		...claims.map((claim) => ({ params: { id: claim.id }, props: { claim } })),
		...recordEmbeds(records, claims).map(({ id, claim, record }) => ({
			params: { id },
			props: claim ? { claim } : { record },
		})),
	];
	return besidePages(paths, ({ id }) => fixedRoutes.oembed(id), body);
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

function body({ claim, record }: Props): string {
	const response = claim ? claimResponse(claim) : withdrawnResponse(record.id, record.data);
	return JSON.stringify(response, null, '\t');
}

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(body(props), { headers: { 'Content-Type': 'application/json' } });
