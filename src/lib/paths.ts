/** Every public URL the site makes, in one place: these are stable, and other sites link to them. */
import { site } from '../config/site.ts';

export const paths = {
	home: () => '/',
	claim: (id: string) => `/claims/${id}/`,
	sources: () => '/sources/',
	source: (id: string) => `/sources/${id}/`,
	verdicts: () => '/verdicts/',
	verdict: (id: string) => `/verdicts/${id}/`,
	methodology: () => '/methodology/',
	about: () => '/about/',
} as const;

/** Fragment ids that pages link to across the site. */
export const anchors = {
	/** On a source page: where a claim's quoted passage starts. */
	quote: (claimId: string) => `quote-${claimId}`,
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
