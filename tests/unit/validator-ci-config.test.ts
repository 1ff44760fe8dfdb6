/**
 * The files in .github/ that run the validator on pull requests and publish the site: they
 * parse, and hold the structure CI depends on. GitHub reads them only once they are pushed,
 * so a mistake here would otherwise show up as a pull request that nobody checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';

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

test('the check job validates with annotations against the target branch, then tests and builds', () => {
	assert.ok(check, 'no check job');
	const checkout = check.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
	assert.equal(checkout?.with?.['fetch-depth'], 0, '--base needs the full history');
	const runs = check.steps.map((s) => s.run ?? '');
	const order = [
		'npm install',
		'npm run validate',
		'npm run test:unit',
		'npm run test:edition',
		'CROSSCHECK_SITE_URL',
		'npm run build',
		'playwright install --with-deps chromium',
		'npm run test:e2e',
	].map((command) => {
		const at = runs.findIndex((run) => run.includes(command));
		assert.ok(at >= 0, `no step runs ${command}`);
		return at;
	});
	assert.deepEqual(
		order,
		[...order].sort((a, b) => a - b),
		'steps out of order',
	);

	// A pull request is judged by the base branch's validator, checked out beside it
	// (tests/unit/ci-base-validator.test.ts tests the script itself).
	const validate = check.steps.find(
		(s) =>
			s.if === "github.event_name == 'pull_request'" &&
			s.run?.startsWith('scripts/ci/validate-with-base.sh'),
	);
	const baseCheckout = check.steps.find(
		(s) => s.uses?.startsWith('actions/checkout@') && s.with?.['ref'] === '${{ github.base_ref }}',
	);
	assert.ok(baseCheckout, "no step checks out the base branch's validator");
	assert.equal(
		validate?.run,
		`scripts/ci/validate-with-base.sh ${String(baseCheckout.with?.['path'])} "origin/$BASE_REF" --format github`,
	);
	assert.equal(validate?.env?.['BASE_REF'], '${{ github.base_ref }}');
	assert.ok(
		check.steps.some(
			(s) =>
				s.if === "github.event_name != 'pull_request'" &&
				s.run === 'npm run validate -- --format github',
		),
	);

	const scripts = (
		JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
			scripts: Record<string, string>;
		}
	).scripts;
	for (const script of ['validate', 'test:unit', 'test:edition', 'build', 'test:e2e'])
		assert.ok(scripts[script], `package.json has no "${script}" script`);
});

test('the check job restores the build caches after installing and before building', () => {
	const names = check!.steps.map((step) => step.name);
	const restore = check!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
	assert.ok(restore, 'no cache step');
	assert.deepEqual(String(restore.with?.['path']).trim().split('\n'), [
		'node_modules/.astro',
		'node_modules/.cache/crosscheck',
	]);
	assert.ok(
		names.indexOf('Install') < names.indexOf(restore.name) &&
			names.indexOf(restore.name) < names.indexOf('Build'),
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
	const template = readFileSync(join(root, '.github/pull_request_template.md'), 'utf8');
	assert.match(template, /- \[ \] `npm run validate` passes/);
	assert.match(template, /- \[ \] If a verdict or summary changed: a new entry in `updates`/);
});
