/**
 * Files a build writes beside the pages (src/lib/files-beside-pages.ts): the dev server, or a
 * build with no writer, gets the paths; a build whose writer waits queues the files and gives
 * Astro none; the writer puts each file in its folder or stops with an error that names it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { besidePages, openQueue, takeQueuedFiles } from '../../src/lib/files-beside-pages.ts';
import { writeFilesBesidePages } from '../../src/integrations/files-beside-pages.ts';

const paths = [
	{ params: { id: 'a' }, props: { words: 'first' } },
	{ params: { id: 'b' }, props: { words: 'second' } },
];
const fileOf = ({ id }: { id: string }) => `things/${id}.txt`;

test('with no writer waiting (the dev server, or a config without it) every path is given', () => {
	takeQueuedFiles();
	assert.deepEqual(
		besidePages(paths, fileOf, ({ words }) => words),
		paths,
	);
	assert.deepEqual(takeQueuedFiles(), []);
});

test('while a writer waits, each file is queued, its body made only when asked for', () => {
	openQueue();
	const made: string[] = [];
	assert.deepEqual(
		besidePages(paths, fileOf, ({ words }) => {
			made.push(words);
			return words.toUpperCase();
		}),
		[],
	);
	assert.deepEqual(made, []);
	const queued = takeQueuedFiles();
	assert.deepEqual(
		queued.map(({ file }) => file),
		['things/a.txt', 'things/b.txt'],
	);
	assert.deepEqual(
		queued.map(({ body }) => body()),
		['FIRST', 'SECOND'],
	);
	assert.deepEqual(takeQueuedFiles(), [], 'taking the files empties the queue');
	assert.deepEqual(
		besidePages(paths, fileOf, ({ words }) => words),
		paths,
		'once taken, the queue is closed until the next build opens it',
	);
});

test('the writer puts text and bytes in their folders', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'beside-pages-'));
	try {
		await writeFilesBesidePages(dir, [
			{ file: 'a/b/c.json', body: () => '{"x":1}' },
			{ file: 'og/card.png', body: () => Promise.resolve(new Uint8Array([137, 80, 78, 71])) },
			{ file: 'top.svg', body: () => '<svg/>' },
		]);
		assert.equal(readFileSync(join(dir, 'a/b/c.json'), 'utf8'), '{"x":1}');
		assert.deepEqual([...readFileSync(join(dir, 'og/card.png'))], [137, 80, 78, 71]);
		assert.equal(readFileSync(join(dir, 'top.svg'), 'utf8'), '<svg/>');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a file queued twice, or one that cannot be made, stops the build and is named', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'beside-pages-'));
	try {
		await assert.rejects(
			writeFilesBesidePages(dir, [
				{ file: 'oembed/x.json', body: () => '1' },
				{ file: 'oembed/x.json', body: () => '2' },
			]),
			{ message: 'oembed/x.json: two routes write this file; a file has one.' },
		);
		await assert.rejects(
			writeFilesBesidePages(dir, [
				{
					file: 'og/x.png',
					body: () => Promise.reject(new Error('the card could not be drawn')),
				},
			]),
			{ message: 'og/x.png: could not be written: the card could not be drawn' },
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
