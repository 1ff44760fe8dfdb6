/**
 * The site's identity, set once. Everything that names the site, links to it or
 * credits its publisher reads from here (astro.config.mjs takes `url` from it too).
 *
 * Deployers: set `url` to the address the site is served from and `repository`
 * to the public repository that holds the claim files; both are placeholders
 * on reserved example domains until then.
 */
export const site = {
	/** Display name, used in titles, the header and embeds. */
	name: 'Crosscheck',
	/** One line under the name. */
	tagline: 'Claim-by-claim checks of the reporting on U.S. threats of military action against Mexican drug cartels',
	/** Absolute origin the site is published at, without a trailing slash. */
	url: 'https://crosscheck.example',
	/** The language of the site's own text. */
	lang: 'en',
	/** Who publishes the site: shown on /about/ and in every footer. */
	publisher: 'the Crosscheck desk',
	/** Public repository holding the claim files (used for "edit" and "history" links and for suggestions). */
	repository: 'https://github.example/crosscheck/crosscheck',
	/** Branch the published site is built from. */
	branch: 'main',
} as const;

/** The URL of the repository's issue tracker, where readers suggest claims and corrections. */
export const issuesUrl = `${site.repository}/issues`;
