/**
 * Where a build's time went, read from its log: Astro's own phase lines (setting up, which holds
 * the content check and the content sync; bundling; rendering the pages), the site's integrations
 * that run after the pages (each logs its time), and the pages by top-level folder, from the
 * time Astro prints beside each page. Astro renders several pages at once (`build.concurrency`),
 * so those times overlap and add up to more than the pages took: they are scaled down to the
 * pages' own time, which keeps each folder's share of it.
 */
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

interface BuildPart {
	readonly name: string;
	readonly seconds: number;
}

interface PageGroup {
	/** The first folder of the page's path ("claims", "og", "api"), or "/" for the pages and files of the root and its own folders (/about/). */
	readonly folder: string;
	readonly pages: number;
	readonly seconds: number;
}

export interface BuildParts {
	/** Astro's phases and the site's integrations, in the order they ran. */
	readonly parts: BuildPart[];
	/** The pages Astro rendered (not restored from its cache), by folder, most time first. */
	readonly pageGroups: PageGroup[];
	/** What the pages' own times were multiplied by to add up to the pages' time: 1, or less where they overlapped. */
	readonly pageTimeScale: number;
	/** Pages copied from Astro's cache of the last build instead of rendered. */
	readonly restored: number;
}

/** Seconds in a duration as Astro prints them: "407ms", "16.24s", "2m 17s". */
function duration(text: string): number {
	const [, minutes = '0', value = '0', unit = 's'] = /(?:(\d+)m )?([\d.]+)(m?s)/.exec(text) ?? [];
	return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** The parts of the build whose log is `log` (a file Astro and the build child wrote). */
export function buildParts(log: string): BuildParts {
	const lines = readFileSync(log, 'utf8').split('\n').map(stripVTControlCharacters);
	const parts: BuildPart[] = [];
	const add = (name: string, value: number) => {
		const same = parts.find((part) => part.name === name);
		if (same) parts[parts.indexOf(same)] = { name, seconds: same.seconds + value };
		else parts.push({ name, seconds: value });
	};
	const groups = new Map<string, { pages: number; ms: number }>();
	let restored = 0;
	for (const line of lines) {
		const page = /[├└]─ (\/\S*) (?:\(\+(\d+)ms\)|\(restored\))/.exec(line);
		if (page) {
			if (page[2] === undefined) restored++;
			else {
				const segments = page[1]!.split('/').filter(Boolean);
				const folder = segments.length > 1 ? (segments[0] as string) : '/';
				const group = groups.get(folder) ?? { pages: 0, ms: 0 };
				groups.set(folder, { pages: group.pages + 1, ms: group.ms + Number(page[2]) });
			}
			continue;
		}
		// Astro times setting up ("[build] ✓ Completed in", the first), the bundle ("[vite] ✓ built
		// in") and the pages ("✓ Completed in" on its own); the site's integrations print "(2.3 s)".
		const astro = /(\[build\] |\[vite\] )?✓ (?:Completed|built) in ((?:\d+m )?[\d.]+m?s)/.exec(
			line,
		);
		if (astro?.[1] === '[vite] ') add('bundle', duration(astro[2]!));
		else if (astro?.[1] === undefined && astro) add('pages', duration(astro[2]!));
		else if (astro && !parts.some((part) => part.name.startsWith('setup')))
			add('setup (settings, content check, content sync)', duration(astro[2]!));
		const integration = /\[crosscheck:([\w-]+)\] .*\(([\d.]+) s\)$/.exec(line.trim());
		if (integration)
			add(
				integration[1] === 'validate-content' ? 'content check (part of setup)' : integration[1]!,
				Number(integration[2]),
			);
	}
	const pagesSeconds = parts.find((part) => part.name === 'pages')?.seconds ?? 0;
	const summed = [...groups.values()].reduce((total, { ms }) => total + ms / 1000, 0);
	const pageTimeScale = pagesSeconds > 0 && summed > pagesSeconds ? pagesSeconds / summed : 1;
	return {
		parts,
		pageGroups: [...groups]
			.map(([folder, { pages, ms }]) => ({ folder, pages, seconds: (ms / 1000) * pageTimeScale }))
			.sort((a, b) => b.seconds - a.seconds),
		pageTimeScale,
		restored,
	};
}
