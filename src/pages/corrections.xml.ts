import type { APIRoute } from 'astro';
import { getCorrections } from '../lib/content.ts';
import { correctionFeedEntries, correctionsChannel, rss } from '../lib/feeds.ts';
import { absoluteUrl, paths } from '../edition/paths.ts';
import { edition } from '../edition/context.ts';

/** The corrections log as RSS. */
export const GET: APIRoute = async () =>
	new Response(
		rss(
			correctionFeedEntries(await getCorrections(), edition),
			edition,
			correctionsChannel(absoluteUrl(paths.correctionsRss()), edition),
		),
		{ headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
	);
