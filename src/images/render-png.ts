/**
 * SVG to PNG with resvg, cached on disk by a hash of the SVG: the SVG holds every input
 * (text, colors, layout, font outlines), so an unchanged image is read back, not re-rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Where rendered images are kept between builds. */
const defaultCacheDir = join(process.cwd(), 'node_modules', '.cache', 'crosscheck', 'images');
const rendererVersion: string = createRequire(import.meta.url)('@resvg/resvg-js/package.json').version;

/** The PNG of an SVG whose text is drawn as paths (no fonts are loaded). */
export function renderPng(svg: string, cacheDir: string = defaultCacheDir): Buffer {
	const key = createHash('sha256').update(`resvg ${rendererVersion}\n${svg}`).digest('hex');
	const file = join(cacheDir, `${key}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
		mkdirSync(cacheDir, { recursive: true });
		// Write then rename, so a build that stops halfway never leaves a truncated image in the cache.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
		return png;
	}
}
