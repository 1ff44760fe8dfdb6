/**
 * Checks of an edition as a whole, run when every file is validated: the minimums its settings
 * ask for (src/config/site.ts `checks`), and editorial pages that exist and hold no placeholder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathWordKeys, type PathWords } from '../lib/routes.ts';
import type { Site } from '../lib/settings.ts';
import { settingsFile } from '../lib/settings.ts';
import type { ClaimIdentity } from './check-claims.ts';
import { placeholderMarker } from './check-text.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';

/** The editorial pages every edition publishes (the header and footer link to them), in content/pages/. */
export const requiredPages = ['about', 'methodology'] as const;

/** The line of the settings file that sets `key`, so a problem points at the setting to change. */
export function settingLine(root: string, key: string): number {
	const path = join(root, settingsFile);
	if (!existsSync(path)) return 1;
	const index = readFileSync(path, 'utf8')
		.split('\n')
		.findIndex((line) => new RegExp(`\\b${key}\\s*:`).test(line));
	return index + 1 || 1;
}

/** Whether the edition meets the minimums its settings set. */
export function checkMinimums(
	root: string,
	checks: Site['checks'],
	sourceFiles: readonly { id: string; file: string }[],
	claims: readonly ClaimIdentity[],
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const { minClaims, minClaimsPerSource } = checks;
	if (minClaims !== undefined && claims.length < minClaims) {
		problems.push({
			file: settingsFile,
			line: settingLine(root, 'minClaims'),
			column: 1,
			field: 'checks.minClaims',
			message: `the edition has ${claims.length} claim(s); its settings ask for at least ${minClaims}`,
			hint: `check more claims, or lower checks.minClaims in ${settingsFile}`,
		});
	}
	if (minClaimsPerSource !== undefined) {
		for (const { id, file } of sourceFiles) {
			const count = claims.filter((claim) => claim.appeared === id).length;
			if (count >= minClaimsPerSource) continue;
			problems.push({
				file,
				line: 1,
				column: 1,
				field: 'checks.minClaimsPerSource',
				message: `${count} claim(s) appeared in this article; the edition's settings ask for at least ${minClaimsPerSource}`,
				hint: `check more claims whose appeared.source is "${id}", or lower checks.minClaimsPerSource in ${settingsFile}`,
			});
		}
	}
	return problems;
}

/**
 * No editorial page takes a section's address: content/pages/<word>.mdx would be served at the
 * same /<word>/ as the section the settings' `paths` give that word.
 */
export function checkPageAddresses(root: string, pagesDir: string, words: PathWords): Diagnostic[] {
	return pathWordKeys.flatMap((key) => {
		const file = `${pagesDir}/${words[key]}.mdx`;
		return existsSync(join(root, file))
			? [
					{
						file,
						line: 1,
						column: 1,
						field: '',
						message: `the editorial page ${words[key]}.mdx takes the address /${words[key]}/ of the site's ${key} (paths.${key})`,
						hint: `rename the page, or give the ${key} another word with paths.${key} in ${settingsFile}`,
					},
				]
			: [];
	});
}

/**
 * Every required editorial page exists, and none still holds a template's placeholder, unless
 * the edition is a demonstration (`demo: true`), as `npm run new-site` starts one.
 */
export function checkEditorialPages(root: string, pagesDir: string, demo = false): Diagnostic[] {
	const problems: Diagnostic[] = [];
	for (const name of requiredPages) {
		const file = `${pagesDir}/${name}.mdx`;
		if (!existsSync(join(root, file))) {
			problems.push({
				file,
				line: 1,
				column: 1,
				field: '',
				message: `the editorial page ${name}.mdx is missing`,
				hint: `every edition publishes /${name}/: write ${file} (npm run new-site writes a template)`,
			});
		}
	}
	problems.push(...checkPagePlaceholders(root, pagesDir, demo));
	return problems;
}

/** A placeholder left in an editorial page in `pagesDir` (not its subfolders), unless the edition is a demonstration. */
export function checkPagePlaceholders(root: string, pagesDir: string, demo = false): Diagnostic[] {
	if (demo || !existsSync(join(root, pagesDir))) return [];
	const problems: Diagnostic[] = [];
	const pages = readdirSync(join(root, pagesDir), { withFileTypes: true })
		// Links and special files are reported by the validator and never read through.
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => entry.name)
		.sort();
	for (const name of pages) {
		const file = `${pagesDir}/${name}`;
		readFileSync(join(root, file), 'utf8')
			.split('\n')
			.forEach((text, index) => {
				const column = text.indexOf(placeholderMarker);
				if (column >= 0) {
					problems.push({
						file,
						line: index + 1,
						column: column + 1,
						field: '',
						message: `the page still holds a placeholder: ${quoted(text.slice(column).trim())}`,
						hint: `replace the TODO with your text before publishing (a demonstration edition, demo: true in ${settingsFile}, may keep it)`,
					});
				}
			});
	}
	return problems;
}
