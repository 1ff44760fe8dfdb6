/**
 * A published site carries no placeholder address (src/lib/placeholders.ts): not in its settings,
 * not in a link of its claims, sources or editorial pages. A demonstration edition (`demo: true`)
 * may; its pages then leave such links out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressesIn, isPlaceholderAddress } from '../lib/placeholders.ts';
import { settingsFile, type Site } from '../lib/settings.ts';
import { settingLine } from './check-edition.ts';
import type { Diagnostic } from './diagnostics.ts';

const hint = `replace it with the real address, or set demo: true in ${settingsFile} while the site is a demonstration`;

/** The settings that hold addresses, as the settings file names them. */
function settingAddresses(site: Site): { field: string; key: string; address: string }[] {
	const list = [
		{ field: 'url', key: 'url', address: site.url },
		{ field: 'publisher.url', key: 'url', address: site.publisher.url },
		{ field: 'repository.url', key: 'repository', address: site.repository.url },
		{ field: 'contact.email', key: 'email', address: site.contact.email },
		{ field: 'contact.form', key: 'form', address: site.contact.form },
	];
	return list.filter((entry): entry is (typeof list)[number] & { address: string } =>
		Boolean(entry.address),
	);
}

export function checkPlaceholders(
	root: string,
	site: Site,
	contentFolders: readonly string[],
): Diagnostic[] {
	if (site.demo) return [];
	const problems: Diagnostic[] = [];
	for (const { field, key, address } of settingAddresses(site)) {
		if (!isPlaceholderAddress(address)) continue;
		problems.push({
			file: settingsFile,
			line: settingLine(root, key),
			column: 1,
			field,
			message: `"${address}" is a placeholder address, and the site is not a demonstration`,
			hint,
		});
	}
	for (const folder of contentFolders) {
		const dir = join(root, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir)
			.filter((n) => /\.mdx?$/.test(n))
			.sort()) {
			const file = `${folder}/${name}`;
			readFileSync(join(dir, name), 'utf8')
				.split('\n')
				.forEach((text, index) => {
					for (const { address, column } of addressesIn(text)) {
						if (!isPlaceholderAddress(address)) continue;
						problems.push({
							file,
							line: index + 1,
							column,
							field: '',
							message: `"${address}" is a placeholder address, and the site is not a demonstration`,
							hint,
						});
					}
				});
		}
	}
	return problems;
}
