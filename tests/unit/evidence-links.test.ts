import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
	checkLink,
	checkLinks,
	collectEvidenceLinks,
	linkReport,
} from '../../scripts/lib/evidence-links.ts';

// A stand-in for the web on 127.0.0.1: each path answers as a kind of real site does.
let server: Server;
let base = '';
const heads: string[] = [];
before(async () => {
	server = createServer((req, res) => {
		if (req.method === 'HEAD') heads.push(req.url ?? '');
		switch (req.url) {
			case '/page':
				return res.writeHead(200).end('ok');
			case '/moved':
				return res.writeHead(301, { location: '/page' }).end();
			case '/moved-to-gone':
				return res.writeHead(302, { location: '/gone' }).end();
			case '/gone':
				return res.writeHead(404).end();
			case '/removed':
				return res.writeHead(410).end();
			case '/no-head':
				return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
			case '/bot-wall':
				return res.writeHead(403).end();
			case '/slow':
				return; // never answers
			default:
				return res.writeHead(500).end();
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
	server.closeAllConnections();
	await new Promise<void>((done) => server.close(() => done()));
});

test('a page that answers, directly or after a redirect, is alive', async () => {
	assert.deepEqual(await checkLink(`${base}/page`, 2000), {
		url: `${base}/page`,
		state: 'ok',
		detail: '200',
	});
	assert.equal((await checkLink(`${base}/moved`, 2000)).state, 'ok');
});

test('404 and 410, also at the end of a redirect, are dead', async () => {
	assert.deepEqual(await checkLink(`${base}/gone`, 2000), {
		url: `${base}/gone`,
		state: 'dead',
		detail: '404',
	});
	assert.equal((await checkLink(`${base}/removed`, 2000)).state, 'dead');
	assert.equal((await checkLink(`${base}/moved-to-gone`, 2000)).state, 'dead');
});

test('a server that refuses HEAD is asked again with GET', async () => {
	heads.length = 0;
	assert.equal((await checkLink(`${base}/no-head`, 2000)).state, 'ok');
	assert.deepEqual(heads, ['/no-head']);
});

test('a bot wall, a server error and a timeout are unsure, not dead', async () => {
	assert.deepEqual(await checkLink(`${base}/bot-wall`, 2000), {
		url: `${base}/bot-wall`,
		state: 'unsure',
		detail: '403',
	});
	assert.equal((await checkLink(`${base}/error`, 2000)).state, 'unsure');
	assert.equal((await checkLink(`${base}/slow`, 300)).state, 'unsure');
});

test('no server at the address is dead', async () => {
	const closed = createServer();
	await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
	const port = (closed.address() as AddressInfo).port;
	await new Promise<void>((done) => closed.close(() => done()));
	const result = await checkLink(`http://127.0.0.1:${port}/`, 2000);
	assert.deepEqual(result, {
		url: `http://127.0.0.1:${port}/`,
		state: 'dead',
		detail: 'ECONNREFUSED',
	});
});

test('every original and archived address is collected once, with each place that cites it, and the report lists the dead with them', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'evidence-links-'));
	try {
		const claim = (items: string) => `---\nid: x\nevidence:\n${items}---\nBody.\n`;
		await writeFile(
			join(dir, 'a.md'),
			claim(
				`  - title: "One"\n    url: "${base}/page"\n    archived: "${base}/gone"\n  - description: "Two"\n    url: "${base}/bot-wall"\n`,
			),
		);
		await writeFile(join(dir, 'b.md'), claim(`  - title: "Again"\n    url: "${base}/gone"\n`));
		await writeFile(join(dir, 'notes.txt'), 'not a claim');
		const links = await collectEvidenceLinks(dir);
		assert.deepEqual(links, [
			{ url: `${base}/page`, citedAt: [`${join(dir, 'a.md')} evidence[0].url`] },
			{
				url: `${base}/gone`,
				citedAt: [
					`${join(dir, 'a.md')} evidence[0].archived`,
					`${join(dir, 'b.md')} evidence[0].url`,
				],
			},
			{ url: `${base}/bot-wall`, citedAt: [`${join(dir, 'a.md')} evidence[1].url`] },
		]);
		const results = await checkLinks(links, { concurrency: 2, timeoutMs: 2000 });
		assert.deepEqual(
			results.map((r) => r.state),
			['ok', 'dead', 'unsure'],
		);
		const report = linkReport(results);
		assert.match(report, /3 checked, 1 dead/);
		const dead = report.slice(report.indexOf('## Dead'), report.indexOf('## Unsure'));
		assert.ok(dead.includes(`${base}/gone (404)`));
		assert.ok(dead.includes(`${join(dir, 'b.md')} evidence[0].url`));
		assert.ok(!dead.includes(`${base}/page`));
		assert.ok(report.slice(report.indexOf('## Unsure')).includes(`${base}/bot-wall (403)`));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
