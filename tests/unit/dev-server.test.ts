/**
 * `npm run dev` tells the truth about content: it starts with a draft that still holds
 * placeholders and shows it with a notice of what is unfinished; a bad edit stops the pages
 * with Astro's error overlay at the file, line and column; a misquote is a warning on the
 * claim's page. It serves each claim's record, oEmbed answer, badge and card as a build writes
 * them (a build writes those itself, beside the pages: src/lib/files-beside-pages.ts). Runs
 * `astro dev` on 127.0.0.1 in a copy of the project, never in the working tree.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../scripts/lib/browser.ts';
import { build, copyProject, removeCopies } from '../project-copy.ts';
import { t } from '../../src/edition/i18n.ts';
import { paths } from '../../src/edition/paths.ts';
import { fixedRoutes } from '../../src/lib/routes.ts';
import { readSourceArticles, scaffoldClaim } from '../../src/validator/claim-scaffold.ts';
import { claims, records } from '../site-content.ts';

/** How long `astro dev` may take to start or to answer an edit before the test gives up. */
const patience = 90_000;

let dir: string;
let server: ChildProcess;
let origin: string;
let output = '';

const freePort = () =>
	new Promise<number>((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});

/** Poll `check` until it returns a value, or fail after `patience`. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
	const deadline = Date.now() + patience;
	for (;;) {
		const value = await check().catch(() => undefined);
		if (value !== undefined) return value;
		if (Date.now() > deadline)
			throw new Error(`gave up waiting for ${what}; astro dev said:\n${output}`);
		await new Promise((wait) => setTimeout(wait, 250));
	}
}

const get = async (path: string) => {
	const response = await fetch(new URL(path, origin));
	return { status: response.status, html: await response.text() };
};

const draftId = 'draft-left-by-new-claim';
const edit = (file: string, change: (text: string) => string) =>
	writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

before(async () => {
	dir = copyProject();
	// Built before the draft below is written, which a build refuses.
	const built = build(dir);
	assert.equal(built.status, 0, built.output);
	const sources = readSourceArticles(dir);
	writeFileSync(
		join(dir, `content/claims/${draftId}.md`),
		scaffoldClaim(
			{
				id: draftId,
				claim: 'A claim still being written, as new-claim leaves it.',
				source: sources[1]?.id,
				today: '2026-01-20',
			},
			sources,
		),
	);
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		[
			join(dir, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await eventually('astro dev to start', async () =>
		(await get('/')).status === 200 ? true : undefined,
	);
});

after(() => {
	server?.kill();
	removeCopies();
});

test('each claim file beside the pages is served as the build wrote it', async () => {
	// A withdrawn or renamed check's old id keeps its oEmbed answer and badge only.
	const files: [path: string, file: string][] = [
		...claims.flatMap(({ id }): [string, string][] => [
			[paths.dataClaim(id), fixedRoutes.dataClaim(id)],
			[paths.oembed(id), fixedRoutes.oembed(id)],
			[paths.badge(id), fixedRoutes.badge(id)],
			[paths.socialImage(id), fixedRoutes.socialImage(id)],
		]),
		...records.flatMap(({ id }): [string, string][] => [
			[paths.oembed(id), fixedRoutes.oembed(id)],
			[paths.badge(id), fixedRoutes.badge(id)],
		]),
	];
	assert.ok(files.length >= 4);
	for (const [path, file] of files) {
		const response = await fetch(new URL(path, origin));
		assert.equal(response.status, 200, path);
		assert.deepEqual(
			Buffer.from(await response.arrayBuffer()),
			readFileSync(join(dir, 'dist', file)),
			`${path} differs from dist/${file}`,
		);
	}
});

test('a draft with placeholders renders, with a notice listing what is unfinished', async () => {
	const { status, html } = await get(paths.claim(draftId));
	assert.equal(status, 200);
	assert.ok(
		html.includes(
			`<aside class="dev-notice" role="note" aria-label="${t('devNotice.draft')}"><h2>${t('devNotice.draft')}</h2>`,
		),
	);
	for (const field of ['claimant\\.name', 'verdict', 'summary', 'sources\\[1\\]\\.stance', 'body'])
		assert.match(
			html,
			new RegExp(`<li><code>\\d+:\\d+</code> ${field}: [^<]*still holds a placeholder`),
			field,
		);
	// Other claims' pages carry no notice.
	assert.doesNotMatch((await get(paths.claim('maduro-captured-january-3'))).html, /dev-notice/);
});

test("a misquote is a warning on the claim's page", async () => {
	const file = 'content/claims/maduro-captured-january-3.md';
	edit(file, (text) => text.replace(/^( {4}quote: ")(\S+)/m, '$1Misquoted $2'));
	const html = await eventually('the warning', async () => {
		const page = await get(paths.claim('maduro-captured-january-3'));
		return page.html.includes('dev-notice') ? page.html : undefined;
	});
	assert.ok(html.includes(`<h2>${t('devNotice.notReady')}</h2>`));
	assert.match(
		html,
		/<li><code>\d+:\d+<\/code> sources\[\d\]\.quote: the quote is not in the archived text of/,
	);
});

test("a bad edit stops the pages with Astro's error overlay, at the file, line and column", async () => {
	const claim = claims.find(({ id }) => id !== 'maduro-captured-january-3')!;
	const file = `content/claims/${claim.id}.md`;
	// The claim's own verdict, one letter short: a rating id of the edition's scale, mistyped.
	const { verdict } = claim.data;
	const typo = verdict.slice(0, -1);
	const line =
		readFileSync(join(dir, file), 'utf8')
			.split('\n')
			.findIndex((l) => l.startsWith('verdict:')) + 1;
	edit(file, (text) => text.replace(/^verdict: .*$/m, `verdict: "${typo}"`));
	await eventually('the error', async () => ((await get('/')).status === 500 ? true : undefined));
	const browser = await chromium.launch(launchOptions());
	try {
		const page = await browser.newPage();
		await page.goto(new URL(paths.home(), origin).href);
		const overlay = await eventually('the overlay', async () => {
			const text = await page
				.locator('vite-error-overlay')
				.evaluate(
					(el) => el.shadowRoot?.querySelector('#message-content')?.textContent ?? '',
					undefined,
					{ timeout: 1000 },
				);
			return text.includes(file) ? text : undefined;
		});
		assert.ok(overlay.includes(`${file}:${line}:1: verdict: "${typo}" must be one of`), overlay);
		assert.ok(overlay.includes(`did you mean "${verdict}"?`), overlay);
	} finally {
		await browser.close();
	}
	edit(file, (text) => text.replace(`verdict: "${typo}"`, `verdict: "${verdict}"`));
	await eventually('the pages to come back', async () =>
		(await get('/')).status === 200 ? true : undefined,
	);
});
