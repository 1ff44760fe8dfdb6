/**
 * Built fixture editions, for engine tests that need a whole site: the unit tests check their
 * pages and links, the browser tests browse them. Each is built in a project copy and kept in
 * .editions/<name>/ (ignored by git).
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, removeCopies } from './project-copy.ts';

/** Where a built fixture edition is kept. */
export const builtEdition = (name: string) => join(import.meta.dirname, '..', '.editions', name);

/** Build the fixture edition `name` and keep its dist/; Astro's output, for messages. */
export function buildFixtureEdition(name: string): string {
	const dir = copyProject(name);
	try {
		const { status, output } = build(dir);
		if (status !== 0) throw new Error(`the fixture edition ${name} did not build:\n${output}`);
		rmSync(builtEdition(name), { recursive: true, force: true });
		cpSync(join(dir, 'dist'), builtEdition(name), { recursive: true });
		return output;
	} finally {
		removeCopies();
	}
}
