/**
 * What a build wrote: bytes of dist/ by file type, and per page type the largest page's
 * weight as a reader downloads it: its HTML gzipped plus every stylesheet it links, gzipped,
 * and the JavaScript it loads (external scripts, module preloads and inline scripts; JSON-LD
 * and other data blocks are not JavaScript).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** The page's URL path. */
	readonly path: string;
	readonly htmlBytes: number;
	readonly htmlGzip: number;
	/** Gzipped bytes of the stylesheets it links, each counted once. */
	readonly cssGzip: number;
	/** htmlGzip + cssGzip: the figure the page-weight targets use. */
	readonly htmlCssGzip: number;
	readonly jsBytes: number;
	readonly jsGzip: number;
	/** Links to claim pages on it: a listing that grows with N shows here. */
	readonly claimLinks: number;
}

interface PageType {
	readonly type: string;
	readonly count: number;
	/** The heaviest page of the type, by htmlCssGzip. */
	readonly largest: PageWeight;
}

export interface DistStats {
	readonly totalBytes: number;
	readonly files: number;
	readonly htmlPages: number;
	/** Bytes and file counts by extension. */
	readonly byExtension: Record<string, { files: number; bytes: number }>;
	/** Bytes and file counts by top-level folder (a file at the top counts as "/"): what each kind of output weighs. */
	readonly byFolder: Record<string, { files: number; bytes: number }>;
	readonly pageTypes: PageType[];
}

const knownTypes: Record<string, string> = {
	claims: 'claim',
	sources: 'source',
	embed: 'embed',
	verdicts: 'verdict listing',
};

/** A page type from a URL path: home, claim, source, embed, verdict listing, or the path pattern. */
export function pageType(path: string): string {
	const segments = path.split('/').filter(Boolean);
	if (segments.length === 0) return 'home';
	const [first] = segments as [string, ...string[]];
	if (segments.length === 1) return first === '404.html' ? '404' : `/${first}/`;
	return knownTypes[first] ?? `/${first}/*`;
}

/** dist/claims/x/index.html -> /claims/x/ */
export function urlPath(distRelative: string): string {
	const path = `/${distRelative.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** Stylesheets and scripts a page loads. */
export function pageAssets(html: string): {
	stylesheets: string[];
	scripts: string[];
	inlineScripts: string[];
} {
	const stylesheets: string[] = [];
	const scripts: string[] = [];
	const inlineScripts: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('stylesheet')) stylesheets.push(href);
		else if (rel.includes('modulepreload')) scripts.push(href);
	}
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const open = `<script ${match[1] ?? ''}>`;
		const type = (attr(open, 'type') ?? '').toLowerCase();
		if (type !== '' && type !== 'module' && !type.includes('javascript')) continue;
		const src = attr(open, 'src');
		if (src) scripts.push(src);
		else if ((match[2] ?? '').trim()) inlineScripts.push(match[2] as string);
	}
	return { stylesheets, scripts, inlineScripts };
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

export function distStats(dist: string, candidatesPerType = 5): DistStats {
	const files = walk(dist);
	const byExtension: Record<string, { files: number; bytes: number }> = {};
	const byFolder: Record<string, { files: number; bytes: number }> = {};
	let totalBytes = 0;
	const pages = new Map<string, { path: string; file: string; bytes: number }[]>();
	for (const file of files) {
		const bytes = statSync(file).size;
		totalBytes += bytes;
		const ext = extname(file).slice(1) || '(none)';
		const slot = (byExtension[ext] ??= { files: 0, bytes: 0 });
		slot.files++;
		slot.bytes += bytes;
		const segments = relative(dist, file).split(sep);
		const folder = (byFolder[segments.length > 1 ? `${segments[0]}/` : '/'] ??= {
			files: 0,
			bytes: 0,
		});
		folder.files++;
		folder.bytes += bytes;
		if (ext === 'html') {
			const path = urlPath(relative(dist, file));
			const type = pageType(path);
			const list = pages.get(type) ?? [];
			list.push({ path, file, bytes });
			pages.set(type, list);
		}
	}
	const gzipCache = new Map<string, number>();
	const assetGzip = (href: string, pagePath: string): { raw: number; gz: number } => {
		const url = new URL(href, `https://bench.invalid${pagePath}`);
		if (url.hostname !== 'bench.invalid') return { raw: 0, gz: 0 };
		const file = join(dist, decodeURIComponent(url.pathname));
		let gz = gzipCache.get(file);
		let raw: number;
		try {
			const bytes = readFileSync(file);
			raw = bytes.byteLength;
			if (gz === undefined) gzipCache.set(file, (gz = gzipSync(bytes).byteLength));
		} catch {
			return { raw: 0, gz: 0 };
		}
		return { raw, gz };
	};
	const weigh = (path: string, file: string): PageWeight => {
		const html = readFileSync(file);
		const text = html.toString('utf8');
		const { stylesheets, scripts, inlineScripts } = pageAssets(text);
		const cssGzip = [...new Set(stylesheets)].reduce(
			(sum, href) => sum + assetGzip(href, path).gz,
			0,
		);
		const external = [...new Set(scripts)].map((href) => assetGzip(href, path));
		const inline = inlineScripts.map((code) => ({
			raw: Buffer.byteLength(code),
			gz: gzipSync(code).byteLength,
		}));
		const htmlGzip = gzipSync(html).byteLength;
		return {
			path,
			htmlBytes: html.byteLength,
			htmlGzip,
			cssGzip,
			htmlCssGzip: htmlGzip + cssGzip,
			jsBytes: [...external, ...inline].reduce((sum, s) => sum + s.raw, 0),
			jsGzip: [...external, ...inline].reduce((sum, s) => sum + s.gz, 0),
			claimLinks: (text.match(/href="(?:https?:\/\/[^"/]+)?\/claims\/[^"#]+"/g) ?? []).length,
		};
	};
	const pageTypes: PageType[] = [];
	for (const [type, list] of pages) {
		// The heaviest by raw HTML are the heaviest gzipped in practice; weigh a few to be sure.
		const candidates = [...list].sort((a, b) => b.bytes - a.bytes).slice(0, candidatesPerType);
		const weighed = candidates
			.map((c) => weigh(c.path, c.file))
			.sort((a, b) => b.htmlCssGzip - a.htmlCssGzip || b.jsBytes - a.jsBytes);
		pageTypes.push({ type, count: list.length, largest: weighed[0] as PageWeight });
	}
	const order = ['home', 'claim', 'source', 'embed', 'verdict listing'];
	const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
	pageTypes.sort(
		(a, b) => rank(a.type) - rank(b.type) || b.count - a.count || a.type.localeCompare(b.type),
	);
	const htmlPages = [...pages.values()].reduce((sum, list) => sum + list.length, 0);
	return { totalBytes, files: files.length, htmlPages, byExtension, byFolder, pageTypes };
}
