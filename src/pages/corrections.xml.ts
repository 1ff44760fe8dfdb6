import type { APIRoute } from 'astro';
import { getCorrections } from '../lib/content.ts';
import { correctionFeedEntries, correctionsChannel, rss } from '../lib/feeds.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';

/** The corrections log as RSS. */
export const GET: APIRoute = async () =>
	new Response(
		rss(
			correctionFeedEntries(await getCorrections()),
			correctionsChannel(absoluteUrl(paths.correctionsRss())),
		),
		{ headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
	);
