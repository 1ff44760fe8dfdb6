import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildParts } from '../../scripts/bench/build-parts.ts';

/** The parts of a build whose log holds `lines`, read from a file as the bench reads one. */
function partsOf(lines: string[]) {
	const dir = mkdtempSync(join(tmpdir(), 'crosscheck-build-parts-'));
	try {
		const log = join(dir, 'build.log');
		writeFileSync(log, lines.join('\n'));
		return buildParts(log);
	} finally {
		rmSync(dir, { recursive: true });
	}
}

const setup = [
	'21:14:45 [crosscheck:validate-content] 2005 content files valid (1.6 s)',
	'21:14:45 [build] ✓ Completed in 7.39s.',
	'21:14:47 [vite] ✓ built in 2.03s',
];

test('page times that add up to the pages phase are kept as they are, by folder', () => {
	const parts = partsOf([
		...setup,
		'21:14:49   ├─ /claims/a/index.html (+300ms) ',
		'21:14:49   ├─ /claims/b/index.html (+200ms) ',
		'21:14:49   ├─ /og/a.png (+100ms) ',
		'21:14:49   ├─ /about/index.html (restored) ',
		'21:14:49   └─ /index.html (+50ms) ',
		'21:14:50 ✓ Completed in 1.00s.',
		'21:14:51 [crosscheck:search-index] search index: 2 pages in 1 shard (0.4 s)',
	]);
	assert.deepEqual(
		parts.parts.map(({ name, seconds }) => [name, seconds]),
		[
			['content check (part of setup)', 1.6],
			['setup (settings, content check, content sync)', 7.39],
			['bundle', 2.03],
			['pages', 1],
			['search-index', 0.4],
		],
	);
	assert.equal(parts.pageTimeScale, 1);
	assert.deepEqual(parts.pageGroups, [
		{ folder: 'claims', pages: 2, seconds: 0.5 },
		{ folder: 'og', pages: 1, seconds: 0.1 },
		{ folder: '/', pages: 1, seconds: 0.05 },
	]);
	assert.equal(parts.restored, 1);
});

test('page times that overlap (several pages rendered at once) are scaled to the pages phase, each folder keeping its share', () => {
	const parts = partsOf([
		...setup,
		'21:14:49   ├─ /claims/a/index.html (+1200ms) ',
		'21:14:49   ├─ /claims/b/index.html (+1200ms) ',
		'21:14:49   └─ /og/a.png (+1600ms) ',
		'21:14:50 ✓ Completed in 2.00s.',
	]);
	assert.equal(parts.pageTimeScale, 0.5);
	assert.deepEqual(parts.pageGroups, [
		{ folder: 'claims', pages: 2, seconds: 1.2 },
		{ folder: 'og', pages: 1, seconds: 0.8 },
	]);
});
