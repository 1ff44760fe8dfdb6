/** /oembed/<id>.json: a claim's oEmbed response, discovered from the claim page's <link rel="alternate">. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembed } from '../../embed/snippets.ts';
import { keyedPath } from '../../lib/cache-key.ts';
import { getClaims, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () =>
	(await getClaims()).map((claim) =>
		keyedPath({ id: claim.id }, { claim }),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim }> = ({ props: { claim } }) => {
	const { data } = claim;
	const response = oembed({
		id: claim.id,
		claim: data.claim,
		summary: data.summary,
		rating: getRating(data.verdict),
		author: data.author,
	});
	return new Response(JSON.stringify(response, null, '\t'), {
		headers: { 'Content-Type': 'application/json' },
	});
};
