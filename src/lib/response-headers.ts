/**
 * The response headers of the built site, written as a `_headers` file (the format Netlify and
 * Cloudflare Pages read):
 *
 * - every response: `nosniff`, a referrer policy and a permissions policy that turns off the
 *   device features no page uses;
 * - framing: anyone may frame an embed card, no one may frame any other page, a missing one
 *   (the 404 page, served at any address) included;
 * - the open data and the oEmbed responses may be read by scripts on any site (CORS);
 * - files whose names change with their content (Astro's bundled scripts and stylesheets, the
 *   icon sprite) are cached for a year without asking again.
 *
 * Both hosts apply every rule whose path matches, and join or override a header that two rules
 * set, so no header is set by two rules that can match the same path. Framing works with that:
 * the catch-all refuses framing with `X-Frame-Options`, which browsers ignore wherever a
 * `Content-Security-Policy` with `frame-ancestors` is present (CSP Level 2), and one rule per
 * section of the site, derived from its pages, sets that policy: `*` for embed cards, `'none'`
 * for the rest. An address in no section, which only a missing page has, keeps the refusal.
 */
import { fixedRoutes } from './routes.ts';

export const everyResponse = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
} as const;
export const refuseFraming = { 'Content-Security-Policy': "frame-ancestors 'none'" } as const;
export const allowFraming = { 'Content-Security-Policy': 'frame-ancestors *' } as const;
export const allowAnyOrigin = { 'Access-Control-Allow-Origin': '*' } as const;
export const cacheForever = { 'Cache-Control': 'public, max-age=31536000, immutable' } as const;

/** The first segment of a route ("embed/x/" is "embed"). Rules match paths in the built site, whatever its base path. */
const sectionOf = (route: string) => route.split('/')[0] ?? '';
const embedSection = sectionOf(fixedRoutes.embed('x'));
/** Sections fetched by other sites' scripts: the open data and the oEmbed responses. */
const openSections = [sectionOf(fixedRoutes.dataAll()), sectionOf(fixedRoutes.oembed('x'))];
/** The folder of the icon sprite, whose name is its version. */
const iconSection = sectionOf(fixedRoutes.iconSprite('x'));

/**
 * The `_headers` rules for a site whose pages are at these paths in the build ("/", "/about/",
 * "/claims/x/", "/404.html"): the catch-all, then one rule per top-level file or folder, in a
 * stable order. Hosts match rules against the address a reader asks for, so a site served
 * under a base path ("/checks/") gets rules under it ("/checks/embed/*"). The folders of the
 * site's further languages (`languageFolders`: "es-mx") hold a site each, with rules of their own
 * ("/es-mx/embed/*"). `assetsFolder` is where Astro puts its bundles (`build.assets`).
 */
export function headerRules(
	pagePaths: readonly string[],
	base = '/',
	languageFolders: readonly string[] = [],
	assetsFolder = '_astro',
): string {
	const under = (pattern: string) => `${base.replace(/\/?$/, '/')}${pattern.slice(1)}`;
	const patterns = new Set<string>();
	for (const path of pagePaths) {
		const [, first = '', ...rest] = path.split('/');
		const scope = languageFolders.includes(first) ? `/${first}` : '';
		const [top = '', ...below] = scope ? rest : [first, ...rest];
		patterns.add(
			top === '' ? `${scope}/` : below.length > 0 ? `${scope}/${top}/*` : `${scope}/${top}`,
		);
	}
	const rule = (pattern: string, headers: Record<string, string>) =>
		[under(pattern), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
			'\n',
		);
	const scopes = ['', ...languageFolders.map((folder) => `/${folder}`)];
	const embeds = scopes.map((scope) => `${scope}/${embedSection}/*`);
	return (
		[
			'# Generated at build time by src/integrations/response-headers.ts from the pages built; see src/lib/response-headers.ts.',
			rule('/*', everyResponse),
			...embeds.map((pattern) => rule(pattern, allowFraming)),
			...[...patterns]
				.filter((pattern) => !embeds.includes(pattern))
				.sort()
				.map((pattern) => rule(pattern, refuseFraming)),
			...scopes.flatMap((scope) =>
				openSections.map((section) => rule(`${scope}/${section}/*`, allowAnyOrigin)),
			),
			...scopes.flatMap((scope) =>
				[assetsFolder, iconSection].map((folder) => rule(`${scope}/${folder}/*`, cacheForever)),
			),
		].join('\n\n') + '\n'
	);
}
