import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import {
	claimFilePattern,
	focusedClaimVariable,
	otherClaimFile,
} from '../../src/lib/focused-preview.ts';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { paths } from '../../src/edition/paths.ts';
import { copyProject, removeCopies } from '../project-copy.ts';

after(removeCopies);
const devScript = join(process.cwd(), 'scripts/dev.ts');

test('the claims collection reads every claim, or only the focused claim file', () => {
	assert.equal(claimFilePattern({}), '*.md');
	assert.equal(claimFilePattern({ [focusedClaimVariable]: 'a-claim.md' }), 'a-claim.md');
	assert.equal(
		claimFilePattern({ [focusedClaimVariable]: 'odd[1]*.md' }),
		'odd\\[1\\]\\*.md',
		'a file name is never a wider pattern',
	);
});

test("a focused preview's watcher leaves out the other claims' files, not the claim's own or its translations", () => {
	const root = resolve('/site');
	const other = otherClaimFile(root, 'this-claim.md');
	const at = (...parts: string[]) => join(root, ...parts);
	for (const path of [
		at(contentDirs.claims, 'another-claim.md'),
		at(contentDirs.claims, 'es-mx', 'another-claim.md'),
	])
		assert.equal(other(path), true, path);
	for (const path of [
		at(contentDirs.claims, 'this-claim.md'),
		at(contentDirs.claims, 'es-mx', 'this-claim.md'),
		at(contentDirs.claims),
		at(contentDirs.claims, 'es-mx'),
		at(contentDirs.sources, 'a-source.md'),
		at('src', 'pages', 'index.astro'),
		at(`${contentDirs.claims}-old`, 'another-claim.md'),
	])
		assert.equal(other(path), false, path);
});

test('--only takes an existing claim file, and says so otherwise', () => {
	for (const [path, message] of [
		['README.md', /--only takes a claim file in content\/claims\//],
		['content/sources/x.md', /--only takes a claim file in content\/claims\//],
		['content/claims/no-such-claim.md', /no such claim file/],
	] as const) {
		const run = spawnSync(process.execPath, [devScript, '--only', path], { encoding: 'utf8' });
		assert.equal(run.status, 2, path);
		assert.match(run.stderr, message);
	}
});

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function poll(
	url: string,
	done: (status: number, text: string) => boolean,
): Promise<{ status: number; text: string }> {
	for (let tries = 0; tries < 600; tries++) {
		try {
			const response = await fetch(url);
			const text = await response.text();
			if (done(response.status, text)) return { status: response.status, text };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} never answered as expected`);
}

test('a focused preview serves the one claim (and every source), and shows an edit to it', async () => {
	const dir = copyProject();
	const [focused, other] = readdirSync(join(dir, 'content/claims')).sort() as [string, string];
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			devScript,
			'--only',
			`content/claims/${focused}`,
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{
			cwd: dir,
			stdio: 'ignore',
			detached: true,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	try {
		const base = `http://127.0.0.1:${port}`;
		const id = focused.slice(0, -'.md'.length);
		const page = await poll(`${base}${paths.claim(id)}`, (status) => status === 200);
		assert.match(page.text, /<h1/);
		const home = await poll(`${base}/`, (status) => status === 200);
		assert.deepEqual(
			[...new Set(home.text.match(new RegExp(`href="${paths.claim('[^"/]+')}`, 'g')))],
			[`href="${paths.claim(id)}`],
			'the home page lists the one claim',
		);
		assert.equal(
			(await fetch(`${base}${paths.claim(other.slice(0, -'.md'.length))}`)).status,
			404,
			'other claims are not loaded',
		);
		const source = readdirSync(join(dir, 'content/sources'))[0]!.slice(0, -'.md'.length);
		assert.equal((await fetch(`${base}${paths.source(source)}`)).status, 200, 'sources are loaded');

		const file = join(dir, 'content/claims', focused);
		const marker = `Focused preview edit ${Date.now()}`;
		writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
		await poll(
			`${base}${paths.claim(id)}`,
			(status, text) => status === 200 && text.includes(marker),
		);
	} finally {
		process.kill(-child.pid!, 'SIGTERM');
	}
});
