/**
 * Who may frame the site's pages: anyone may frame an embed card, no one may frame any other
 * page. Written as a `_headers` file, the format Netlify and Cloudflare Pages read.
 *
 * Both hosts apply every rule whose path matches, and join or override a header that two rules
 * set, so a catch-all `/*` that refuses framing would also reach `/embed/*`. The rules are
 * therefore disjoint: one per top-level section of the built site, derived from its pages.
 */
import { paths } from './paths.ts';

export const refuseFraming = { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" } as const;
export const allowFraming = { 'Content-Security-Policy': 'frame-ancestors *' } as const;

/** The first segment of every embed card's path ("embed"). */
const embedSection = paths.embed('x').split('/')[1];

/**
 * The `_headers` rules for a site whose pages are at these URL paths ("/", "/about/",
 * "/claims/x/", "/404.html"): one rule per top-level file or folder, in a stable order.
 */
export function frameHeaderRules(pagePaths: readonly string[]): string {
	const patterns = new Set<string>();
	for (const path of pagePaths) {
		const [, first = '', ...rest] = path.split('/');
		patterns.add(first === '' ? '/' : rest.length > 0 ? `/${first}/*` : `/${first}`);
	}
	const rule = (pattern: string, headers: Record<string, string>) =>
		[pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const embeds = `/${embedSection}/*`;
	return [
		'# Framing: embed cards may be framed by any site; no other page may be framed.\n# Generated at build time by src/integrations/frame-headers.ts from the pages built.',
		rule(embeds, allowFraming),
		...[...patterns]
			.filter((pattern) => pattern !== embeds)
			.sort()
			.map((pattern) => rule(pattern, refuseFraming)),
	].join('\n\n') + '\n';
}
