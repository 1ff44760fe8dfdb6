/**
 * Loaded with `node --import` by the unit tests: engine tests run against a fixture edition
 * (tests/editions/<name>/, "reference" unless CROSSCHECK_TEST_EDITION names another), never
 * against the edition the project publishes. The edition's settings module is swapped for the
 * fixture's, and tests read content from the fixture (tests/test-edition.ts).
 */
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env['CROSSCHECK_TEST_LEVEL'] = 'unit';
// A deployment address in the shell (CROSSCHECK_SITE_URL, as CI sets it to build the project's
// own edition for GitHub Pages) is not the fixture's: its settings say where it lives.
delete process.env['CROSSCHECK_SITE_URL'];
const { editionSettingsFile } = await import('./test-edition.ts');

const published = pathToFileURL(join(import.meta.dirname, '../src/config/site.ts')).href;
const fixture = pathToFileURL(editionSettingsFile).href;

registerHooks({
	resolve(specifier, context, nextResolve) {
		const resolved = nextResolve(specifier, context);
		return resolved.url === published ? { ...resolved, url: fixture } : resolved;
	},
});
