/** SVG to PNG with resvg. The SVG draws its text as paths, so no fonts are loaded. */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Buffer {
	return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
