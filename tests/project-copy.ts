/**
 * Copies of the project to build in a temporary folder, never in the working tree (whose
 * dist/ the browser tests use). node_modules is linked package by package rather than as a
 * whole, so the caches (node_modules/.astro, .vite, .cache) are written in the copy and the
 * working tree's caches are never touched, nor shared by copies built at the same time.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fixtureDir, fixtureEdition } from './test-edition.ts';

const project = process.cwd();
/**
 * Caches each copy keeps to itself: Astro's, and the site's (social cards, search index,
 * validator record, further languages' builds and their Astro caches).
 */
const caches = new Set(['.astro', '.vite', '.cache']);

/**
 * A fresh copy of the project's engine with a fixture edition's content and settings
 * (tests/editions/<edition>/, the unit tests' edition unless named); `removeCopies()` deletes
 * every copy made.
 */
export function copyProject(edition: string = fixtureEdition): string {
	const dir = mkdtempSync(join(tmpdir(), 'crosscheck-build-'));
	copies.push(dir);
	for (const entry of [
		'src',
		'public',
		'scripts',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
		'package-lock.json',
		'.prettierrc.json',
	]) {
		if (existsSync(join(project, entry)))
			cpSync(join(project, entry), join(dir, entry), { recursive: true });
	}
	useEdition(dir, edition);
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(project, 'node_modules'))) {
		if (!caches.has(name))
			symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
	}
	return dir;
}

const copies: string[] = [];

/** Put a fixture edition in a project copy: its content/, its public/ files if any, its settings. */
function useEdition(dir: string, edition: string): void {
	const from = fixtureDir(edition);
	rmSync(join(dir, 'content'), { recursive: true, force: true });
	cpSync(join(from, 'content'), join(dir, 'content'), { recursive: true });
	if (existsSync(join(from, 'public')))
		cpSync(join(from, 'public'), join(dir, 'public'), { recursive: true });
	// The fixture names the settings type from its own folder; in a project it sits in src/config/.
	const settings = readFileSync(join(from, 'site.ts'), 'utf8').replace(
		/from '[./]*src\/lib\/settings\.ts'/,
		"from '../lib/settings.ts'",
	);
	writeFileSync(join(dir, 'src/config/site.ts'), settings);
}

export function removeCopies(): void {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment a fixture edition builds in: the shell's, less a deployment address
 * (CROSSCHECK_SITE_URL), which belongs to the project's own edition; a fixture is built for the
 * address its settings give.
 */
export function fixtureEnvironment(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	delete env['CROSSCHECK_SITE_URL'];
	return env;
}

/** `astro build` in a copy, with any extra arguments; the output without colour codes. */
export function build(dir: string, ...args: string[]): { status: number | null; output: string } {
	const run = spawnSync(
		process.execPath,
		[join(dir, 'node_modules/.bin/astro'), 'build', ...args],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...fixtureEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
			timeout: 240_000,
		},
	);
	// Plain text, so tests can match it: a CI terminal gets Astro's colour codes.
	return {
		status: run.status,
		output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`),
	};
}
