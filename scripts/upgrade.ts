/**
 * npm run upgrade -- <git ref> [--allow-unrelated-histories]
 *   (e.g. upstream/main, after `git fetch upstream`)
 * Merges a newer Crosscheck into this site, keeping the site's own files (src/lib/edition-files.ts)
 * exactly as they are here: the upstream edition's claims, sources, pages, settings, brand marks
 * and edition documents never come along. Leaves the merge staged for review.
 *
 * Exit 0 when the merge is ready to commit (or there was nothing to merge), 1 when it needs the
 * site's hands (engine files conflict, git refused the merge, or the histories are unrelated),
 * 2 on bad input. Every exit but 0 says what to do next.
 *
 * A site started from a downloaded copy (a zip turned into a repository) shares no history with
 * Crosscheck, so git cannot tell which engine files the site changed. `--allow-unrelated-histories`
 * merges it once anyway: the engine's files become upstream's, the site's own files stay, and the
 * engine files that differed are listed for review. Later upgrades are ordinary merges.
 */
import { spawnSync } from 'node:child_process';
import { editionPaths } from '../src/lib/edition-files.ts';

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
const indent = (text: string) => text.trim().replace(/^/gm, '  ');
const unrelatedFlag = '--allow-unrelated-histories';

const usage =
	'usage: npm run upgrade -- <git ref> [--allow-unrelated-histories]   for example: git fetch upstream && npm run upgrade -- upstream/main';

function main(): number {
	const args = process.argv.slice(2);
	const unrelated = args.includes(unrelatedFlag);
	const [ref, ...extra] = args.filter((arg) => arg !== unrelatedFlag);
	if (!ref || extra.length > 0 || ref.startsWith('-')) {
		console.error(usage);
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
	if (git('rev-parse', '--verify', '--quiet', 'MERGE_HEAD').status === 0) {
		console.error(
			'a merge is already in progress: finish it (git commit) or abandon it (git merge --abort) first',
		);
		return 2;
	}
	const shared = git('merge-base', 'HEAD', ref).status === 0;
	if (!shared && !unrelated) {
		console.error(
			[
				`This site and ${ref} share no history (the site was probably started from a downloaded copy), so git cannot tell which engine files this site changed.`,
				`To merge once anyway, run: npm run upgrade -- ${ref} ${unrelatedFlag}`,
				`The engine's files then become ${ref}'s, this site's own files (${editionPaths.join(', ')}) stay as they are, and the engine files that differed are listed for you to review. Later upgrades are ordinary merges.`,
			].join('\n'),
		);
		return 1;
	}

	const merge = shared
		? git('merge', '--no-commit', '--no-ff', ref)
		: // No common ancestor: each engine file that differs would conflict as a whole. Upstream's wins.
			git('merge', '--no-commit', '--no-ff', unrelatedFlag, '-X', 'theirs', ref);
	if (git('rev-parse', '--verify', '--quiet', 'MERGE_HEAD').status !== 0) {
		if (merge.status === 0) {
			console.log(`Already up to date with ${ref}.`);
			return 0;
		}
		console.error(
			`git could not merge ${ref}; nothing was changed. git said:\n${indent(`${merge.stdout}\n${merge.stderr}`)}\nFix what it names (for example, move an untracked file out of the way), then run the upgrade again.`,
		);
		return 1;
	}

	// The site's own files, as they were before the merge; whatever upstream had there is dropped.
	const own = editionPaths.filter((path) => git('cat-file', '-e', `HEAD:${path}`).status === 0);
	git('rm', '-r', '-q', '-f', '--ignore-unmatch', '--', ...editionPaths);
	if (own.length > 0) git('checkout', 'HEAD', '--', ...own);
	const conflicts = git('diff', '--name-only', '--diff-filter=U').stdout.trim();
	if (conflicts) {
		console.error(
			`These engine files conflict, because this site changed them:\n${indent(conflicts)}\nResolve each (keep the site's change where it still applies), git add it, run npm test, then git commit. Or abandon the upgrade: git merge --abort.`,
		);
		return 1;
	}
	if (!shared) {
		const replaced = git(
			'diff',
			'--cached',
			'--name-only',
			'--diff-filter=M',
			'HEAD',
		).stdout.trim();
		if (replaced)
			console.log(
				`These engine files are now ${ref}'s; if this site had changed any of them, bring the change back by hand (git diff --cached HEAD -- <file> shows what changed):\n${indent(replaced)}`,
			);
	}
	console.log(
		`Merged ${ref}, keeping this site's ${editionPaths.join(', ')}.\nReview with git diff --cached, run npm test, then git commit.`,
	);
	return 0;
}

process.exitCode = main();
