import type { APIRoute } from 'astro';
import { getClaims } from '../lib/content.ts';
import { feedEntries, rss } from '../lib/feeds.ts';
import { edition } from '../edition/context.ts';

export const GET: APIRoute = async () =>
	new Response(rss(feedEntries(await getClaims(), edition), edition), {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
	});
