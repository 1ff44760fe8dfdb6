import type { APIRoute } from 'astro';
import { getCorrections } from '../lib/content.ts';
import { atom, correctionFeedEntries, correctionsChannel } from '../lib/feeds.ts';
import { absoluteUrl, paths } from '../edition/paths.ts';
import { edition } from '../edition/context.ts';

/** The corrections log as Atom. */
export const GET: APIRoute = async () =>
	new Response(
		atom(
			correctionFeedEntries(await getCorrections(), edition),
			edition,
			correctionsChannel(absoluteUrl(paths.correctionsAtom()), edition),
		),
		{ headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
	);
