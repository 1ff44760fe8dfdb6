import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
	/** What withdrawn and renamed checks leave at their old ids (src/lib/schema.ts, recordSchema). */
	records: 'content/records',
} as const;

/** A check's claim file, from the project root (content/claims/<id>.md); with `lang`, its translation into that language (content/claims/<lang>/<id>.md). */
export const claimFile = (id: string, lang?: string) =>
	lang === undefined ? `${contentDirs.claims}/${id}.md` : `${contentDirs.claims}/${lang}/${id}.md`;

/** Where the edition's list files live, relative to the project root. */
export const listFiles = {
	topics: 'content/topics.yml',
	claimants: 'content/claimants.yml',
} as const;

/** Whether the project at `root` keeps this list: an edition without one has an empty collection, which Astro would warn about on every read. */
export function hasList(root: string, kind: keyof typeof listFiles): boolean {
	return existsSync(join(root, listFiles[kind]));
}

/** Whether the project at `root` keeps records of withdrawn or renamed checks (most editions have none). */
export function hasRecords(root: string): boolean {
	return existsSync(join(root, contentDirs.records));
}

/** The ids of the project's records of withdrawn and renamed checks: their file names. */
export function recordIds(root: string): string[] {
	if (!hasRecords(root)) return [];
	return readdirSync(join(root, contentDirs.records))
		.filter((name) => name.endsWith('.md') && !name.startsWith('.'))
		.map((name) => name.slice(0, -'.md'.length));
}
