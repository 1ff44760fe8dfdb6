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
	/** Who made the claims: every claimant, and each one's claims with a scorecard, paginated. */
	claimants: () => 'claimants/',
	claimant: (id: string) => `claimants/${id}/`,
	/** What the claims are about: every topic, and each one's claims, paginated. */
	topics: () => 'topics/',
	topic: (id: string) => `topics/${id}/`,
	/** Every correction and update across the site, newest first, paginated, and its feeds. */
	corrections: () => 'corrections/',
	correctionsRss: () => 'corrections.xml',
	correctionsAtom: () => 'corrections-atom.xml',
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
