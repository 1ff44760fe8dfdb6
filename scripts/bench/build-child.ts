/**
 * Builds one Astro project with Astro's programmatic build(), in a process of its own so its
 * peak memory can be measured (see run.ts). Usage: node build-child.ts <project root>
 * Astro is imported from the project's node_modules, the same copy `astro build` would run.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
if (!root) {
	console.error('usage: build-child.ts <project root>');
	process.exit(2);
}
const require = createRequire(join(root, 'package.json'));
const astro = (await import(
	pathToFileURL(require.resolve('astro')).href
)) as typeof import('astro');
const started = performance.now();
try {
	await astro.build({ root, logLevel: 'info' });
} catch (error) {
	console.error(error);
	process.exit(1);
}
console.log(`bench: build() returned after ${((performance.now() - started) / 1000).toFixed(2)} s`);
process.exit(0);
