import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const site = join(dir, 'dist');
const cache = join(dir, 'cache');

function page(path: string, text: string): void {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} in full.</p></main></body></html>`);
}

/** Every file of the built index, by name, as a hash of its bytes. */
function indexFiles(): Record<string, string> {
	const out = join(site, 'pagefind');
	return Object.fromEntries(
		readdirSync(out, { recursive: true, encoding: 'utf8' })
			.sort()
			.flatMap((name) => {
				try {
					return [[name, createHash('sha256').update(readFileSync(join(out, name))).digest('hex')]];
				} catch {
					return []; // a folder
				}
			}),
	);
}

test('the search index is built once, then copied while no indexed page changes', async () => {
	page('claims/a', 'Bridges were closed');
	page('sources/b', 'An archived article');
	page('verdicts/c', 'A listing that is never indexed');

	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, reused: false });
	const built = indexFiles();
	assert.ok(Object.keys(built).some((name) => name.endsWith('.pf_fragment')), 'no pages in the index');

	rmSync(join(site, 'pagefind'), { recursive: true });
	page('verdicts/c', 'A listing that changed: not indexed, so the index is still good');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, reused: true });
	assert.deepEqual(indexFiles(), built);

	rmSync(join(site, 'pagefind'), { recursive: true });
	page('claims/a', 'Bridges were closed, edited');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, reused: false });
	assert.notDeepEqual(indexFiles(), built);
	assert.equal(readdirSync(cache).length, 1, 'only the newest index is kept');
});
