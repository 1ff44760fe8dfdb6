/**
 * A post-build checker for the static site: every internal link and fragment resolves,
 * and no page repeats an id. It reads dist/ as files, so it scales to thousands of pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { resolveFile } from '../scripts/lib/static-server.ts';

export interface LinkProblem {
	readonly page: string;
	readonly problem: string;
}

/** Every .html file under dir, as site paths ("/claims/x/" for claims/x/index.html). */
export function listPages(dir: string): { file: string; path: string }[] {
	const root = resolve(dir);
	const found: { file: string; path: string }[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) {
				const rel = relative(root, full).split(sep).join('/');
				found.push({ file: full, path: '/' + rel.replace(/(^|\/)index\.html$/, '$1') });
			}
		}
	};
	walk(root);
	return found.sort((a, b) => a.path.localeCompare(b.path));
}

const decode = (value: string) =>
	value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

/** The values of one attribute on every tag of a page (Astro always quotes attribute values). */
function attributeValues(html: string, name: string): string[] {
	const pattern = new RegExp(`<[a-zA-Z][^>]*?\\s${name}="([^"]*)"`, 'g');
	return [...html.matchAll(pattern)].map((m) => decode(m[1] ?? ''));
}

/** Check a built site served under `base` ("/" at a host's root, "/checks/" below it): every link must stay under it. */
export function checkLinks(
	dir: string,
	base = '/',
): { pages: number; links: number; problems: LinkProblem[] } {
	const pages = listPages(dir);
	const idsByFile = new Map<string, string[]>();
	const htmlByFile = new Map<string, string>();
	for (const { file } of pages) {
		const html = readFileSync(file, 'utf8');
		htmlByFile.set(file, html);
		idsByFile.set(file, attributeValues(html, 'id'));
	}
	const problems: LinkProblem[] = [];
	let links = 0;
	for (const { file, path } of pages) {
		const ids = idsByFile.get(file) ?? [];
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) problems.push({ page: path, problem: `duplicate id "${id}"` });
			seen.add(id);
		}
		const html = htmlByFile.get(file) ?? '';
		for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
			if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
			links++;
			const url = new URL(href, `http://site${base}${path.slice(1)}`);
			if (!url.pathname.startsWith(base)) {
				problems.push({
					page: path,
					problem: `link "${href}" leaves the site's base path ${base}`,
				});
				continue;
			}
			const target = resolveFile(dir, `/${url.pathname.slice(base.length)}`);
			if (!target) {
				problems.push({ page: path, problem: `broken link "${href}"` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (
				fragment &&
				target.endsWith('.html') &&
				!(idsByFile.get(target) ?? []).includes(fragment)
			) {
				problems.push({
					page: path,
					problem: `link "${href}" points at a missing anchor "#${fragment}"`,
				});
			}
		}
	}
	return { pages: pages.length, links, problems };
}
