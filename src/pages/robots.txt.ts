import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../edition/paths.ts';
import { site } from '../edition/site.ts';

/** Everything may be crawled; the sitemaps, one per language, list every page. */
export const GET: APIRoute = () =>
	new Response(
		[
			'User-agent: *',
			`Allow: ${withBase('')}`,
			'',
			...(site.language.prefix
				? [`Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'))}`]
				: site.languages.map(({ url }) => `Sitemap: ${url}/sitemap-index.xml`)),
			'',
		].join('\n'),
	);
