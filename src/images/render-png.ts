/** SVG to PNG with resvg. The SVG draws its text as paths, so no fonts are loaded. */
import { Resvg } from '@resvg/resvg-js';
import { indexedPng } from './indexed-png.ts';

/** The PNG of an SVG: with a palette when it has at most 256 colours (as cards do), else in full colour. */
export function svgToPng(svg: string): Buffer {
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	return indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}
