/** /og/<id>.png: the 1200×630 image link previews show for a claim (Open Graph, Twitter cards, oEmbed thumbnail). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPath } from '../../lib/cache-key.ts';
import { socialCards } from '../../images/social-card-files.ts';
import type { SocialCardInput } from '../../images/social-card.ts';
import { getClaims } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () => {
	const cards = (await getClaims()).map((claim) =>
		keyedPath(
			{ id: claim.id },
			{ card: { claim: claim.data.claim, rating: getRating(claim.data.verdict) } },
		),
	);
	// A build asks for every card: start the missing ones on worker threads while other pages render.
	if (import.meta.env.PROD) socialCards().prepare(cards.map(({ props }) => props.card));
	return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardInput }> = async ({ props: { card } }) =>
	new Response(new Uint8Array(await socialCards().png(card)), {
		headers: { 'Content-Type': 'image/png' },
	});
