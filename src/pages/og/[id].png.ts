/** /og/<id>.png: the 1200×630 image link previews show for a claim (Open Graph, Twitter cards, oEmbed thumbnail). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCardSvg } from '../../images/social-card.ts';
import { renderPng } from '../../images/render-png.ts';
import { getClaims, type Claim } from '../../lib/content.ts';
import { getRating } from '../../lib/ratings.ts';

export const getStaticPaths = (async () => (await getClaims()).map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim }> = ({ props: { claim } }) => {
	const png = renderPng(socialCardSvg({ claim: claim.data.claim, rating: getRating(claim.data.verdict) }));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
