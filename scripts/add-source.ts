/**
 * npm run add-source -- <source id> [--dry-run]
 * After adding content/sources/<id>.md: lists every claim that has no entry for the new article
 * and gives each a placeholder entry, which the validator refuses until an editor sets the
 * stance. Exit 0 when done (or nothing needed doing), 2 on bad input.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addStancePlaceholder } from '../src/validator/add-source.ts';
import { readSourceArticles } from '../src/validator/claim-scaffold.ts';
import { contentDirs } from '../src/lib/edition-files.ts';

const usage = `usage: npm run add-source -- <source id> [--dry-run]
  Run after writing ${contentDirs.sources}/<source id>.md: gives every claim a placeholder entry for
  the new article, to fill in with its stance. --dry-run only lists the claims.`;

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const [id, ...extra] = positionals;
	if (!id || extra.length > 0) {
		console.error(usage);
		return 2;
	}
	const root = process.cwd();
	if (!existsSync(join(root, contentDirs.sources, `${id}.md`))) {
		const known = readSourceArticles(root).map((source) => source.id);
		console.error(
			`no source file ${contentDirs.sources}/${id}.md${known.length ? `; the sources are: ${known.join(', ')}` : ''}\nWrite the source file first (CONTRIBUTING.md, "Adding a source article").`,
		);
		return 2;
	}
	const claimsDir = join(root, contentDirs.claims);
	const files = existsSync(claimsDir)
		? readdirSync(claimsDir)
				.filter((name) => name.endsWith('.md'))
				.sort()
		: [];
	const changed: string[] = [];
	for (const name of files) {
		const path = join(claimsDir, name);
		const updated = addStancePlaceholder(readFileSync(path, 'utf8'), id);
		if (updated === null) continue;
		changed.push(`${contentDirs.claims}/${name}`);
		if (!values['dry-run']) writeFileSync(path, updated);
	}
	if (changed.length === 0) {
		console.log(`Every claim already has an entry for ${id}.`);
		return 0;
	}
	console.log(
		`${changed.length} claim(s) ${values['dry-run'] ? 'need' : 'now have a placeholder'} entry for ${id}:\n${changed.map((file) => `  ${file}`).join('\n')}`,
	);
	if (!values['dry-run']) {
		console.log(
			`\nRead the new article for each claim and set its stance (and quote the passage unless it is not-mentioned).\nnpm run validate lists every entry still to fill in.`,
		);
	}
	return 0;
}

process.exitCode = main();
