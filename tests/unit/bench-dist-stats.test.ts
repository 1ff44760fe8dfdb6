import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { distStats, pageAssets, pageType, urlPath } from '../../scripts/bench/dist-stats.ts';
import { moduleOf } from '../../scripts/bench/profile.ts';
import { median } from '../../scripts/bench/stats.ts';

test('pages are typed by their URL', () => {
	assert.equal(pageType('/'), 'home');
	assert.equal(pageType('/claims/a-b-c/'), 'claim');
	assert.equal(pageType('/sources/x/'), 'source');
	assert.equal(pageType('/embed/claims/x/'), 'embed');
	assert.equal(pageType('/verdicts/true/'), 'verdict listing');
	assert.equal(pageType('/verdicts/'), '/verdicts/');
	assert.equal(pageType('/page/2/'), '/page/*');
	assert.equal(urlPath('claims/x/index.html'), '/claims/x/');
	assert.equal(urlPath('404.html'), '/404.html');
});

test('stylesheets, scripts and module preloads count; JSON-LD does not count as JavaScript', () => {
	const html = `<link href="/_astro/a.css" rel="stylesheet"><link rel=modulepreload href="/_astro/m.js"><link rel="canonical" href="/x/">
		<script type="application/ld+json">{"@type":"ClaimReview"}</script><script type="module" src="/_astro/b.js"></script><script>console.log(1)</script>`;
	const assets = pageAssets(html);
	assert.deepEqual(assets.stylesheets, ['/_astro/a.css']);
	assert.deepEqual(assets.scripts, ['/_astro/m.js', '/_astro/b.js']);
	assert.deepEqual(assets.inlineScripts, ['console.log(1)']);
});

test('profile frames are grouped by package, site file or V8', () => {
	assert.equal(
		moduleOf('file:///w/node_modules/@astrojs/compiler-rs/dist/x.js', 'f'),
		'@astrojs/compiler-rs',
	);
	assert.equal(moduleOf('file:///w/node_modules/.pnpm/x/node_modules/vite/dist/a.js', 'f'), 'vite');
	assert.equal(moduleOf('', '(garbage collector)'), '(garbage collector)');
	assert.equal(moduleOf('node:internal/fs', 'f'), 'node:internal');
	assert.equal(moduleOf('file:///tmp/p/src/lib/joins.ts', 'f', '/tmp/p'), 'site: src/lib/joins.ts');
});

test('median of odd and even counts', () => {
	assert.equal(median([3, 1, 2]), 2);
	assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('dist/ is weighed by top-level folder, files at the top counted as "/"', () => {
	const dist = mkdtempSync(join(tmpdir(), 'crosscheck-dist-'));
	try {
		for (const [path, bytes] of [
			['index.html', 10],
			['og/a.png', 100],
			['og/b.png', 50],
			['claims/a/index.html', 7],
		] as const) {
			mkdirSync(dirname(join(dist, path)), { recursive: true });
			writeFileSync(join(dist, path), 'x'.repeat(bytes));
		}
		assert.deepEqual(distStats(dist).byFolder, {
			'/': { files: 1, bytes: 10 },
			'og/': { files: 2, bytes: 150 },
			'claims/': { files: 1, bytes: 7 },
		});
	} finally {
		rmSync(dist, { recursive: true });
	}
});
