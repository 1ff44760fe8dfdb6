/**
 * npm run upgrade -- <git ref>   (e.g. upstream/main, after `git fetch upstream`)
 * Merges a newer Crosscheck into this site, keeping the site's own files (src/lib/edition-files.ts)
 * exactly as they are here: the upstream edition's claims, sources, pages, settings and brand
 * marks never come along. Leaves the merge staged for review; exit 0 when it is ready to commit,
 * 1 when engine files conflict (this site edited them), 2 on bad input.
 */
import { spawnSync } from 'node:child_process';
import { editionPaths } from '../src/lib/edition-files.ts';

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });

function main(): number {
	const [ref, ...extra] = process.argv.slice(2);
	if (!ref || extra.length > 0 || ref.startsWith('-')) {
		console.error(
			'usage: npm run upgrade -- <git ref>   for example: git fetch upstream && npm run upgrade -- upstream/main',
		);
		return 2;
	}
	if (git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).status !== 0) {
		console.error(
			`"${ref}" is not a commit here: add the upstream repository (git remote add upstream <url>) and git fetch upstream first`,
		);
		return 2;
	}
	if (git('status', '--porcelain').stdout.trim() !== '') {
		console.error('the working tree has uncommitted changes: commit or stash them first');
		return 2;
	}
	git('merge', '--no-commit', '--no-ff', ref);
	if (git('rev-parse', '--verify', '--quiet', 'MERGE_HEAD').status !== 0) {
		console.log(`Already up to date with ${ref}.`);
		return 0;
	}
	// The site's own files, as they were before the merge; whatever upstream had there is dropped.
	const own = editionPaths.filter((path) => git('cat-file', '-e', `HEAD:${path}`).status === 0);
	git('rm', '-r', '-q', '-f', '--ignore-unmatch', '--', ...editionPaths);
	if (own.length > 0) git('checkout', 'HEAD', '--', ...own);
	const conflicts = git('diff', '--name-only', '--diff-filter=U').stdout.trim();
	if (conflicts) {
		console.error(
			`These engine files conflict, because this site changed them:\n${conflicts.replace(/^/gm, '  ')}\nResolve them (or git merge --abort), then commit.`,
		);
		return 1;
	}
	console.log(
		`Merged ${ref}, keeping this site's ${editionPaths.join(', ')}.\nReview with git diff --cached, run npm test, then git commit.`,
	);
	return 0;
}

process.exitCode = main();
