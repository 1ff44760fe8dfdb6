import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { indexedPng } from '../../src/images/indexed-png.ts';
import { socialCardPng } from '../../src/images/card-raster.ts';
import { socialCardSvg } from '../../src/images/social-card.ts';
import { getRating, ratings } from '../../src/edition/ratings.ts';
import { claims } from '../site-content.ts';

interface Chunk {
	readonly type: string;
	readonly data: Buffer;
}

/** The chunks of a PNG, each CRC checked. */
function chunks(png: Buffer): Chunk[] {
	assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
	const out: Chunk[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		assert.equal(
			png.readUInt32BE(at + 8 + length),
			crc32(png.subarray(at + 4, at + 8 + length)),
			`${type} CRC`,
		);
		out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
		at += 12 + length;
	}
	return out;
}

/** The RGBA pixels of an 8-bit palette PNG with unfiltered rows (what indexedPng writes), decoded by the PNG specification. */
function decodePalettePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
	const list = chunks(png);
	assert.deepEqual(
		list.map((c) => c.type).filter((t) => t !== 'tRNS'),
		['IHDR', 'PLTE', 'IDAT', 'IEND'],
	);
	const data = (type: string) => list.find((c) => c.type === type)?.data;
	const header = data('IHDR')!;
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	assert.deepEqual(
		[...header.subarray(8)],
		[8, 3, 0, 0, 0],
		'bit depth 8, palette, deflate, no filter method, not interlaced',
	);
	const palette = data('PLTE')!;
	const alpha = data('tRNS') ?? Buffer.alloc(0);
	const rows = inflateSync(data('IDAT')!);
	assert.equal(rows.length, (width + 1) * height);
	const rgba = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		assert.equal(rows[y * (width + 1)], 0, `row ${y} filter`);
		for (let x = 0; x < width; x++) {
			const index = rows[y * (width + 1) + 1 + x]!;
			assert.ok(index * 3 < palette.length, 'index inside the palette');
			rgba.set(palette.subarray(index * 3, index * 3 + 3), (y * width + x) * 4);
			rgba[(y * width + x) * 4 + 3] = index < alpha.length ? alpha[index]! : 255;
		}
	}
	return { width, height, rgba };
}

/**
 * How far `drawn` is from `reference` (RGBA, same size), allowing each pixel to be one pixel out
 * of place (the drawn card puts glyphs on whole pixels, the SVG card anywhere): the channel
 * values more than half the range away from the reference's value at the same place and at each
 * of its eight neighbours, and the mean difference from the nearest of those values.
 */
function distance(
	drawn: Uint8Array,
	reference: Uint8Array,
	width: number,
	height: number,
): { far: number; mean: number } {
	let far = 0;
	let total = 0;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++)
			for (let channel = 0; channel < 4; channel++) {
				const value = drawn[(y * width + x) * 4 + channel]!;
				let nearest = 255;
				for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++)
					for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++)
						nearest = Math.min(
							nearest,
							Math.abs(value - reference[(ny * width + nx) * 4 + channel]!),
						);
				total += nearest;
				if (nearest > 128) far++;
			}
	return { far, mean: total / drawn.length };
}

test('the drawn social card is a palette PNG with the layout of the SVG card: only anti-aliasing and placement within a pixel differ', () => {
	const inputs = [
		...claims
			.slice(0, 3)
			.map(({ data }) => ({ claim: data.claim, rating: getRating(data.verdict) })),
		{ claim: 'Sí.', rating: ratings[0]! },
		{
			claim:
				'La inflación bajó a su nivel más bajo en años, según el Inegi: ¿cierto? Ñandú, pingüino. '
					.repeat(5)
					.slice(0, 500),
			rating: ratings.at(-1)!,
		},
	];
	for (const input of inputs) {
		const drawn = decodePalettePng(socialCardPng(input));
		const reference = new Resvg(socialCardSvg(input), {
			font: { loadSystemFonts: false },
		}).render();
		// resvg copies its pixels out on every read of `pixels`: read them once.
		const pixels = reference.pixels;
		assert.deepEqual([drawn.width, drawn.height], [reference.width, reference.height]);
		const { far, mean } = distance(drawn.rgba, pixels, drawn.width, drawn.height);
		assert.equal(far, 0, `${input.claim}: ${far} channel values far from the SVG card's`);
		assert.ok(mean < 1, `${input.claim}: mean difference ${mean}`);
		// The comparison finds a card drawn two pixels to the right, in thousands of values.
		const moved = Buffer.from(drawn.rgba);
		for (let row = 0; row < drawn.height; row++) {
			const start = row * drawn.width * 4;
			moved.set(drawn.rgba.subarray(start, start + (drawn.width - 2) * 4), start + 8);
		}
		assert.ok(distance(moved, pixels, drawn.width, drawn.height).far > 1000, input.claim);
	}
});

test('the SVG card rendered by resvg is stored with a palette and decodes to exactly its pixels', () => {
	for (const claim of claims.slice(0, 4)) {
		const svg = socialCardSvg({ claim: claim.data.claim, rating: getRating(claim.data.verdict) });
		const drawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		const pixels = drawn.pixels;
		const png = indexedPng(pixels, drawn.width, drawn.height)!;
		const decoded = decodePalettePng(png);
		assert.deepEqual([decoded.width, decoded.height], [1200, 630]);
		assert.ok(decoded.rgba.equals(pixels), `${claim.data.id}: the pixels differ`);
		assert.ok(
			png.length < drawn.asPng().length / 2,
			`${claim.data.id}: ${png.length} bytes is not under half the full-colour PNG`,
		);
	}
});

test('translucent colours keep their alpha, and an opaque image carries no alpha table', () => {
	const rgba = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 128, 255, 0, 0, 255, 0, 0, 0, 0]);
	const png = indexedPng(rgba, 2, 2)!;
	assert.ok(decodePalettePng(png).rgba.equals(rgba));
	assert.equal(
		chunks(png).find((c) => c.type === 'tRNS')?.data.length,
		3,
		'alphas up to the last translucent colour',
	);
	const opaque = indexedPng(Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255]), 2, 1)!;
	assert.equal(
		chunks(opaque).some((c) => c.type === 'tRNS'),
		false,
	);
	assert.ok(decodePalettePng(opaque).rgba.equals(Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255])));
});

test('pixels that are not byte-aligned for 32-bit reads are read the same', () => {
	const bytes = Uint8Array.from([9, 1, 2, 3, 255, 4, 5, 6, 255]).subarray(1);
	assert.ok(decodePalettePng(indexedPng(bytes, 2, 1)!).rgba.equals(bytes));
});

test('an image of more than 256 colours is not forced into a palette', () => {
	const rgba = new Uint8Array(257 * 4).map((_, i) =>
		i % 4 === 3
			? 255
			: i % 4 === 0
				? Math.floor(i / 4) % 256
				: i % 4 === 1
					? i >= 1024
						? 1
						: 0
					: 0,
	);
	assert.equal(indexedPng(rgba, 257, 1), undefined);
	assert.equal(
		indexedPng(rgba.subarray(0, 256 * 4), 256, 1) === undefined,
		false,
		'256 colours still fit',
	);
});

test('a wrong pixel count is refused', () => {
	assert.throws(
		() => indexedPng(new Uint8Array(12), 2, 2),
		/expected 2×2 RGBA pixels, got 12 bytes/,
	);
});
