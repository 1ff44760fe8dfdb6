/**
 * Astro hands the content collections to pages as one module, `export default JSON.parse("…")`:
 * a single string literal as long as the whole data store (55 MB at 10,000 claims). V8 compiles
 * a string literal that long in time that grows much faster than its length: on the bench
 * machine 0.15 s for 5 MB, 0.4 s for 10 MB, 1.9 s for 20 MB and 20 s for the whole store, paid
 * by every build before its first page. This plugin writes the same literal as pieces of a
 * quarter of a million characters joined when the module runs, which compiles in linear time
 * (the 55 MB store, compiled and parsed, in about 3 s), and leaves the module's value and Astro's
 * incremental-build metadata as they were.
 *
 * (Astro's `experimental.collectionStorage: 'chunked'` splits the store too, but its writer
 * measures the store one character at a time, which took 90 s more on each build.)
 */
import type { AstroIntegration } from 'astro';

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

/**
 * The module's code with its one string literal cut into pieces joined at run time, or
 * undefined if the code is not the one-literal form (a small store, or another Astro version's
 * output), which is then left alone.
 */
export function piecewiseDataStore(code: string, length = pieceLength): string | undefined {
	const source = code.trim();
	if (!source.startsWith(head) || !source.endsWith(tail)) return undefined;
	const literal = source.slice(head.length, -tail.length);
	if (literal.length <= length || !literal.startsWith('"')) return undefined;
	let text: unknown;
	try {
		text = JSON.parse(literal);
	} catch {
		return undefined; // not one string literal
	}
	if (typeof text !== 'string') return undefined;
	const pieces: string[] = [];
	for (let at = 0; at < text.length; at += length)
		pieces.push(JSON.stringify(text.slice(at, at + length)));
	return `export default JSON.parse([\n${pieces.join(',\n')}\n].join(""));\n`;
}

export function dataStoreModule(): AstroIntegration {
	return {
		name: 'crosscheck:data-store-module',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'crosscheck:data-store-module',
								transform(code, id) {
									if (id !== dataStoreModuleId) return undefined;
									const pieces = piecewiseDataStore(code);
									return pieces === undefined ? undefined : { code: pieces, map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
