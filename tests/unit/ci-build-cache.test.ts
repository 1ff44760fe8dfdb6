/**
 * CI's build caches are keyed by what they depend on: the engine (dependencies and code), the
 * edition's settings, and its content, in that order. A push that changed only content restores
 * the cache of the same engine and settings (a warm build); any other change starts cold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ciCachePaths, ciCacheStep } from '../../scripts/bench/ci-push.ts';

const cache = ciCacheStep('.');

/** The `hashFiles(...)` parts of a cache key, each as its list of patterns. */
const hashedParts = (key: string) =>
	[...key.matchAll(/hashFiles\(([^)]*)\)/g)].map((m) =>
		[...m[1]!.matchAll(/'([^']+)'/g)].map((p) => p[1]!),
	);

test('the build cache key hashes the engine, the settings and the content, in that order', () => {
	assert.ok(cache?.with, 'no cache step');
	const parts = hashedParts(cache.with['key']!);
	assert.equal(parts.length, 4);
	const [dependencies, engine, settings, content] = parts as [
		string[],
		string[],
		string[],
		string[],
	];
	assert.deepEqual(dependencies, ['package-lock.json']);
	for (const pattern of ['src/**', 'scripts/**', 'astro.config.mjs', '!src/config/**'])
		assert.ok(engine.includes(pattern), `the engine part lacks ${pattern}`);
	assert.deepEqual(settings, ['src/config/**']);
	assert.deepEqual(content, ['content/**', 'public/**']);
	assert.doesNotMatch(
		cache.with['key']!,
		/github\.sha/,
		'a key per commit is never restored exactly',
	);
});

test('only a cache of the same engine and settings is restored: the key without its content part', () => {
	const key = cache!.with!['key']!;
	const restore = String(cache!.with!['restore-keys']).trim();
	assert.equal(restore.split('\n').length, 1, 'one fallback, no broader one');
	assert.ok(key.startsWith(restore), 'the fallback is a prefix of the key');
	assert.deepEqual(hashedParts(restore), hashedParts(key).slice(0, 3));
	assert.ok(restore.endsWith('-'));
});

test("the cache holds the folders a warm build reuses: Astro's page cache and the site's own", () => {
	assert.deepEqual(ciCachePaths('.').sort(), [
		'node_modules/.astro',
		'node_modules/.cache/crosscheck',
	]);
});
