import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { shardOf, shardPages } from '../../src/integrations/search-shards.ts';
import { site as settings } from '../../src/edition/site.ts';

/** The first words of the site's sections: only its claim and source pages are indexed. */
const words = settings.paths;

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const site = join(dir, 'dist');
const cache = join(dir, 'cache');
const output = join(site, 'pagefind');

function page(path: string, text: string): void {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(
		join(site, path, 'index.html'),
		`<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} in full.</p></main></body></html>`,
	);
}

/** Every file of a folder, by name, as a hash of its bytes. */
function files(folder: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((file) => [
				file.slice(folder.length + 1),
				createHash('sha256').update(readFileSync(file)).digest('hex'),
			]),
	);
}

/** Pagefind's index files in a folder (entry, metadata, words, filters, pages), by name, uncompressed. */
function indexData(folder: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.pf_|pagefind-entry\.json$/.test(entry.name))
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((file) => {
				const bytes = readFileSync(file);
				return [
					file.slice(folder.length + 1),
					(file.endsWith('.json') ? bytes : gunzipSync(bytes)).toString('base64'),
				];
			}),
	);
}

/** The URLs of the pages a bundle folder holds (Pagefind's fragments are gzipped JSON after a short signature). */
function urls(bundle: string): string[] {
	const fragments = join(bundle, 'fragment');
	return readdirSync(fragments)
		.map(
			(name) =>
				JSON.parse(
					gunzipSync(readFileSync(join(fragments, name)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				).url as string,
		)
		.sort();
}

test('the search index is built once, then copied while no indexed page changes', async () => {
	page(`${words.claims}/a`, 'Bridges were closed');
	page(`${words.sources}/b`, 'An archived article');
	page(`${words.verdicts}/c`, 'A listing that is never indexed');

	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 0 });
	const built = files(output);
	assert.deepEqual(urls(output), [`/${words.claims}/a/`, `/${words.sources}/b/`]);

	rmSync(output, { recursive: true });
	page(`${words.verdicts}/c`, 'A listing that changed: not indexed, so the index is still good');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 1 });
	assert.deepEqual(files(output), built);

	page(`${words.claims}/a`, 'Bridges were closed, edited');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 0 });
	assert.notDeepEqual(files(output), built);
	assert.equal(readdirSync(cache).length, 2, 'only the index in use is kept, and its merged copy');
});

test('in shards, a changed page is indexed again with its shard only, and the one index merged from them holds every page once', async () => {
	rmSync(site, { recursive: true, force: true });
	const pages = [
		`${words.claims}/a`,
		`${words.claims}/b`,
		`${words.claims}/c`,
		`${words.claims}/d`,
		`${words.claims}/e`,
		`${words.sources}/f`,
		`${words.sources}/g`,
	];
	for (const path of pages) page(path, `Page ${path}`);
	const perShard = 2;
	const first = await buildSearchIndex(site, cache, perShard);
	assert.equal(first.reused, 0);
	assert.ok(first.shards > 1, `${first.shards} shard(s)`);
	assert.deepEqual(urls(output), pages.map((p) => `/${p}/`).sort());
	assert.ok(existsSync(join(output, 'pagefind-ui.js')), 'the search interface comes with it');
	assert.ok(!existsSync(join(output, 'shards')), 'no shard is left for the browser to merge');

	const changed = `${words.claims}/c`;
	page(changed, `Page ${changed}, edited`);
	const second = await buildSearchIndex(site, cache, perShard);
	assert.deepEqual(second, { pages: pages.length, shards: first.shards, reused: first.shards - 1 });
	assert.deepEqual(urls(output), pages.map((p) => `/${p}/`).sort());
	assert.equal(
		readdirSync(cache).length,
		first.shards + 1,
		'one cached bundle a shard and the merged index, the replaced ones removed',
	);
	const shardOfChanged = shardPages(
		pages.map((p) => `${p}/index.html`),
		perShard,
	).findIndex((list) => list.includes(`${changed}/index.html`));
	assert.equal(shardOf(`${changed}/index.html`, first.shards), shardOfChanged);

	// The merge after a change copies the files the last one wrote with the same bytes: the index
	// is the same, byte for byte, as one merged with nothing to reuse.
	const merged = files(output);
	const fresh = join(dir, 'fresh-cache');
	await buildSearchIndex(site, fresh, perShard);
	assert.deepEqual(files(output), merged);
	rmSync(fresh, { recursive: true, force: true });
});

/** A page with a verdict filter, a title Pagefind keeps as metadata, and the body given. */
function filteredPage(path: string, verdict: string, title: string, body: string): void {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(
		join(site, path, 'index.html'),
		`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="verdict">${verdict}</p><p>${body}</p></main></body></html>`,
	);
}

test('the index is the same, byte for byte, whether its pages are indexed as one shard or several', async () => {
	// Words shared by some pages and not others, of different frequencies, pages of different
	// lengths, accented forms and filters: what makes per-shard statistics differ from the site's.
	rmSync(site, { recursive: true, force: true });
	const verdicts = ['False', 'True', 'Misleading'];
	const vocabulary = ['bridge', 'river', 'café', 'cafe', 'budget', 'naïve', 'school', 'tariff'];
	for (let i = 0; i < 24; i++) {
		const words = vocabulary.filter((_, w) => (i * (w + 3)) % (w + 2) === 0);
		const body = Array.from({ length: 1 + (i % 5) }, () => words.join(' ')).join(' ');
		filteredPage(
			`${i % 3 === 0 ? 'sources' : 'claims'}/p${String(i).padStart(2, '0')}`,
			verdicts[i % verdicts.length]!,
			`Page ${i} ${vocabulary[i % vocabulary.length]}`,
			`${body} harbour`,
		);
	}
	const one = await buildSearchIndex(site, join(dir, 'cache-one'), 1000);
	assert.equal(one.shards, 1);
	const whole = files(output);
	const several = await buildSearchIndex(site, join(dir, 'cache-several'), 3);
	assert.ok(several.shards >= 8, `${several.shards} shards`);
	assert.deepEqual(files(output), whole);
	// And it holds what Pagefind itself writes for all the pages at once (the one shard it wrote,
	// kept in the cache): the same files under the same names, compressed apart.
	const [pagefindOwn] = readdirSync(join(dir, 'cache-one')).filter(
		(name) => !name.startsWith('merged-'),
	);
	assert.deepEqual(indexData(output), indexData(join(dir, 'cache-one', pagefindOwn!)));
});
