/**
 * The files in .github/ that run the validator on pull requests and publish the site: they
 * parse, and hold the structure CI depends on. GitHub reads them only once they are pushed,
 * so a mistake here would otherwise show up as a pull request that nobody checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { projectCacheDir } from '../../src/lib/cache-dir.ts';

const root = process.cwd();

function readYaml(path: string): Record<string, unknown> {
	const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { prettyErrors: false });
	assert.deepEqual(
		[...doc.errors, ...doc.warnings].map((e) => e.message),
		[],
		`${path} is not clean YAML`,
	);
	const data = doc.toJS() as unknown;
	assert.ok(data !== null && typeof data === 'object', `${path} holds no mapping`);
	return data as Record<string, unknown>;
}

interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string;
	if?: string;
	permissions?: Record<string, string>;
	steps: Step[];
}

const workflow = readYaml('.github/workflows/ci.yml');
const jobs = workflow['jobs'] as Record<string, Job>;
const check = jobs['check'];
const deploy = jobs['deploy'];
const onMainPush = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

test('the workflow runs on pull requests and on pushes to main, never with pull_request_target', () => {
	const on = workflow['on'] as Record<string, unknown>;
	assert.ok('pull_request' in on);
	assert.deepEqual((on['push'] as { branches: string[] }).branches, ['main']);
	assert.equal('pull_request_target' in on, false);
	assert.deepEqual(workflow['permissions'], { contents: 'read' });
});

/** The npm scripts a command line runs: `npm run x`, `npm test`. */
const npmScripts = (command: string) =>
	[...command.matchAll(/\bnpm (?:run ([\w:-]+)|(test)\b)/g)].map((m) => (m[1] ?? m[2]) as string);

const packageScripts = (
	JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	}
).scripts;

test('every npm script the workflow runs exists in package.json', () => {
	const called = Object.values(jobs).flatMap((job) =>
		job.steps.flatMap((step) => npmScripts(step.run ?? '')),
	);
	assert.ok(called.length > 0, 'the workflow runs no npm script');
	for (const script of called)
		assert.ok(packageScripts[script], `package.json has no "${script}" script`);
});

test('the check job runs everything npm test runs, in the same order, and validates the content first', () => {
	assert.ok(check, 'no check job');
	const testParts = npmScripts(packageScripts['test'] ?? '');
	assert.ok(testParts.length > 0, 'npm test runs no npm script');
	const runs = check.steps.flatMap((step) => npmScripts(step.run ?? ''));
	const at = testParts.map((script) => {
		const index = runs.indexOf(script);
		assert.ok(index >= 0, `the check job does not run "npm run ${script}", which npm test runs`);
		return index;
	});
	assert.deepEqual(
		at,
		[...at].sort((a, b) => a - b),
		"the check job runs npm test's parts out of order",
	);
	assert.ok(runs.indexOf('validate') >= 0 && runs.indexOf('validate') < Math.min(...at));
	const checkout = check.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
	assert.equal(checkout?.with?.['fetch-depth'], 0, 'validate --base needs the full history');
});

test('CI runs the full browser suite on the Spanish base-path edition, the two-language edition and the edition with its own rating scale', () => {
	/** The fixture editions a command line runs the browser suite on, in order. */
	const editionRuns = (script: string) =>
		[...script.matchAll(/^\s*(?:run: )?npm run test:e2e:edition -- (\S+)$/gm)].map((m) => m[1]);
	const expected = ['es-one', 'two-languages', 'three-sources'];
	assert.deepEqual(
		check!.steps.flatMap((step) => editionRuns(step.run ?? '')),
		expected,
		'.github/workflows/ci.yml',
	);
	assert.deepEqual(editionRuns(readFileSync(join(root, '.ci/run'), 'utf8')), expected, '.ci/run');
});

