/**
 * What belongs to one site rather than to the engine: its content, its brand marks, its settings,
 * and its own documents (SITE.md, the site's README section; the issue and pull-request templates
 * readers and contributors fill in). `npm run new-site` writes these in the site's language;
 * `npm run upgrade` keeps them exactly as they are while it merges a newer engine.
 */
export const editionPaths = [
	'content',
	'public',
	'src/config/site.ts',
	'SITE.md',
	'.github/ISSUE_TEMPLATE',
	'.github/pull_request_template.md',
] as const;

/** Where an edition's content lives, relative to the project root: read by the site and the validator alike. */
export const contentDirs = {
	claims: 'content/claims',
	sources: 'content/sources',
	pages: 'content/pages',
} as const;
