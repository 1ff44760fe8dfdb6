/**
 * What belongs to one site rather than to the engine: its content, its brand marks, its settings
 * and the issue chooser's links to it. `npm run new-site` writes these; `npm run upgrade` keeps
 * them as they are while it merges a newer engine.
 */
export const editionPaths = [
	'content',
	'public',
	'src/config/site.ts',
	'.github/ISSUE_TEMPLATE/config.yml',
] as const;

/** Where an edition's content lives, relative to the project root: read by the site and the validator alike. */
export const contentDirs = {
	claims: 'content/claims',
	sources: 'content/sources',
	pages: 'content/pages',
} as const;
