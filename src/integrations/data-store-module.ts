/**
 * Astro hands the content collections to pages as one module, `export default JSON.parse("…")`:
 * a single string literal as long as the whole data store (55 MB at 10,000 claims). V8 compiles
 * a string literal that long in time that grows much faster than its length: on the bench
 * machine 0.15 s for 5 MB, 0.4 s for 10 MB, 1.9 s for 20 MB and 20 to 25 s for the whole store,
 * before the first page of each build that Node's compile cache does not cover (every build in
 * CI, and every build after the content changed). This plugin writes the same literal as pieces
 * of a quarter of a million characters joined when the module runs, which compiles in linear time
 * (the 55 MB store, compiled and parsed, in about 3 s), and leaves the module's value and Astro's
 * incremental-build metadata as they were.
 *
 * (Astro's `experimental.collectionStorage: 'chunked'` splits the store too, but its writer
 * measures the store one character at a time: a warm build's content sync took 99 s, not 15.)
 */
import type { AstroIntegration } from 'astro';
import { vitePluginIntegration } from './vite-plugin.ts';

/** The module Astro resolves `astro:data-layer-content` to. */
const dataStoreModuleId = '\0astro:data-layer-content';
/**
 * Characters a piece: well below the length where compiling a literal stops being linear, and
 * small enough that this edition's store (about 400 KB) is cut too, so its own builds, and the
 * browser tests on them, go through this plugin.
 */
const pieceLength = 250_000;

const head = 'export default JSON.parse(';
const tail = ')';

const backslash = 0x5c;
const quote = 0x22;
const letterU = 0x75;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The text between the quotes of a double-quoted JSON string literal, cut into pieces of about
 * `length` UTF-16 units, never inside an escape (`\n`, `\u00e9`) or between the two halves of a
 * character outside the BMP, so that each piece, quoted, is a literal of its own. Read in one pass
 * instead of parsed and written again (a quarter of the time on the 55 MB store). Undefined if the
 * text is not one literal: a quote that ends it early, or an escape cut short at its end.
 */
function literalPieces(text: string, length: number): string[] | undefined {
	const pieces: string[] = [];
	let start = 0;
	let at = 0;
	while (at < text.length) {
		const unit = text.charCodeAt(at);
		if (at - start >= length && !isLowSurrogate(unit)) {
			pieces.push(text.slice(start, at));
			start = at;
		}
		if (unit === quote) return undefined;
		at += unit !== backslash ? 1 : text.charCodeAt(at + 1) === letterU ? 6 : 2;
	}
	if (at > text.length) return undefined; // ends inside an escape
	pieces.push(text.slice(start));
	return pieces;
}

/**
 * The module's code with its one string literal cut into pieces joined at run time, or
 * undefined if the code is not the one-literal form (a small store, or another Astro version's
 * output), which is then left alone.
 */
export function piecewiseDataStore(code: string, length = pieceLength): string | undefined {
	const source = code.trim();
	if (!source.startsWith(head) || !source.endsWith(tail)) return undefined;
	const literal = source.slice(head.length, -tail.length);
	if (literal.length <= length || !literal.startsWith('"') || !literal.endsWith('"'))
		return undefined;
	const pieces = literalPieces(literal.slice(1, -1), length);
	if (pieces === undefined) return undefined;
	return `export default JSON.parse([\n${pieces.map((piece) => `"${piece}"`).join(',\n')}\n].join(""));\n`;
}

export const dataStoreModule = (): AstroIntegration =>
	vitePluginIntegration({
		name: 'crosscheck:data-store-module',
		transform(code, id) {
			if (id !== dataStoreModuleId) return undefined;
			const pieces = piecewiseDataStore(code);
			return pieces === undefined ? undefined : { code: pieces, map: null };
		},
	});
