/**
 * CONTRIBUTING.md states the validator's rules to contributors: its rating scale, stances,
 * limits and example command must stay what the code does. It is the engine's document (upgrade
 * replaces it), in English, so the scale it states is the engine's default, whatever scale the
 * edition under test has.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import en from '../../src/i18n/locales/en.ts';
import { defaultScale, ratingScale } from '../../src/lib/ratings.ts';
import { stances } from '../../src/edition/stances.ts';
import { vias } from '../../src/edition/claimants.ts';
import { markdownLimits } from '../../src/validator/check-markdown.ts';
import { maxFileBytes } from '../../src/validator/decode-text.ts';
import { contentRoot, fixtureNodeOptions } from '../test-edition.ts';

const root = process.cwd();
const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
const dictionary: Readonly<Record<string, string | undefined>> = en;
/** The engine's default scale in English, with the dictionary's labels and meanings. */
const { ratings } = ratingScale(defaultScale, 'en', (key) => dictionary[key]);

test('the default rating scale, the stances with their tests and the ways a claim appears are the ones the validator accepts, word for word', () => {
	for (const rating of ratings)
		assert.ok(
			guide.includes(`| \`${rating.id}\` | ${rating.label} | ${rating.meaning} |`),
			`rating ${rating.id}`,
		);
	for (const stance of stances)
		assert.ok(
			guide.includes(`| \`${stance.id}\` | ${stance.meaning} | ${stance.test} |`),
			`stance ${stance.id}`,
		);
	for (const via of vias)
		assert.ok(guide.includes(`| \`${via.id}\` | ${via.meaning} |`), `via ${via.id}`);
});

test("the limits it states are the validator's", () => {
	assert.ok(
		guide.includes(
			`files over ${maxFileBytes / 1024} KB, analyses over ${markdownLimits.characters / 1024} KB`,
		),
	);
	assert.ok(
		guide.includes(
			`more than ${markdownLimits.asterisks.toLocaleString('en-US')} \`*\` characters`,
		),
	);
	assert.ok(guide.includes(`nested more than ${markdownLimits.quoteDepth} deep`));
});

test('its new-claim example runs and writes a claim file', () => {
	const example = /```sh\n\s*npm run new-claim -- ([\s\S]*?)\n\s*```/.exec(guide)?.[1];
	assert.ok(example, 'no new-claim example');
	const args = [...example.replaceAll('\\\n', ' ').matchAll(/"([^"]*)"|(\S+)/g)].map(
		(m) => m[1] ?? m[2] ?? '',
	);
	const dir = mkdtempSync(join(tmpdir(), 'crosscheck-contributing-'));
	try {
		cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });
		const run = spawnSync(
			process.execPath,
			[...fixtureNodeOptions, join(root, 'scripts/new-claim.ts'), ...args],
			{ cwd: dir, encoding: 'utf8' },
		);
		assert.equal(run.status, 0, run.stderr);
		assert.equal(
			readdirSync(join(dir, 'content/claims')).length,
			readdirSync(join(contentRoot, 'content/claims')).length + 1,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
