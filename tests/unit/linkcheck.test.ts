import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { checkLinks, listPages } from '../linkcheck.ts';

function site(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'crosscheck-links-'));
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), html);
	}
	return root;
}

test('a sound site has no problems; external links are not followed', () => {
	const root = site({
		'index.html':
			'<a href="/a/#x">a</a> <a href="https://example.org/nowhere">ext</a> <a href="mailto:x@example.org">m</a>',
		'a/index.html': '<h1 id="x">A</h1><a href="../">home</a><a href="#x">self</a>',
	});
	const result = checkLinks(root);
	assert.deepEqual(result.problems, []);
	assert.equal(result.pages, 2);
	assert.equal(result.links, 3);
	assert.deepEqual(
		listPages(root).map((p) => p.path),
		['/', '/a/'],
	);
});

test('reports broken links, missing anchors and duplicate ids with the page they are on', () => {
	const root = site({
		'index.html': '<a href="/missing/">m</a><a href="/a/#nope">a</a><p id="d"></p><p id="d"></p>',
		'a/index.html': '<h1 id="x">A</h1>',
	});
	assert.deepEqual(checkLinks(root).problems, [
		{ page: '/', problem: 'duplicate id "d"' },
		{ page: '/', problem: 'broken link "/missing/"' },
		{ page: '/', problem: 'link "/a/#nope" points at a missing anchor "#nope"' },
	]);
});

test('a relative site directory works the same as an absolute one', () => {
	const root = site({ 'index.html': '<a href="/a/#x">a</a>', 'a/index.html': '<h1 id="x">A</h1>' });
	const relativeRoot = relative(process.cwd(), root);
	assert.deepEqual(checkLinks(relativeRoot).problems, []);
	assert.deepEqual(checkLinks(relativeRoot).links, 1);
});

test('under a base path, links resolve below it and a link that leaves it is reported', () => {
	const root = site({
		'index.html':
			'<a href="/checks/a/#x">a</a><a href="../">up</a><a href="/a/">root</a><a href="a/">relative</a>',
		'a/index.html': '<h1 id="x">A</h1><a href="/checks/">home</a>',
	});
	assert.deepEqual(checkLinks(root, '/checks/').problems, [
		{ page: '/', problem: 'link "../" leaves the site\'s base path /checks/' },
		{ page: '/', problem: 'link "/a/" leaves the site\'s base path /checks/' },
	]);
});
