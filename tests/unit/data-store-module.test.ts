import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { piecewiseDataStore } from '../../src/integrations/data-store-module.ts';

/** The module Astro writes for a data store whose file holds `json`. */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module's code exports as default, run as Node would run it. */
async function valueOf(code: string): Promise<unknown> {
	const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
		default: unknown;
	};
	return module.default;
}

test('the data store module cut into pieces gives the same value, whatever the pieces split', async () => {
	// The literal Astro writes escapes what its JSON text holds raw: quotes, backslashes, line
	// breaks, tabs, and lone surrogates (as \udXXX, six characters). Characters outside the BMP
	// stay raw, two UTF-16 units each. Pieces of 5 to 8 units put a boundary at every offset of
	// each escape and pair.
	const store = [
		'Map',
		{ id: 'a "quoted" claim', body: 'a\\b\nc\u2028d\u2029e 🇲🇽 f\t"g"', n: 3 },
		['😀'.repeat(9), 'LONE', 'x'.repeat(40)],
	];
	const lone = '\ud800\ud801\ud802\ud803\udc00\udc01\udc02';
	const json = JSON.stringify(store).replace('LONE', lone);
	assert.ok(astroModule(json).includes('\\ud800\\ud801'), 'the lone surrogates are escaped');
	for (const length of [5, 6, 7, 8]) {
		const code = piecewiseDataStore(astroModule(json), length);
		assert.ok(code, `cut into pieces of ${length}`);
		assert.ok(code.split('\n').length > 3, 'more than one piece');
		assert.deepEqual(await valueOf(code), await valueOf(astroModule(json)));
	}
});

test('a module that is not one long JSON.parse literal is left alone', () => {
	const json = JSON.stringify({ a: 'b'.repeat(50) });
	assert.equal(piecewiseDataStore(astroModule(json), 1000), undefined, 'short enough already');
	assert.equal(piecewiseDataStore('export default new Map()', 5), undefined);
	assert.equal(
		piecewiseDataStore(
			`export default{"claims":[(await import("astro:data-layer-content-chunk:a.txt"))]}`,
			5,
		),
		undefined,
		'the chunked store',
	);
	assert.equal(
		piecewiseDataStore(`export default JSON.parse("a" + "b".repeat(20))`, 5),
		undefined,
		'an expression, not one literal',
	);
	assert.equal(
		piecewiseDataStore(`export default JSON.parse("a" + "b".repeat(20) + "c")`, 5),
		undefined,
		'two literals',
	);
	assert.equal(piecewiseDataStore(`export default JSON.parse("abcdefgh\\")`, 5), undefined);
	assert.equal(piecewiseDataStore(`export default JSON.parse(x)`, 0), undefined);
});

test('Astro still writes the data store as the one-literal module this plugin cuts up', () => {
	// If an Astro upgrade changes this, the plugin leaves the new module alone and builds lose what
	// it saved: look again at how the store is compiled (docs/performance.md, "The data store module").
	const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
	const plugin = readFileSync(
		join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'),
		'utf8',
	);
	assert.ok(plugin.includes('code: `export default JSON.parse(${JSON.stringify(jsonData)})`'));
});
