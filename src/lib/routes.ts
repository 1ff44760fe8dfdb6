/**
 * The site's public routes, relative to its root: stable, since other sites link to them.
 * No imports, so the script embed (src/embed/loader.ts) can bundle it and resolve routes
 * against wherever it was loaded from; pages use src/lib/paths.ts, which adds the base path.
 */
export const routes = {
	home: () => '',
	claim: (id: string) => `claims/${id}/`,
	sources: () => 'sources/',
	source: (id: string) => `sources/${id}/`,
	/** Every claim that quotes a source article, newest first, paginated. */
	sourceClaims: (id: string) => `sources/${id}/claims/`,
	verdicts: () => 'verdicts/',
	verdict: (id: string) => `verdicts/${id}/`,
	methodology: () => 'methodology/',
	about: () => 'about/',
	search: () => 'search/',
	/** Open data: every claim, one claim, the ClaimReview data feed, CSV, and the format's JSON Schema. */
	dataAll: () => 'api/claims.json',
	dataClaim: (id: string) => `api/claims/${id}.json`,
	dataFeed: () => 'api/claimreview-feed.json',
	dataCsv: () => 'api/claims.csv',
	dataSchema: () => 'api/schema/claim-v3.json',
	/** Feeds of the newest claims. */
	rss: () => 'feed.xml',
	atom: () => 'atom.xml',
	jsonFeed: () => 'feed.json',
	/** Embeds: a claim's card for iframes, its oEmbed response, the script that makes cards, and images for sharing. */
	embed: (id: string) => `embed/${id}/`,
	oembed: (id: string) => `oembed/${id}.json`,
	embedScript: () => 'embed.js',
	badge: (id: string) => `badges/${id}.svg`,
	socialImage: (id: string) => `og/${id}.png`,
} as const;
