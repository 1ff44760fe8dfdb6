/** Reading files as they stood at a git revision, for `npm run validate -- --base <ref>`. */
import { execFileSync } from 'node:child_process';

const git = (root: string, args: readonly string[]): Buffer =>
	execFileSync('git', args, {
		cwd: root,
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 64 * 1024 * 1024,
	});

/** The commit a ref names, or null when there is no such commit (or no git repository). */
export function resolveCommit(root: string, ref: string): string | null {
	if (ref.startsWith('-')) return null;
	try {
		return (
			git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
				.toString()
				.trim() || null
		);
	} catch {
		return null;
	}
}

/** The file's bytes at `commit`, or null when it did not exist there. `path` is relative to `root`. */
export function readAtCommit(root: string, commit: string, path: string): Uint8Array | null {
	try {
		return git(root, ['show', `${commit}:./${path}`]);
	} catch {
		return null;
	}
}

/**
 * The files directly in `dir` (relative to `root`) at `commit`, as root-relative paths; none when
 * the folder did not exist there. Any other failure of git is thrown: an unreadable base must
 * never read as an empty one, which would let every deletion pass.
 */
export function listAtCommit(root: string, commit: string, dir: string): string[] {
	// With a trailing slash, ls-tree lists the folder's entries (root-relative), and nothing at all
	// when the folder is not in that commit.
	return git(root, ['ls-tree', '--name-only', '-z', commit, '--', `${dir}/`])
		.toString()
		.split('\0')
		.filter((name) => name !== '');
}
