/**
 * Temporary projects for the benchmark: a copy of the site (src/, public/, config, scripts/)
 * and a bare Astro project, each with its own node_modules/ folder whose entries are symlinks
 * into the real project's node_modules/. Astro and Vite keep their caches inside node_modules/
 * (node_modules/.astro, node_modules/.vite): a symlinked node_modules/ folder would share
 * them with the real project, so each temp project gets a real folder of symlinked packages
 * and its caches stay its own.
 */
import {
	accessSync,
	constants,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Cache and output folders Astro and Vite write inside a project, relative to its root. */
const cacheDirs = [
	'node_modules/.astro',
	'node_modules/.vite',
	'node_modules/.cache',
	'.astro',
] as const;

/** Entries of the real node_modules/ that are caches, never shared with a temp project. */
const cacheEntries = new Set(['.astro', '.vite', '.cache']);

/** tmpfs (/dev/shm) when there is one, so disk speed does not enter the figures; else the OS temp folder. */
function tempBase(): string {
	try {
		accessSync('/dev/shm', constants.W_OK);
		if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
	} catch {
		// no tmpfs here
	}
	return tmpdir();
}

export function makeRunDir(): string {
	return mkdtempSync(join(tempBase(), 'crosscheck-bench-'));
}

/** A node_modules/ folder of symlinks to the real packages, with no cache folders of its own yet. */
export function linkNodeModules(realNodeModules: string, projectRoot: string): void {
	const target = join(projectRoot, 'node_modules');
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(realNodeModules)) {
		if (cacheEntries.has(name)) continue;
		symlinkSync(join(realNodeModules, name), join(target, name));
	}
}

/** Copy the site's code and config (never content/ or dist/) into `root`, its settings for one language. */
export function copySite(repoRoot: string, root: string): string[] {
	const copied: string[] = [];
	mkdirSync(root, { recursive: true });
	for (const name of [
		'src',
		'public',
		'scripts',
		'astro.config.mjs',
		'astro.config.ts',
		'tsconfig.json',
		'package.json',
	]) {
		const from = join(repoRoot, name);
		if (!existsSync(from)) continue;
		cpSync(from, join(root, name), {
			recursive: true,
			filter: (path) => !path.includes(`${join(repoRoot, 'scripts', 'bench')}`),
		});
		copied.push(name);
	}
	// One language, as bare Astro builds one: the edition's further languages (a build each,
	// docs/languages.md) are left out, since the corpus has no translations to fill them.
	renameSync(join(root, 'src/config/site.ts'), join(root, 'src/config/edition-settings.ts'));
	writeFileSync(
		join(root, 'src/config/site.ts'),
		"import edition from './edition-settings.ts';\n\nexport default { ...edition, locales: [] };\n",
	);
	linkNodeModules(join(repoRoot, 'node_modules'), root);
	return copied;
}

/**
 * The bare Astro project: one glob() collection over the same claim files with a permissive
 * schema, one dynamic route rendering the claim and its body, and an index page.
 */
export function writeBareProject(repoRoot: string, root: string): void {
	mkdirSync(join(root, 'src/pages/claims'), { recursive: true });
	writeFileSync(
		join(root, 'package.json'),
		JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2),
	);
	writeFileSync(
		join(root, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { glob } from 'astro/loaders';",
			"import { z } from 'astro/zod';",
			'',
			"const claims = defineCollection({ loader: glob({ base: './content/claims', pattern: '*.md' }), schema: z.looseObject({ claim: z.string() }) });",
			'',
			'export const collections = { claims };',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(root, 'src/pages/claims/[id].astro'),
		[
			'---',
			"import { getCollection, render } from 'astro:content';",
			'export async function getStaticPaths() {',
			"\tconst claims = await getCollection('claims');",
			'\treturn claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));',
			'}',
			'const { claim } = Astro.props;',
			'const { Content } = await render(claim);',
			'---',
			'<html lang="en"><head><meta charset="utf-8" /><title>{claim.data.claim}</title></head>',
			'<body><h1>{claim.data.claim}</h1><Content /></body></html>',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(root, 'src/pages/index.astro'),
		[
			'---',
			"import { getCollection } from 'astro:content';",
			"const claims = await getCollection('claims');",
			'---',
			'<html lang="en"><head><meta charset="utf-8" /><title>Claims</title></head>',
			'<body><h1>Claims</h1><ul>{claims.map((claim) => <li><a href={`/claims/${claim.id}/`}>{claim.data.claim}</a></li>)}</ul></body></html>',
			'',
		].join('\n'),
	);
	linkNodeModules(join(repoRoot, 'node_modules'), root);
}

/** Remove dist/ and every cache folder, so the next build is cold. */
export function clearCaches(root: string): void {
	for (const dir of ['dist', ...cacheDirs])
		rmSync(join(root, dir), { recursive: true, force: true });
}

/** Bytes of every file under `dir` (0 when it does not exist). */
function folderBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** Which cache folders a build left in `root`, with their sizes: where the caches live. */
export function cacheReport(root: string): Record<string, number> {
	const report: Record<string, number> = {};
	for (const dir of cacheDirs) {
		const path = join(root, dir);
		if (existsSync(path)) report[dir] = folderBytes(path);
	}
	return report;
}
