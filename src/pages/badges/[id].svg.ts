/** /badges/<id>.svg: a claim's verdict as a small badge for READMEs and forums. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeSvg } from '../../images/badge.ts';
import { keyedPath } from '../../lib/cache-key.ts';
import { getClaims, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () =>
	(await getClaims()).map((claim) =>
		keyedPath({ id: claim.id }, { claim }),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim }> = ({ props: { claim } }) =>
	new Response(badgeSvg(getRating(claim.data.verdict)), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
