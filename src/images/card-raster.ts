/**
 * Draws a social card straight into a palette image, without an SVG of the whole card: the card
 * is flat rectangles and text, so each pixel is a background colour, a text or fill colour, or a
 * step of the anti-aliasing ramp between the two. Each distinct glyph (weight, size and position
 * to the pixel) is rasterized once per process (by resvg, from the same outline the SVG
 * card draws) and its coverage kept; a card is then rectangle fills and glyph coverage looked
 * up in a ramp of palette entries, deflated at a fast level.
 */
import { Resvg } from '@resvg/resvg-js';
import { face, pathData, type FaceGlyph, type Weight } from './fonts.ts';
import { palettePng, type PaletteImage } from './indexed-png.ts';
import {
	socialCardScene,
	socialCardSize,
	type CardRect,
	type CardScene,
	type SocialCardInput,
} from './social-card.ts';

/**
 * Coverage steps between a background and a foreground colour, both ends included. At these
 * sizes 6 look like 256 (side by side at three times the size, a card of 6 steps on whole pixels
 * and one of 8 on half pixels could not be told apart), and fewer steps compress better.
 */
const levels = 6;
/**
 * Glyphs are placed to 1/subpixel of a pixel, across and down (within half a pixel of where the
 * SVG card put them). Whole pixels give each glyph one bitmap, so a letter that comes back is the
 * same bytes, which deflate finds: 8% smaller cards than half pixels, with no visible difference.
 */
const subpixel = 1;
/**
 * zlib level. Cards are mostly one background colour, so at 6 and above zlib spends its time
 * walking long chains of earlier background bytes. Measured on this edition's claims with the
 * steps and placement above, level 5 gives cards 4% larger than 6 in about two thirds of the time
 * (3.2 against 4.8 ms a card); at 8 steps and half pixels, 4 gave cards a fifth larger than 6, and
 * 9 cards 9% smaller in ten times the time. Together with them, cards are 8% smaller and 37%
 * quicker to deflate than at 8 steps, half pixels and level 6 (docs/performance.md, "Social cards").
 */
const deflateLevel = 5;

/** One glyph's coverage, a level (0 to levels - 1) a pixel, and where its top left corner is from the pen. */
interface GlyphMask {
	readonly left: number;
	readonly top: number;
	readonly width: number;
	readonly height: number;
	readonly alpha: Uint8Array;
}

const masks = new Map<string, GlyphMask>();

/** The glyph's coverage at `size` px, its pen `fx` and `fy` subpixel steps right of and below a pixel corner. */
function glyphMask(
	weight: Weight,
	{ key, glyph }: FaceGlyph,
	size: number,
	fx: number,
	fy: number,
) {
	const id = `${weight} ${key} ${size} ${fx} ${fy}`;
	let mask = masks.get(id);
	if (mask) return mask;
	const outline = glyph.getPath(0, 0, size);
	if (outline.commands.length === 0) {
		mask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
	} else {
		const box = outline.getBoundingBox();
		const left = Math.floor(box.x1) - 1;
		const top = Math.floor(box.y1) - 1;
		const width = Math.ceil(box.x2) + 2 - left;
		const height = Math.ceil(box.y2) + 2 - top;
		const d = pathData(glyph.getPath(fx / subpixel - left, fy / subpixel - top, size));
		const { pixels } = new Resvg(
			`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}"/></svg>`,
			{ font: { loadSystemFonts: false } },
		).render();
		const alpha = new Uint8Array(width * height);
		for (let i = 0; i < alpha.length; i++) alpha[i] = toLevel(pixels[i * 4 + 3] as number);
		mask = { left, top, width, height, alpha };
	}
	masks.set(id, mask);
	return mask;
}

/** Coverage 0 to 255 as the nearest level. */
const toLevel = (alpha: number) => Math.round((alpha / 255) * (levels - 1));

/** Level `under` covered again by level `over` (source over): `levels` × `levels` entries. */
const over = Uint8Array.from({ length: levels * levels }, (_, i) => {
	const under = Math.floor(i / levels) / (levels - 1);
	const cover = (i % levels) / (levels - 1);
	return Math.round((under + cover * (1 - under)) * (levels - 1));
});

/** `#rgb` or `#rrggbb` as [red, green, blue]. */
function rgb(color: string): [number, number, number] {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
	if (!hex) throw new Error(`a card colour must be #rgb or #rrggbb, not "${color}"`);
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}

/** From a background colour to a foreground colour: the palette index of each coverage level, and the level of each index. */
interface Ramp {
	readonly index: Uint8Array;
	/** Each palette index's level in this ramp, -1 for an index not in it. */
	readonly level: Int8Array;
}

/** A card's palette, its entries added as ramps ask for them. */
class Palette {
	readonly #entries = new Map<string, number>();
	readonly #bytes: number[] = [];
	readonly #ramps = new Map<string, Ramp>();

	entry([r, g, b]: readonly number[]): number {
		const key = `${r},${g},${b}`;
		let index = this.#entries.get(key);
		if (index === undefined) {
			index = this.#entries.size;
			if (index > 255) throw new Error('a social card needs more than 256 colours');
			this.#entries.set(key, index);
			this.#bytes.push(r as number, g as number, b as number);
		}
		return index;
	}

