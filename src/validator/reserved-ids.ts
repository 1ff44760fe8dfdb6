/**
 * Fragment ids the site's own templates give elements (`id="main"`, `id="updates-heading"`),
 * read from the templates themselves so the list cannot drift from them. A heading in a
 * claim's analysis gets an id from its text (github-slugger, as Astro's Markdown engine
 * does); it must not take one of these, or links and labels on the page point at the wrong element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { anchors } from '../lib/paths.ts';

const templateDirs = ['layouts', 'components'].map((dir) => join(import.meta.dirname, '..', dir));

function templateFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name));
}

let cached: { ids: ReadonlySet<string>; prefixes: readonly string[] } | null = null;

/** Ids written literally in the templates, and the prefixes of ids they build from content (such as "source-"). */
function reservedIds(): { ids: ReadonlySet<string>; prefixes: readonly string[] } {
	if (cached) return cached;
	const ids = new Set<string>([anchors.claimsList]);
	for (const file of templateDirs.flatMap(templateFiles)) {
		for (const match of readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/g))
			ids.add(match[1] as string);
	}
	// A claim page gives each source's entry an id built from the source's id.
	const prefixes = [anchors.stance('x').slice(0, -1)];
	cached = { ids, prefixes };
	return cached;
}

/** The id a heading's text gets on the page, and whether the page's template already uses it; one slugger per analysis. */
export function headingIdClash(slugger: GithubSlugger, heading: string): string | null {
	const id = slugger.slug(heading);
	const { ids, prefixes } = reservedIds();
	return ids.has(id) || prefixes.some((prefix) => id.startsWith(prefix)) ? id : null;
}
