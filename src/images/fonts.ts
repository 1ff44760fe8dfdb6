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
	/** The glyphs that draw text, each with its pen position at font size 1 (what `path` draws). */
	glyphs(text: string): readonly FaceGlyph[];
	/** Height above and depth below the baseline, at font size 1. */
	readonly ascent: number;
	readonly descent: number;
}

const packageDir = dirname(
	createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/LICENSE'),
);
const subsets = ['latin', 'latin-ext'] as const;

function loadFont(subset: string, weight: Weight): opentype.Font {
	const file = readFileSync(
		join(packageDir, 'files', `atkinson-hyperlegible-${subset}-${weight}-normal.woff`),
	);
	return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
}

/** A glyph placed in a line of text. */
export interface FaceGlyph {
	/** Tells the glyph apart from every other glyph of the face (of any subset). */
	readonly key: number;
	readonly glyph: opentype.Glyph;
	/** Pen position at font size 1. */
	readonly x: number;
}

function createFace(weight: Weight): Face {
	const fonts = subsets.map((subset) => loadFont(subset, weight));
	const [primary] = fonts as [opentype.Font];
	/** Each character's glyph and advance, and each pair's kerning, looked up once: text is measured again and again while it is wrapped. */
	const glyphs = new Map<
		string,
		{ font: opentype.Font; glyph: opentype.Glyph; key: number; advance: number }
	>();
	const glyphOf = (char: string) => {
		let found = glyphs.get(char);
		if (!found) {
			const subset = Math.max(
				0,
				fonts.findIndex((f) => f.hasChar(char)),
			);
			const font = fonts[subset] as opentype.Font;
			const glyph = font.charToGlyph(char);
			found = {
				font,
				glyph,
				key: subset * 0x10000 + (glyph.index ?? 0),
				advance: (glyph.advanceWidth ?? 0) / font.unitsPerEm,
			};
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
		if (value === undefined)
			pairs.set(key, (value = (font.getKerningValue(left, right) || 0) / font.unitsPerEm));
		return value;
	};

	/**
	 * The width of the text: advance widths plus kerning within one subset. `place` is told each
	 * glyph's pen position on the way; measuring alone places nothing, as text is measured far
	 * more often than drawn.
	 */
	const walk = (text: string, place?: (glyph: FaceGlyph) => void): number => {
		let x = 0;
		let previous: { font: opentype.Font; glyph: opentype.Glyph } | undefined;
		for (const char of text) {
			const found = glyphOf(char);
			if (previous?.font === found.font) x += kern(found.font, previous.glyph, found.glyph);
			place?.({ key: found.key, glyph: found.glyph, x });
			x += found.advance;
			previous = found;
		}
		return x;
	};
	const layout = (text: string): FaceGlyph[] => {
		const placed: FaceGlyph[] = [];
		walk(text, (glyph) => placed.push(glyph));
		return placed;
	};

	return {
		measure: (text) => walk(text),
		path: (text, x, y, size) =>
			layout(text)
				.map(({ glyph, x: at }) => pathData(glyph.getPath(x + at * size, y, size)))
				.join(''),
		glyphs: layout,
		ascent: primary.ascender / primary.unitsPerEm,
		descent: -primary.descender / primary.unitsPerEm,
	};
}

/** Coordinates are kept in whole tenths of a pixel: precise enough, and exact to add up. */
const tenths = (value: number) => Math.round(value * 10);

/** Tenths as the shortest SVG number: 12, 1.2, .5, -.5 (in integer arithmetic: this runs for every point of every glyph). */
function num(value: number): string {
	const negative = value < 0;
	const size = negative ? -value : value;
	const whole = Math.floor(size / 10);
	const tenth = size - whole * 10;
	const text = tenth === 0 ? String(whole) : whole === 0 ? `.${tenth}` : `${whole}.${tenth}`;
	return negative ? `-${text}` : text;
}

/**
 * SVG path data for a glyph outline: after the first point, each point relative to the one
 * before, in tenths of a pixel, so the outline is exactly where absolute coordinates would put
 * it in a little over half the bytes. Written here rather than with opentype.js's toPathData,
 * which rounds some coordinates to NaN (it formats tiny fractions as "5e-14e+1").
 */
export function pathData({ commands }: opentype.Path): string {
	let out = '';
	let previous = '';
	/** The last number written since a command letter ('' if none): whether the next needs a space before it. */
	let last = '';
	let at = { x: 0, y: 0 };
	let start = at;
	const emit = (command: string, values: readonly number[]) => {
		// A repeated command need not be written again, except a move (a repeated move means "line to").
		if (command !== previous || command === 'M') {
			out += command;
			last = '';
		}
		for (const value of values) {
			const text = num(value);
			// A space only where the number could not start on its own: not before a minus sign, nor before ".5" after "1.2".
			if (last !== '' && !text.startsWith('-') && !(text.startsWith('.') && last.includes('.')))
				out += ' ';
			out += text;
			last = text;
		}
		previous = command;
	};
	for (const c of commands) {
		if (c.type === 'Z') {
			out += 'z';
			previous = 'z';
			last = '';
			at = start;
			continue;
		}
		const end = { x: tenths(c.x), y: tenths(c.y) };
		const dx = end.x - at.x;
		const dy = end.y - at.y;
		switch (c.type) {
			case 'M':
				emit('M', [end.x, end.y]);
				start = end;
				break;
			case 'L':
				if (dx === 0 && dy === 0) continue;
				if (dx === 0) emit('v', [dy]);
				else if (dy === 0) emit('h', [dx]);
				else emit('l', [dx, dy]);
				break;
			case 'Q':
				emit('q', [tenths(c.x1) - at.x, tenths(c.y1) - at.y, dx, dy]);
				break;
			case 'C':
				emit('c', [
					tenths(c.x1) - at.x,
					tenths(c.y1) - at.y,
					tenths(c.x2) - at.x,
					tenths(c.y2) - at.y,
					dx,
					dy,
				]);
				break;
		}
		at = end;
	}
	return out;
}

const faces = new Map<Weight, Face>();

/** The face of this weight, loaded once per process. */
export function face(weight: Weight): Face {
	let loaded = faces.get(weight);
	if (!loaded) faces.set(weight, (loaded = createFace(weight)));
	return loaded;
}