	ramp(background: string, foreground: string): Ramp {
		const id = `${background} ${foreground}`;
		let ramp = this.#ramps.get(id);
		if (!ramp) {
			const from = rgb(background);
			const to = rgb(foreground);
			const index = new Uint8Array(levels);
			const level = new Int8Array(256).fill(-1);
			for (let l = 0; l < levels; l++) {
				const t = l / (levels - 1);
				index[l] = this.entry(from.map((c, i) => Math.round(c + ((to[i] as number) - c) * t)));
				level[index[l] as number] = l;
			}
			ramp = { index, level };
			this.#ramps.set(id, ramp);
		}
		return ramp;
	}

	get bytes(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

/** Pixels as rows of palette indices, each row after its PNG filter byte. */
class Canvas {
	readonly width: number;
	readonly height: number;
	readonly rows: Uint8Array;

	constructor(width: number, height: number, background: number) {
		this.width = width;
		this.height = height;
		this.rows = new Uint8Array((width + 1) * height).fill(background);
		for (let y = 0; y < height; y++) this.rows[y * (width + 1)] = 0;
	}

	/** Cover the pixel at (x, y) with `level` of the ramp's foreground, over what is there. */
	cover(x: number, y: number, level: number, ramp: Ramp): void {
		if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
		const at = y * (this.width + 1) + 1 + x;
		const under = Math.max(0, ramp.level[this.rows[at] as number] as number);
		this.rows[at] = ramp.index[over[under * levels + level] as number] as number;
	}

	/** Cover pixels with a glyph's mask, its top left corner at (x, y). */
	stamp(x: number, y: number, mask: GlyphMask, ramp: Ramp): void {
		const { width, alpha } = mask;
		const x0 = Math.max(0, -x);
		const x1 = Math.min(width, this.width - x);
		const y0 = Math.max(0, -y);
		const y1 = Math.min(mask.height, this.height - y);
		for (let my = y0; my < y1; my++) {
			let at = (y + my) * (this.width + 1) + 1 + x + x0;
			for (let mx = x0, from = my * width + x0; mx < x1; mx++, at++, from++) {
				const level = alpha[from] as number;
				if (level === 0) continue;
				const under = ramp.level[this.rows[at] as number] as number;
				this.rows[at] = ramp.index[
					under <= 0 ? level : (over[under * levels + level] as number)
				] as number;
			}
		}
	}

	fill(x: number, y: number, width: number, height: number, index: number): void {
		const x0 = Math.max(0, x);
		const x1 = Math.min(this.width, x + width);
		for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
			const start = row * (this.width + 1) + 1;
			this.rows.fill(index, start + x0, start + x1);
		}
	}
}

/** A rectangle with whole-pixel edges; rounded corners anti-aliased (4×4 samples a pixel). */
function drawRect(canvas: Canvas, rect: CardRect, ramp: Ramp): void {
	const { x, y, width, height, radius = 0 } = rect;
	const full = ramp.index[levels - 1] as number;
	const r = Math.min(radius, width / 2, height / 2);
	const corner = Math.ceil(r);
	canvas.fill(x + corner, y, width - 2 * corner, height, full);
	canvas.fill(x, y + corner, corner, height - 2 * corner, full);
	canvas.fill(x + width - corner, y + corner, corner, height - 2 * corner, full);
	for (let dy = 0; dy < corner; dy++)
		for (let dx = 0; dx < corner; dx++) {
			let inside = 0;
			for (let sy = 0; sy < 4; sy++)
				for (let sx = 0; sx < 4; sx++) {
					const px = r - (dx + (sx + 0.5) / 4);
					const py = r - (dy + (sy + 0.5) / 4);
					if (px <= 0 || py <= 0 || px * px + py * py <= r * r) inside++;
				}
			const alpha = toLevel((inside / 16) * 255);
			canvas.cover(x + dx, y + dy, alpha, ramp);
			canvas.cover(x + width - 1 - dx, y + dy, alpha, ramp);
			canvas.cover(x + dx, y + height - 1 - dy, alpha, ramp);
			canvas.cover(x + width - 1 - dx, y + height - 1 - dy, alpha, ramp);
		}
}

/** The scene drawn into a palette image of the card's size. */
export function drawCard(scene: CardScene): PaletteImage {
	const { width, height } = socialCardSize;
	const palette = new Palette();
	const canvas = new Canvas(width, height, palette.entry(rgb(scene.background)));
	for (const rect of scene.rects)
		drawRect(canvas, rect, palette.ramp(scene.background, rect.color));
	for (const text of scene.texts) {
		const ramp = palette.ramp(text.background, text.color);
		const y = Math.round(text.y * subpixel);
		const penY = Math.floor(y / subpixel);
		for (const glyph of face(text.weight).glyphs(text.text)) {
			const x = Math.round((text.x + glyph.x * text.size) * subpixel);
			const penX = Math.floor(x / subpixel);
			const mask = glyphMask(
				text.weight,
				glyph,
				text.size,
				x - penX * subpixel,
				y - penY * subpixel,
			);
			canvas.stamp(penX + mask.left, penY + mask.top, mask, ramp);
		}
	}
	return { width, height, palette: palette.bytes, rows: canvas.rows };
}

/** A drawn card as PNG bytes. */
export function encodeCard(image: PaletteImage): Buffer {
	return palettePng(image, deflateLevel);
}

/** The card as a palette PNG. */
export function socialCardPng(input: SocialCardInput): Buffer {
	return encodeCard(drawCard(socialCardScene(input)));
}
