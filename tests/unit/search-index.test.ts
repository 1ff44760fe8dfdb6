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
import {
	buildSearchIndex,
	shardList,
	type ShardList,
} from '../../src/integrations/search-index.ts';
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

const bundles = () =>
	(JSON.parse(readFileSync(join(output, shardList), 'utf8')) as ShardList).bundles;

test('the search index is built once, then copied while no indexed page changes', async () => {
	page(`${words.claims}/a`, 'Bridges were closed');
	page(`${words.sources}/b`, 'An archived article');
	page(`${words.verdicts}/c`, 'A listing that is never indexed');

	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 0 });
	const built = files(output);
	assert.deepEqual(urls(output), [`/${words.claims}/a/`, `/${words.sources}/b/`]);
	assert.deepEqual(bundles(), [], 'one shard: nothing to merge');

	rmSync(output, { recursive: true });
	page(`${words.verdicts}/c`, 'A listing that changed: not indexed, so the index is still good');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 1 });
	assert.deepEqual(files(output), built);

	page(`${words.claims}/a`, 'Bridges were closed, edited');
	assert.deepEqual(await buildSearchIndex(site, cache), { pages: 2, shards: 1, reused: 0 });
	assert.notDeepEqual(files(output), built);
	assert.equal(readdirSync(cache).length, 1, 'only the index in use is kept');
});

test('in shards, a changed page is indexed again with its shard only, and every page is in exactly one bundle', async () => {
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
	const listed = bundles();
	assert.equal(listed.length, first.shards - 1, 'the first shard is pagefind/ itself');
	for (const bundle of listed) {
		assert.match(bundle, /^shards\/\d+\/$/);
		assert.deepEqual(
			readdirSync(join(output, bundle)).filter(
				(name) =>
					!['index', 'fragment', 'filter', 'pagefind-entry.json'].includes(name) &&
					!name.endsWith('.pf_meta'),
			),
			[],
			'a merged shard holds only index data',
		);
	}
	const all = [urls(output), ...listed.map((bundle) => urls(join(output, bundle)))];
	assert.deepEqual(all.flat().sort(), pages.map((p) => `/${p}/`).sort());
	const before = files(output);

	const changed = `${words.claims}/c`;
	page(changed, `Page ${changed}, edited`);
	const second = await buildSearchIndex(site, cache, perShard);
	assert.deepEqual(second, { pages: pages.length, shards: first.shards, reused: first.shards - 1 });
	const after = files(output);
	const shardOfChanged = shardPages(
		pages.map((p) => `${p}/index.html`),
		perShard,
	).findIndex((list) => list.includes(`${changed}/index.html`));
	const bundleOfChanged = listed.find((b) => b === `shards/${shardOfChanged}/`) ?? '';
	const differs = Object.keys({ ...before, ...after }).filter(
		(name) => before[name] !== after[name],
	);
	assert.ok(differs.length > 0);
	for (const name of differs) {
		if (bundleOfChanged)
			assert.ok(
				name.startsWith(bundleOfChanged),
				`${name} changed, outside the changed page's shard ${bundleOfChanged}`,
			);
		else
			assert.ok(
				!name.startsWith('shards/'),
				`${name} changed, though the changed page is in the first shard`,
			);
	}
	assert.equal(
		readdirSync(cache).length,
		first.shards,
		'one cached bundle a shard, the replaced one removed',
	);
	assert.ok(
		existsSync(join(output, 'pagefind-ui.js')),
		'the first shard brings the search interface',
	);
	assert.equal(shardOf(`${changed}/index.html`, first.shards), shardOfChanged);
});
