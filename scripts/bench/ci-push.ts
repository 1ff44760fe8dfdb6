/**
 * A push to a large site as CI builds it: a fresh checkout (no dist/, no caches) into which the
 * build caches the CI workflow saves are restored, with one claim changed since they were saved.
 * The folders restored are the ones the workflow's cache step lists (.github/workflows/ci.yml),
 * read from it, so the figure follows what CI really keeps.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
	readonly uses?: string;
	readonly with?: Readonly<Record<string, string>>;
}

/** The CI workflow's build cache step (actions/cache), if it has one. */
export function ciCacheStep(repoRoot: string): Step | undefined {
	const workflow = parse(readFileSync(join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as {
		jobs: Record<string, { steps: Step[] }>;
	};
	return Object.values(workflow.jobs)
		.flatMap((job) => job.steps)
		.find((step) => step.uses?.startsWith('actions/cache@'));
}

/** The folders the CI workflow's build cache step saves and restores, relative to the project. */
export function ciCachePaths(repoRoot: string): string[] {
	const paths = (ciCacheStep(repoRoot)?.with?.['path'] ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	if (paths.length === 0)
		throw new Error('.github/workflows/ci.yml has no actions/cache step with a path');
	return paths;
}

/** What a checkout holds of a built project: everything but its output, its caches and its packages. */
const notCheckedOut = new Set(['dist', 'node_modules', '.astro']);

/**
 * Make `to` a fresh checkout of the project at `from`, with `from`'s cache folders `cachePaths`
 * restored into it; its node_modules/ packages come from `linkPackages`, as `npm ci` would
 * install them.
 */
export function checkoutWithCaches(
	from: string,
	to: string,
	cachePaths: readonly string[],
	linkPackages: (root: string) => void,
): void {
	rmSync(to, { recursive: true, force: true });
	for (const name of readdirSync(from))
		if (!notCheckedOut.has(name)) cpSync(join(from, name), join(to, name), { recursive: true });
	linkPackages(to);
	for (const path of cachePaths)
		if (existsSync(join(from, path))) cpSync(join(from, path), join(to, path), { recursive: true });
}
