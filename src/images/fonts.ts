/**
 * The typeface of generated images: Atkinson Hyperlegible, shipped in an npm package (not a
 * system font), so images come out the same on every machine. Text is drawn as SVG paths,
 * so the images need no font to display and their layout is exactly what was measured.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import type { Measure } from '../lib/text-fit.ts';

export type Weight = 400 | 700;

/** A weight of the typeface: its subsets in order, the first holding a character draws it. */
export interface Face {
	/** Width of text at font size 1. */
	readonly measure: Measure;
	/** SVG path data for text set at `size` px with its baseline starting at (x, y). */
	path(text: string, x: number, y: number, size: number): string;
	/** Height above and depth below the baseline, at font size 1. */
	readonly ascent: number;
	readonly descent: number;
}

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/LICENSE'));
const subsets = ['latin', 'latin-ext'] as const;

function loadFont(subset: string, weight: Weight): opentype.Font {
	const file = readFileSync(join(packageDir, 'files', `atkinson-hyperlegible-${subset}-${weight}-normal.woff`));
	return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
}

interface PlacedGlyph {
	readonly font: opentype.Font;
	readonly glyph: opentype.Glyph;
	/** Pen position at font size 1. */
	readonly x: number;
}

function createFace(weight: Weight): Face {
	const fonts = subsets.map((subset) => loadFont(subset, weight));
	const [primary] = fonts as [opentype.Font];
	/** Each character's glyph and advance, and each pair's kerning, looked up once: text is measured again and again while it is wrapped. */
	const glyphs = new Map<string, { font: opentype.Font; glyph: opentype.Glyph; advance: number }>();
	const glyphOf = (char: string) => {
		let found = glyphs.get(char);
		if (!found) {
			const font = fonts.find((f) => f.hasChar(char)) ?? primary;
			const glyph = font.charToGlyph(char);
			found = { font, glyph, advance: (glyph.advanceWidth ?? 0) / font.unitsPerEm };
			glyphs.set(char, found);
		}
		return found;
	};
	const kerning = new Map(fonts.map((font) => [font, new Map<number, number>()]));
	const kern = (font: opentype.Font, left: opentype.Glyph, right: opentype.Glyph) => {
		const pairs = kerning.get(font) as Map<number, number>;
		const key = (left.index ?? 0) * 0x10000 + (right.index ?? 0);
		let value = pairs.get(key);
		// opentype.js answers undefined, not 0, for some pairs without kerning.
		if (value === undefined) pairs.set(key, (value = (font.getKerningValue(left, right) || 0) / font.unitsPerEm));
		return value;
	};

	/** Glyphs of the text with their positions: advance widths plus kerning within one subset. */
	const layout = (text: string): { glyphs: PlacedGlyph[]; width: number } => {
		const placed: PlacedGlyph[] = [];
		let x = 0;
		let previous: { font: opentype.Font; glyph: opentype.Glyph } | undefined;
		for (const char of text) {
			const { font, glyph, advance } = glyphOf(char);
			if (previous?.font === font) x += kern(font, previous.glyph, glyph);
			placed.push({ font, glyph, x });
			x += advance;
			previous = { font, glyph };
		}
		return { glyphs: placed, width: x };
	};

	return {
		measure: (text) => layout(text).width,
		path: (text, x, y, size) =>
			layout(text)
				.glyphs.map(({ glyph, x: at }) => pathData(glyph.getPath(x + at * size, y, size)))
				.join(''),
		ascent: primary.ascender / primary.unitsPerEm,
		descent: -primary.descender / primary.unitsPerEm,
	};
}

/** A tenth of a pixel is precise enough; whole numbers lose their decimal point. */
const num = (value: number) => String(Math.round(value * 10) / 10);

/**
 * SVG path data for a glyph outline. Written here rather than with opentype.js's toPathData,
 * which rounds some coordinates to NaN (it formats tiny fractions as "5e-14e+1").
 */
function pathData({ commands }: opentype.Path): string {
	return commands
		.map((c) => {
			switch (c.type) {
				case 'M':
				case 'L':
					return `${c.type}${num(c.x)} ${num(c.y)}`;
				case 'Q':
					return `Q${num(c.x1)} ${num(c.y1)} ${num(c.x)} ${num(c.y)}`;
				case 'C':
					return `C${num(c.x1)} ${num(c.y1)} ${num(c.x2)} ${num(c.y2)} ${num(c.x)} ${num(c.y)}`;
				case 'Z':
					return 'Z';
			}
		})
		.join('');
}

const faces = new Map<Weight, Face>();

/** The face of this weight, loaded once per process. */
export function face(weight: Weight): Face {
	let loaded = faces.get(weight);
	if (!loaded) faces.set(weight, (loaded = createFace(weight)));
	return loaded;
}
