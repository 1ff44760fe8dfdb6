/**
 * npm run dev [-- --only content/claims/<id>.md] [-- --host H] [-- --port P]
 *
 * Without --only: `astro dev`, with whatever options follow. With --only: a focused preview of
 * one claim: that claim and every source are loaded (src/lib/focused-preview.ts), with caches
 * of their own (node_modules/.astro-focused/), so the server starts and an edit shows in
 * a second or so however many claims the repository holds. Pages that list claims list that one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { focusedClaimVariable, otherClaimFile } from '../src/lib/focused-preview.ts';
import { contentDirs } from '../src/lib/edition-files.ts';
import { paths } from '../src/edition/paths.ts';

const usage =
	'usage: npm run dev [-- --only content/claims/<id>.md [--host H] [--port P]] | [-- astro dev options]';
const root = process.cwd();

/** The claim file to preview, as its name in content/claims/; exits with a message if it is not one. */
function claimFile(path: string): string {
	const file = resolve(root, path);
	const inClaims = relative(resolve(root, contentDirs.claims), file);
	if (inClaims.startsWith('..') || inClaims.includes(sep) || !file.endsWith('.md')) {
		console.error(
			`--only takes a claim file in ${contentDirs.claims}/ (for example ${contentDirs.claims}/<id>.md), not ${path}\n${usage}`,
		);
		process.exit(2);
	}
	if (!existsSync(file)) {
		console.error(`${path}: no such claim file\n${usage}`);
		process.exit(2);
	}
	return basename(file);
}

const args = process.argv.slice(2);
if (!args.includes('--only')) {
	const astro = join(
		dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')),
		'bin',
		'astro.mjs',
	);
	const child = spawn(process.execPath, [astro, 'dev', ...args], { stdio: 'inherit' });
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
	const { values } = parseArgs({
		args,
		options: { only: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } },
	});
	const file = claimFile(values.only ?? '');
	const port = values.port === undefined ? undefined : Number(values.port);
	if (port !== undefined && !Number.isInteger(port)) {
		console.error(`--port takes a number, not ${values.port}\n${usage}`);
		process.exit(2);
	}
	process.env[focusedClaimVariable] = file;
	const { dev } = await import('astro');
	// Caches of its own (Astro's data store, Vite's dependencies): the full site's stay as builds left
	// them, and switching between the two never makes either start over.
	const cacheDir = './node_modules/.astro-focused/';
	await dev({
		root,
		cacheDir,
		vite: {
			cacheDir: `${cacheDir}vite/`,
			// The other claims are never loaded, so not watched either.
			server: { watch: { ignored: [otherClaimFile(root, file)] } },
		},
		server: { ...(values.host ? { host: values.host } : {}), ...(port ? { port } : {}) },
	});
	console.log(
		`Focused preview of ${contentDirs.claims}/${file}: open ${paths.claim(file.slice(0, -'.md'.length))}`,
	);
}
