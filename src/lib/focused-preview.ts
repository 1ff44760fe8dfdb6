/**
 * A focused preview (`npm run dev -- --only content/claims/<id>.md`, scripts/dev.ts) loads one
 * claim and every source, so `astro dev` starts and reloads as fast in a repository of 10,000
 * claims as in one of ten. scripts/dev.ts names the claim file in an environment variable; the
 * claims collection reads its pattern from here, and the dev server's content check its file.
 */
import { basename, resolve, sep } from 'node:path';
import { contentDirs } from './edition-files.ts';

/** The environment variable that holds the claim file's name (in content/claims/) during a focused preview. */
export const focusedClaimVariable = 'CROSSCHECK_ONLY_CLAIM';

/** Glob syntax in a file name, escaped so the name matches only itself. */
const escapeGlob = (name: string) => name.replace(/[*?[\]{}()!\\]/g, '\\$&');

/** The claims collection's file pattern: the focused claim's file, or every claim. */
export function claimFilePattern(
	env: Readonly<Record<string, string | undefined>> = process.env,
): string {
	const only = env[focusedClaimVariable];
	return only ? escapeGlob(only) : '*.md';
}

/** The focused claim's file (content/claims/<name>), or undefined when the whole site is served. */
export function focusedClaimFile(
	env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
	const only = env[focusedClaimVariable];
	return only ? `${contentDirs.claims}/${only}` : undefined;
}

/**
 * During a focused preview of the claim file `name` in the project at `root`: whether `path` (an
 * absolute path) is another claim's file or a translation of one. The preview never loads those,
 * so its file watcher leaves them out: watching 10,000 of them cost the server a second to start.
 */
export function otherClaimFile(root: string, name: string): (path: string) => boolean {
	const claims = resolve(root, contentDirs.claims) + sep;
	return (path) => path.startsWith(claims) && path.endsWith('.md') && basename(path) !== name;
}
