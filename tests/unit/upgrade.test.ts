/** npm run upgrade merges a newer engine into a site and keeps the site's own files exactly as they were. */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';

const script = join(process.cwd(), 'scripts/upgrade.ts');
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-upgrade-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
		cwd,
		stdio: 'pipe',
		encoding: 'utf8',
	});
function write(root: string, files: Record<string, string | null>): void {
	for (const [path, text] of Object.entries(files)) {
		if (text === null) rmSync(join(root, path));
		else {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
	}
}
const upgrade = (cwd: string, ...args: string[]) =>
	spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

/** Upstream with an engine and an edition; a site copied from it with its own edition; then upstream moves on. */
function setUp(name: string, siteEdits: Record<string, string | null> = {}) {
	const upstream = join(scratch, `${name}-upstream`);
	mkdirSync(upstream);
	git(upstream, 'init', '-q', '-b', 'main');
	write(upstream, {
		'src/engine.ts': 'engine 1\n',
		'src/config/site.ts': 'upstream settings\n',
		'content/claims/theirs.md': 'their claim\n',
		'public/logo.svg': 'their logo\n',
	});
	git(upstream, 'add', '-A');
	git(upstream, 'commit', '-qm', 'engine 1');
	const site = join(scratch, `${name}-site`);
	git(scratch, 'clone', '-q', upstream, site);
	write(site, {
		'content/claims/theirs.md': null,
		'content/claims/ours.md': 'our claim\n',
		'src/config/site.ts': 'our settings\n',
		'public/logo.svg': 'our logo\n',
		...siteEdits,
	});
	git(site, 'add', '-A');
	git(site, 'commit', '-qm', 'our edition');
	write(upstream, {
		'src/engine.ts': 'engine 2\n',
		'src/config/site.ts': 'upstream settings 2\n',
		'content/claims/theirs.md': 'their claim, corrected\n',
		'content/claims/new.md': 'their new claim\n',
		'public/logo.svg': 'their new logo\n',
	});
	git(upstream, 'add', '-A');
	git(upstream, 'commit', '-qm', 'engine 2');
	git(site, 'fetch', '-q', 'origin');
	return site;
}

test("the engine is merged; the site keeps its claims, settings and marks, and gets none of upstream's content", () => {
	const site = setUp('clean');
	const run = upgrade(site, 'origin/main');
	assert.equal(run.status, 0, run.stderr);
	assert.equal(readFileSync(join(site, 'src/engine.ts'), 'utf8'), 'engine 2\n');
	assert.equal(readFileSync(join(site, 'src/config/site.ts'), 'utf8'), 'our settings\n');
	assert.equal(readFileSync(join(site, 'public/logo.svg'), 'utf8'), 'our logo\n');
	assert.deepEqual(readdirSync(join(site, 'content/claims')), ['ours.md']);
	assert.equal(git(site, 'diff', '--name-only', '--diff-filter=U'), '');
	assert.ok(existsSync(join(site, '.git/MERGE_HEAD')), 'the merge is left for review');
});

test('an engine file the site edited is reported as a conflict, exit 1', () => {
	const site = setUp('edited', { 'src/engine.ts': 'engine 1, patched here\n' });
	const run = upgrade(site, 'origin/main');
	assert.equal(run.status, 1);
	assert.match(run.stderr, /src\/engine\.ts/);
});

test('a ref that is not a commit, or a dirty tree, is refused before anything changes', () => {
	const site = setUp('refused');
	assert.equal(upgrade(site, 'upstream/nowhere').status, 2);
	write(site, { 'content/claims/draft.md': 'unsaved\n' });
	const run = upgrade(site, 'origin/main');
	assert.equal(run.status, 2);
	assert.match(run.stderr, /uncommitted changes/);
	assert.ok(!existsSync(join(site, '.git/MERGE_HEAD')));
});
