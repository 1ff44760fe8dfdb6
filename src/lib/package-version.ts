/** Versions of installed packages, for cache keys: a new version of a package may give different output. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version of an installed package, from node_modules/<name>/package.json in the nearest
 * folder up from here that has one: where Node looks for it, whatever the package exports.
 */
export function packageVersion(name: string): string {
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		const manifest = join(dir, 'node_modules', name, 'package.json');
		if (existsSync(manifest))
			return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
	}
}
