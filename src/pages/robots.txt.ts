import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../edition/paths.ts';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = () =>
	new Response(
		`User-agent: *\nAllow: ${withBase('')}\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'))}\n`,
	);
