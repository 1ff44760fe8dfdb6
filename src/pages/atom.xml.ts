import type { APIRoute } from 'astro';
import { getClaims } from '../lib/content.ts';
import { atom, feedEntries } from '../lib/feeds.ts';

export const GET: APIRoute = async () =>
	new Response(atom(feedEntries(await getClaims())), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
