import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { resolveFile, serveDirectory } from '../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'crosscheck-serve-'));
mkdirSync(join(root, 'claims', 'x'), { recursive: true });
writeFileSync(join(root, 'claims', 'x', 'index.html'), '<h1>x</h1>');
writeFileSync(join(root, '404.html'), 'missing');
writeFileSync(join(root, '_headers'), '/claims/*\n  X-Frame-Options: DENY\n');

test('resolveFile maps directory URLs to index.html and never leaves the root', () => {
	assert.equal(resolveFile(root, '/claims/x/'), join(root, 'claims', 'x', 'index.html'));
	assert.equal(resolveFile(root, '/claims/y/'), null);
	assert.equal(resolveFile(root, '/../../etc/passwd'), null);
	assert.equal(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd'), null);
});

test('serveDirectory serves pages with types and 404.html for misses', async () => {
	const server = await serveDirectory(root);
	try {
		const hit = await fetch(new URL('/claims/x/', server.url));
		assert.equal(hit.status, 200);
		assert.match(hit.headers.get('content-type') ?? '', /text\/html/);
		assert.equal(await hit.text(), '<h1>x</h1>');
		const miss = await fetch(new URL('/nope/', server.url));
		assert.equal(miss.status, 404);
		assert.equal(await miss.text(), 'missing');
	} finally {
		await server.close();
	}
});

test('serveDirectory sends the headers _headers gives the requested path', async () => {
	const server = await serveDirectory(root);
	try {
		assert.equal(
			(await fetch(new URL('/claims/x/', server.url))).headers.get('x-frame-options'),
			'DENY',
		);
		assert.equal(
			(await fetch(new URL('/claims/x/?q=1', server.url))).headers.get('x-frame-options'),
			'DENY',
		);
		assert.equal(
			(await fetch(new URL('/404.html', server.url))).headers.get('x-frame-options'),
			null,
		);
	} finally {
		await server.close();
	}
});

test('under a base path, _headers rules match the address requested, base included', async () => {
	const based = mkdtempSync(join(tmpdir(), 'crosscheck-serve-based-'));
	mkdirSync(join(based, 'claims/x'), { recursive: true });
	writeFileSync(join(based, 'claims/x/index.html'), '<p>x</p>');
	writeFileSync(join(based, '_headers'), '/checks/claims/*\n  X-Frame-Options: DENY\n');
	const server = await serveDirectory(based, 0, '/checks/');
	try {
		const response = await fetch(new URL('claims/x/', server.url));
		assert.equal(response.status, 200);
		assert.equal(response.headers.get('x-frame-options'), 'DENY');
	} finally {
		await server.close();
	}
});