test('the check job restores the caches the build writes, after installing and before building', () => {
	const restore = check!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
	assert.ok(restore, 'no cache step');
	const cached = String(restore.with?.['path']).trim().split('\n');
	assert.ok(
		cached.includes(relative(root, projectCacheDir(root)).split(sep).join('/')),
		`the cache step does not keep ${relative(root, projectCacheDir(root))}`,
	);
	const runs = check!.steps.map((step) => npmScripts(step.run ?? ''));
	const index = (script: string) => runs.findIndex((scripts) => scripts.includes(script));
	const cacheAt = check!.steps.indexOf(restore);
	assert.ok(
		check!.steps.findIndex((step) => /\bnpm (install|ci)\b/.test(step.run ?? '')) < cacheAt &&
			cacheAt < index('build'),
	);
});

test('on main, the build takes its address, path included, from GitHub Pages', () => {
	const pages = check?.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
	assert.equal(pages?.if, onMainPush);
	const derive = check?.steps.find((s) => s.run?.includes('CROSSCHECK_SITE_URL'));
	assert.equal(derive?.if, `steps.${pages?.id}.outputs.base_url`);
	assert.equal(derive?.env?.['PAGES_URL'], '${{ steps.pages.outputs.base_url }}');
	assert.match(derive?.run ?? '', />> "\$GITHUB_ENV"$/);
});

test('only a push to main uploads the tested build and deploys it to GitHub Pages', () => {
	const upload = check?.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
	assert.equal(upload?.if, onMainPush);
	assert.equal(upload?.with?.['path'], 'dist');
	assert.ok(deploy, 'no deploy job');
	assert.equal(deploy.needs, 'check');
	assert.equal(deploy.if, onMainPush);
	assert.deepEqual(deploy.permissions, { pages: 'write', 'id-token': 'write' });
	assert.ok(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
});

test('the issue form asks for the claim, the claimant, the source article and why, naming no edition', () => {
	const form = readYaml('.github/ISSUE_TEMPLATE/suggest-a-claim.yml');
	assert.ok(form['name'] && form['description']);
	const body = form['body'] as {
		type: string;
		id?: string;
		attributes: { options?: unknown[] };
		validations?: { required?: boolean };
	}[];
	for (const id of ['claim', 'claimant', 'source', 'why']) {
		assert.equal(
			body.find((field) => field.id === id)?.validations?.required,
			true,
			`${id} is not a required field`,
		);
	}
	// Free text: the form is the engine's, and serves any edition's sources.
	assert.equal(body.find((field) => field.id === 'source')?.type, 'input');
});

test('the pull-request checklist asks for validation and an update entry for a changed verdict', () => {
	// The template is the edition's, in its language (new-site writes it): the checklist's items are
	// read by the commands and fields they name, not by their words.
	const template = readFileSync(join(root, '.github/pull_request_template.md'), 'utf8');
	const items = template.split('\n').filter((line) => line.startsWith('- [ ] '));
	assert.ok(items.some((item) => item.includes('`npm run validate`')));
	assert.ok(items.some((item) => item.includes('`updates`')));
});

test("a pull request is judged by the base branch's validator, checked out beside it", () => {
	assert.ok(check, 'no check job');
	// tests/unit/ci-base-validator.test.ts tests the script itself.
	const baseCheckout = check.steps.find(
		(s) => s.uses?.startsWith('actions/checkout@') && s.with?.['ref'] === '${{ github.base_ref }}',
	);
	assert.ok(baseCheckout, "no step checks out the base branch's validator");
	const validate = check.steps.find(
		(s) =>
			s.if === "github.event_name == 'pull_request'" &&
			s.run?.startsWith('scripts/ci/validate-with-base.sh'),
	);
	assert.equal(
		validate?.run,
		`scripts/ci/validate-with-base.sh ${String(baseCheckout.with?.['path'])} "origin/$BASE_REF" --format github`,
	);
	assert.equal(validate?.env?.['BASE_REF'], '${{ github.base_ref }}');
});
