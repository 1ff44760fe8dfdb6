import type { APIRoute } from 'astro';
import { getClaims } from '../lib/content.ts';
import { feedEntries, jsonFeed } from '../lib/feeds.ts';
import { edition } from '../edition/context.ts';

export const GET: APIRoute = async () =>
	Response.json(jsonFeed(feedEntries(await getClaims(), edition), edition));
