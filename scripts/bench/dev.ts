/**
 * The contributor's loop: `astro dev` on the benchmark project, or the focused preview of one
 * claim (`npm run dev -- --only <file>`, scripts/dev.ts). Seconds from starting the server
 * until a claim page answers 200, and seconds from saving an edited claim file until a reload
 * shows the change. The server runs in its own process group and is killed after.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { GroupSampler, killGroup } from './run.ts';

export interface DevResult {
	readonly ok: boolean;
	/** Seconds from spawn until the claim page answered 200. */
	readonly startSeconds: number | null;
	/** Seconds from writing the edit until the page showed it (only for the session that edits). */
	readonly editSeconds: number | null;
	readonly peakRssKiB: number;
	readonly error?: string;
	readonly log: string;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function fetchText(url: string): Promise<{ status: number; text: string } | null> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
		return { status: response.status, text: await response.text() };
	} catch {
		return null;
	}
}

/** Poll `url` until `done` says so; seconds taken, or null at the deadline. */
async function pollUntil(
	url: string,
	done: (r: { status: number; text: string }) => boolean,
	started: number,
	timeoutMs: number,
): Promise<number | null> {
	while (performance.now() - started < timeoutMs) {
		const response = await fetchText(url);
		if (response && done(response)) return (performance.now() - started) / 1000;
		await new Promise((r) => setTimeout(r, 100));
	}
	return null;
}

/**
 * One dev session: start the server (the focused preview of `focus`, a claim file relative to
 * root, if given), wait for `claimPath`, then optionally run `edit` (which writes the file and
 * returns the text the page should then show) and wait for it.
 */
export async function devSession(
	root: string,
	claimPath: string,
	log: string,
	edit: (() => string) | null,
	focus?: string,
	timeoutMs = 600_000,
): Promise<DevResult> {
	const astroBin = join(
		dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')),
		'bin',
		'astro.mjs',
	);
	const port = await freePort();
	const out = openSync(log, 'w');
	const started = performance.now();
	const command =
		focus === undefined ? [astroBin, 'dev'] : [join(root, 'scripts/dev.ts'), '--only', focus];
	const child = spawn(
		process.execPath,
		[...command, '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: root, stdio: ['ignore', out, out], detached: true },
	);
	closeSync(out);
	const pid = child.pid;
	if (pid === undefined)
		return {
			ok: false,
			startSeconds: null,
			editSeconds: null,
			peakRssKiB: 0,
			error: 'could not start astro dev',
			log,
		};
	let exited = false;
	child.on('exit', () => (exited = true));
	const sampler = new GroupSampler(pid);
	const url = `http://127.0.0.1:${port}${claimPath}`;
	try {
		const startSeconds = await pollUntil(
			url,
			(r) => r.status === 200 || exited,
			started,
			timeoutMs,
		);
		if (exited || startSeconds === null)
			return {
				ok: false,
				startSeconds: null,
				editSeconds: null,
				peakRssKiB: sampler.peak,
				error: exited ? 'astro dev exited' : 'no answer before the deadline',
				log,
			};
		let editSeconds: number | null = null;
		if (edit) {
			const editStarted = performance.now();
			const marker = edit();
			editSeconds = await pollUntil(
				url,
				(r) => r.status === 200 && r.text.includes(marker),
				editStarted,
				timeoutMs,
			);
			if (editSeconds === null)
				return {
					ok: false,
					startSeconds,
					editSeconds,
					peakRssKiB: sampler.peak,
					error: `the edit did not show within ${timeoutMs / 1000} s`,
					log,
				};
		}
		return { ok: true, startSeconds, editSeconds, peakRssKiB: sampler.peak, log };
	} finally {
		sampler.stop();
		await killGroup(pid);
	}
}
