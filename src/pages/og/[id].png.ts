/** /og/<id>.png: the 1200×630 image link previews show for a claim (Open Graph, Twitter cards, oEmbed thumbnail). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { besidePages } from '../../lib/files-beside-pages.ts';
import { fixedRoutes } from '../../lib/routes.ts';
import { socialCards } from '../../images/social-card-files.ts';
import type { SocialCardInput } from '../../images/social-card.ts';
import { getClaims } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () => {
	const cards = (await getClaims()).map((claim) => ({
		params: { id: claim.id },
		props: { card: { claim: claim.data.claim, rating: getRating(claim.data.verdict) } },
	}));
	// A build writes every card after the pages: start the missing ones on worker threads while the pages render.
	if (import.meta.env.PROD) socialCards().prepare(cards.map(({ props }) => props.card));
	return besidePages(cards, ({ id }) => fixedRoutes.socialImage(id), body);
}) satisfies GetStaticPaths;

/** The card's PNG as read from the cache; a build writes these bytes as they are. */
function body({ card }: { card: SocialCardInput }): Promise<Buffer> {
	return socialCards().png(card);
}

// A Response takes a Uint8Array over its own ArrayBuffer, which a Buffer read from a file need not be.
export const GET: APIRoute<{ card: SocialCardInput }> = async ({ props }) =>
	new Response(new Uint8Array(await body(props)), { headers: { 'Content-Type': 'image/png' } });
