/**
 * Edition checks: this site's own content and settings, not the engine. They run on whatever
 * edition the project holds (npm test runs them after the engine's unit tests), and ask only
 * what its settings ask (src/config/site.ts `checks`) and what every edition needs.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import settings from '../../src/config/site.ts';
import { resolveSettings } from '../../src/lib/settings.ts';
import { validateProject } from '../../src/validator/validate-project.ts';

test('every content file is valid and the edition meets the minimums its settings set', () => {
	const { problems, checked } = validateProject(process.cwd());
	assert.deepEqual(problems, []);
	// Every claim, source and translation file was read (a new edition may have none yet).
	const translations = resolveSettings(settings)
		.languages.slice(1)
		.map(({ lang }) => `content/claims/${lang}`)
		.filter((dir) => existsSync(dir));
	const files = ['content/claims', 'content/sources', ...translations].flatMap((dir) =>
		readdirSync(dir).filter((name) => name.endsWith('.md')),
	);
	assert.equal(checked, files.length);
});

test('the issue chooser links to this site and its repository', () => {
	// The chooser is a file in the repository: it names the address the settings give, not one
	// a deployment sets in the shell (CROSSCHECK_SITE_URL, as the GitHub Pages workflow does).
	delete process.env['CROSSCHECK_SITE_URL'];
	const site = resolveSettings(settings);
	const config = parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8')) as {
		contact_links: { url: string }[];
	};
	assert.deepEqual(
		config.contact_links.map((link) => link.url),
		[
			`${site.url}/methodology/`,
			`${site.repository.url}/blob/${site.repository.branch}/CONTRIBUTING.md`,
		],
	);
});
