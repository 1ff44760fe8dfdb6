/**
 * The site's public routes, relative to its root: stable, since other sites link to them.
 * No imports, so the script embed (src/embed/loader.ts) can bundle it and resolve routes
 * against wherever it was loaded from; pages use src/lib/paths.ts, which adds the base path.
 */

/** The reader-facing sections whose first path word a site chooses (the settings' `paths`). */
export const pathWordKeys = [
	'claims',
	'sources',
	'verdicts',
	'claimants',
	'topics',
	'corrections',
	'search',
] as const;

/** The words of the reader-facing sections' paths: "claims" in /claims/<id>/. */
export type PathWords = { readonly [K in (typeof pathWordKeys)[number]]: string };

/**
 * The words of a site whose settings name none: the English ones every site had before they
 * could be chosen, so upgrading the engine changes no existing site's URLs.
 */
export const defaultPathWords: PathWords = {
	claims: 'claims',
	sources: 'sources',
	verdicts: 'verdicts',
	claimants: 'claimants',
	topics: 'topics',
	corrections: 'corrections',
	search: 'search',
};

/**
 * The machine addresses: the same on every site, whatever its words, because other sites'
 * code fetches them (open data, feeds, embeds, oEmbed, badges, social cards).
 */
export const fixedRoutes = {
	/** Open data: every claim, one claim, the ClaimReview data feed, CSV, and the format's JSON Schema. */
	dataAll: () => 'api/claims.json',
	dataClaim: (id: string) => `api/claims/${id}.json`,
	dataFeed: () => 'api/claimreview-feed.json',
	dataCsv: () => 'api/claims.csv',
	dataSchema: () => 'api/schema/claim-v4.json',
	/** Feeds of the newest claims, and of every correction and update. */
	rss: () => 'feed.xml',
	atom: () => 'atom.xml',
	jsonFeed: () => 'feed.json',
	correctionsRss: () => 'corrections.xml',
	correctionsAtom: () => 'corrections-atom.xml',
	/** Embeds: a claim's card for iframes, its oEmbed response, the script that makes cards, and images for sharing. */
	embed: (id: string) => `embed/${id}/`,
	oembed: (id: string) => `oembed/${id}.json`,
	embedScript: () => 'embed.js',
	badge: (id: string) => `badges/${id}.svg`,
	socialImage: (id: string) => `og/${id}.png`,
	/** The icons every page draws: one sprite, named by its version (src/lib/icons.ts), in a folder no section may take. */
	iconSprite: (version: string) => `icons/${version}.svg`,
} as const;

/**
 * First path words a section may not take: the machine addresses' folders, the home page's
 * further pages (page/2/), the search index's folder, and the editorial pages every edition
 * publishes (about/, methodology/).
 */
export const reservedPathWords: readonly string[] = [
	...new Set(
		Object.values(fixedRoutes)
			.map((route) => route('x'))
			.filter((route) => route.includes('/'))
			.map((route) => route.split('/')[0] ?? ''),
	),
	'page',
	'pagefind',
	'about',
	'methodology',
];

/** Every route of a site whose reader-facing sections are at `words`. */
export function createRoutes(words: PathWords) {
	return {
		home: () => '',
		claim: (id: string) => `${words.claims}/${id}/`,
		sources: () => `${words.sources}/`,
		source: (id: string) => `${words.sources}/${id}/`,
		/** Every claim that quotes a source article, newest first, paginated. */
		sourceClaims: (id: string) => `${words.sources}/${id}/${words.claims}/`,
		verdicts: () => `${words.verdicts}/`,
		verdict: (id: string) => `${words.verdicts}/${id}/`,
		/** Who made the claims: every claimant, and each one's claims with a scorecard, paginated. */
		claimants: () => `${words.claimants}/`,
		claimant: (id: string) => `${words.claimants}/${id}/`,
		/** What the claims are about: every topic, and each one's claims, paginated. */
		topics: () => `${words.topics}/`,
		topic: (id: string) => `${words.topics}/${id}/`,
		/** Every correction and update across the site, newest first, paginated (its feeds are fixed routes). */
		corrections: () => `${words.corrections}/`,
		methodology: () => 'methodology/',
		about: () => 'about/',
		search: () => `${words.search}/`,
		...fixedRoutes,
	} as const;
}

/** A site's routes, as createRoutes makes them. */
export type Routes = ReturnType<typeof createRoutes>;
