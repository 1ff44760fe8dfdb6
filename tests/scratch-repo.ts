/**
 * A scratch git repository holding a copy of the fixture edition's content, committed once as
 * the base that `validate --base` compares against; removed after the test file. For the tests
 * of the append-only record (claims' updates, records, sources' corrections).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { contentRoot } from './test-edition.ts';

export function scratchRepository(name: string) {
	const repo = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
			cwd: repo,
			stdio: 'pipe',
		});
	before(() => {
		cpSync(join(contentRoot, 'content'), join(repo, 'content'), { recursive: true });
		git('init', '--quiet');
		git('add', '.');
		git('commit', '--quiet', '-m', 'published');
	});
	after(() => rmSync(repo, { recursive: true, force: true }));
	return { repo, git };
}
