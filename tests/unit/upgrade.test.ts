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
		'SITE.md': 'their site\n',
		'.github/pull_request_template.md': 'their checklist\n',
		'.github/ISSUE_TEMPLATE/suggest.yml': 'their form\n',
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
		'SITE.md': 'our site, in our language\n',
		'.github/pull_request_template.md': 'our checklist\n',
		'.github/ISSUE_TEMPLATE/suggest.yml': 'our form\n',
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
		'SITE.md': 'their site, revised\n',
		'.github/pull_request_template.md': 'their checklist, revised\n',
		'.github/ISSUE_TEMPLATE/suggest.yml': 'their form, revised\n',
		'.github/ISSUE_TEMPLATE/another.yml': 'their other form\n',
	});
	git(upstream, 'add', '-A');
	git(upstream, 'commit', '-qm', 'engine 2');
	git(site, 'fetch', '-q', 'origin');
	return site;
}

const upstreamOf = (site: string) => site.replace(/-site$/, '-upstream');

test("the engine is merged; the site keeps its claims, settings and marks, and gets none of upstream's content", () => {
	const site = setUp('clean');
	const run = upgrade(site, 'origin/main');
	assert.equal(run.status, 0, run.stderr);
	assert.equal(readFileSync(join(site, 'src/engine.ts'), 'utf8'), 'engine 2\n');
	assert.equal(readFileSync(join(site, 'src/config/site.ts'), 'utf8'), 'our settings\n');
	assert.equal(readFileSync(join(site, 'public/logo.svg'), 'utf8'), 'our logo\n');
	assert.deepEqual(readdirSync(join(site, 'content/claims')), ['ours.md']);
	assert.equal(readFileSync(join(site, 'SITE.md'), 'utf8'), 'our site, in our language\n');
	assert.equal(
		readFileSync(join(site, '.github/pull_request_template.md'), 'utf8'),
		'our checklist\n',
	);
	assert.deepEqual(readdirSync(join(site, '.github/ISSUE_TEMPLATE')), ['suggest.yml']);
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

test('a merge git refuses is reported with what git said and what to do, exit 1', () => {
	const site = setUp('refused-by-git');
	// An untracked file where upstream adds one, in a repository whose status hides untracked
	// files: the upgrade's own check passes, and git stops before merging anything.
	git(site, 'config', 'status.showUntrackedFiles', 'no');
	write(site, { 'content/claims/new.md': 'a draft not yet added\n' });
	const run = upgrade(site, 'origin/main');
	assert.equal(run.status, 1, run.stdout);
	assert.match(run.stderr, /git could not merge origin\/main; nothing was changed/);
	assert.match(run.stderr, /content\/claims\/new\.md/);
	assert.match(run.stderr, /run the upgrade again/);
	assert.equal(
		readFileSync(join(site, 'content/claims/new.md'), 'utf8'),
		'a draft not yet added\n',
	);
	assert.ok(!existsSync(join(site, '.git/MERGE_HEAD')));
});

/** A site started from a downloaded copy: the same files as upstream's first commit, none of its history. */
function setUpUnrelated(name: string) {
	const site = setUp(name);
	const copy = join(scratch, `${name}-from-zip`);
	mkdirSync(copy);
	git(copy, 'init', '-q', '-b', 'main');
	write(copy, {
		'src/engine.ts': 'engine 1\n',
		'src/config/site.ts': 'our settings\n',
		'content/claims/ours.md': 'our claim\n',
		'public/logo.svg': 'our logo\n',
		'SITE.md': 'our site, in our language\n',
	});
	git(copy, 'add', '-A');
	git(copy, 'commit', '-qm', 'our site, from a zip');
	git(copy, 'fetch', '-q', upstreamOf(site), 'main:refs/remotes/upstream/main');
	return copy;
}

test('a copy without shared history is refused with the way through, exit 1 and nothing changed', () => {
	const copy = setUpUnrelated('unrelated');
	const run = upgrade(copy, 'upstream/main');
	assert.equal(run.status, 1);
	assert.match(run.stderr, /share no history/);
	assert.match(run.stderr, /npm run upgrade -- upstream\/main --allow-unrelated-histories/);
	assert.ok(!existsSync(join(copy, '.git/MERGE_HEAD')));
	assert.equal(readFileSync(join(copy, 'src/engine.ts'), 'utf8'), 'engine 1\n');
	assert.equal(git(copy, 'status', '--porcelain'), '');
});

test('--allow-unrelated-histories merges the engine once, keeps the site and lists the engine files replaced', () => {
	const copy = setUpUnrelated('unrelated-allowed');
	const run = upgrade(copy, 'upstream/main', '--allow-unrelated-histories');
	assert.equal(run.status, 0, run.stderr);
	assert.equal(readFileSync(join(copy, 'src/engine.ts'), 'utf8'), 'engine 2\n');
	assert.equal(readFileSync(join(copy, 'src/config/site.ts'), 'utf8'), 'our settings\n');
	assert.equal(readFileSync(join(copy, 'public/logo.svg'), 'utf8'), 'our logo\n');
	assert.equal(readFileSync(join(copy, 'SITE.md'), 'utf8'), 'our site, in our language\n');
	assert.deepEqual(readdirSync(join(copy, 'content/claims')), ['ours.md']);
	assert.ok(!existsSync(join(copy, '.github')), "upstream's edition templates do not come along");
	assert.match(run.stdout, /now upstream\/main's[^\n]*\n\s+src\/engine\.ts/);
	assert.equal(git(copy, 'diff', '--name-only', '--diff-filter=U'), '');
	assert.ok(existsSync(join(copy, '.git/MERGE_HEAD')), 'the merge is left for review');
	// Once merged, the histories are related: the next upgrade is an ordinary one.
	git(copy, 'commit', '-qm', 'upgrade');
	const again = upgrade(copy, 'upstream/main');
	assert.equal(again.status, 0, again.stderr);
	assert.match(again.stdout, /Already up to date/);
});
