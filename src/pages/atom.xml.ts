import type { APIRoute } from 'astro';
import { getClaims } from '../lib/content.ts';
import { atom, feedEntries } from '../lib/feeds.ts';
import { edition } from '../edition/context.ts';

export const GET: APIRoute = async () =>
	new Response(atom(feedEntries(await getClaims(), edition), edition), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
