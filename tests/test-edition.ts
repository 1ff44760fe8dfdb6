/**
 * Which edition a test runs against. Unit tests (started with tests/edition-hooks.ts) use a
 * fixture edition under tests/editions/; browser tests check the site the project built, so
 * they read the project's own content/.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The fixture edition unit tests use: tests/editions/<name>/ with content/ and site.ts. */
export const fixtureEdition = process.env['CROSSCHECK_TEST_EDITION'] ?? 'reference';

/** Folder of a fixture edition. */
export const fixtureDir = (name: string) => join(import.meta.dirname, 'editions', name);

/** The fixture edition's settings file. */
export const editionSettingsFile = join(fixtureDir(fixtureEdition), 'site.ts');

/** Node options that run a script against the fixture edition too, from any working folder. */
export const fixtureNodeOptions = [
	'--import',
	pathToFileURL(join(import.meta.dirname, 'edition-hooks.ts')).href,
];

/** Where the content under test is: the fixture edition for unit tests, the project for browser tests. */
export const contentRoot =
	process.env['CROSSCHECK_TEST_LEVEL'] === 'unit' ? fixtureDir(fixtureEdition) : process.cwd();
