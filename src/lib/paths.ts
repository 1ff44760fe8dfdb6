/** Every public URL the site makes, in one place: these are stable, and other sites link to them. */
import { site } from '../config/site.ts';
import type { Span } from './passages.ts';

export const paths = {
	home: () => '/',
	claim: (id: string) => `/claims/${id}/`,
	sources: () => '/sources/',
	source: (id: string) => `/sources/${id}/`,
	/** Every claim that quotes a source article, newest first, paginated. */
	sourceClaims: (id: string) => `/sources/${id}/claims/`,
	verdicts: () => '/verdicts/',
	verdict: (id: string) => `/verdicts/${id}/`,
	methodology: () => '/methodology/',
	about: () => '/about/',
	search: () => '/search/',
	/** Open data: every claim, one claim, the ClaimReview data feed, CSV, and the format's JSON Schema. */
	dataAll: () => '/api/claims.json',
	dataClaim: (id: string) => `/api/claims/${id}.json`,
	dataFeed: () => '/api/claimreview-feed.json',
	dataCsv: () => '/api/claims.csv',
	dataSchema: () => '/api/schema/claim-v2.json',
	/** Feeds of the newest claims. */
	rss: () => '/feed.xml',
	atom: () => '/atom.xml',
	jsonFeed: () => '/feed.json',
	/** Embeds: a claim's card for iframes, its oEmbed response, the script that makes cards, and images for sharing. */
	embed: (id: string) => `/embed/${id}/`,
	oembed: (id: string) => `/oembed/${id}.json`,
	embedScript: () => '/embed.js',
	badge: (id: string) => `/badges/${id}.svg`,
	socialImage: (id: string) => `/og/${id}.png`,
} as const;

/** Fragment ids that pages link to across the site. */
export const anchors = {
	/** On a source page: where a quoted passage starts (claims quoting the same words share it). */
	passage: (span: Span) => `passage-${span.start}-${span.end}`,
	/** On a claim page: a source article's entry in "What the five sources say". */
	stance: (sourceId: string) => `source-${sourceId}`,
	/** On a source page: the list of claims drawn from it. */
	claimsList: 'claims',
} as const;

/** Links into the repository that holds the content files. */
export const repositoryLinks = {
	/** Edit a content file in the repository's web editor. */
	edit: (file: string) => `${site.repository}/edit/${site.branch}/${file}`,
	/** The history of changes to a content file. */
	history: (file: string) => `${site.repository}/commits/${site.branch}/${file}`,
} as const;

/** The absolute URL of a site path. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;
