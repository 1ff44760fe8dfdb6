/** An editorial page may not take a section's address: the validator names the page and the setting. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultPathWords } from '../../src/lib/routes.ts';
import { checkPageAddresses } from '../../src/validator/check-edition.ts';

const root = mkdtempSync(join(tmpdir(), 'crosscheck-page-addresses-'));
after(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/pages'), { recursive: true });
for (const page of ['about', 'methodology', 'notas'])
	writeFileSync(join(root, 'content/pages', `${page}.mdx`), `# ${page}\n`);

test('a page whose name is a section word is refused, at the page, naming the setting', () => {
	const words = { ...defaultPathWords, sources: 'notas' };
	assert.deepEqual(checkPageAddresses(root, 'content/pages', words), [
		{
			file: 'content/pages/notas.mdx',
			line: 1,
			column: 1,
			field: '',
			message:
				"the editorial page notas.mdx takes the address /notas/ of the site's sources (paths.sources)",
			hint: 'rename the page, or give the sources another word with paths.sources in src/config/site.ts',
		},
	]);
	assert.deepEqual(checkPageAddresses(root, 'content/pages', defaultPathWords), []);
});
