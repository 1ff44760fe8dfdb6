/**
 * The validator's worst case: files built to be slow to parse (the shapes issue 19 found, and
 * others Markdown and YAML parsers are known to struggle with), each as large as the limits
 * allow, appended to a real claim and validated on their own. The goal is under a second each;
 * files over a limit are refused before parsing (check-markdown.ts, read-content-file.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimChecker } from '../../src/validator/check-claims.ts';
import { checkedSources, checkOwn } from '../../src/validator/check-each-file.ts';
import { markdownLimits } from '../../src/validator/check-markdown.ts';

/** Text of about `size` characters repeating `unit`. */
const fill = (unit: string, size = markdownLimits.characters - 2000) =>
	unit.repeat(Math.floor(size / unit.length));

/** Analyses appended to a claim's body, by name. */
const bodies: Record<string, string> = {
	'"1. " repeated': fill('1. '),
	'"> - " repeated': fill('> - '),
	'"- " on one line': fill('- '),
	'lists nested by indentation': Array.from(
		{ length: 2000 },
		(_, i) => `${' '.repeat((i % 32) * 2)}- item`,
	).join('\n'),
	'"[" repeated': fill('['),
	'"[a](" repeated': fill('[a]('),
	'"_a " repeated': fill('_a '),
	'"`" repeated': fill('`'),
	'"<" repeated': fill('< '),
	'"&#x41;" repeated': fill('&#x41;'),
	'"\\\\" repeated': fill('\\'),
	'one long line': fill('word '),
	'many short lines': fill('a\n'),
	'reference definitions': fill('[a]: https://example.com/\n'),
	'table rows': `| a | b |\n| - | - |\n${fill('| 1 | 2 |\n')}`,
	'"**" pairs within the limit': `${'**a** '.repeat(250)}\n\n${fill('a ')}`,
};

/** Frontmatter made slow to read: nested as deep as the file allows. */
const frontmatters: Record<string, (claim: string) => string> = {
	'YAML flow nesting': (claim) =>
		claim.replace(/^author: .*$/m, `author: ${'['.repeat(20_000)}${']'.repeat(20_000)}`),
	'YAML block nesting': (claim) =>
		claim.replace(/^author: .*$/m, `author:\n  ${'- '.repeat(20_000)}x`),
};

export interface HostileResult {
	/** The slowest file. */
	readonly worst: { name: string; seconds: number };
	readonly files: number;
}

/** Validate each hostile file against `root`'s sources and first claim; the slowest, in seconds. */
export function worstHostileFile(root: string): HostileResult {
	const sourcesDir = join(root, 'content/sources');
	const sources = readdirSync(sourcesDir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({
			path: `content/sources/${name}`,
			bytes: readFileSync(join(sourcesDir, name)),
		}));
	const checker = new ClaimChecker(checkedSources(sources).sources);
	const claimsDir = join(root, 'content/claims');
	const first = readdirSync(claimsDir)
		.filter((name) => name.endsWith('.md'))
		.sort()[0];
	const claim = first ? readFileSync(join(claimsDir, first), 'utf8') : '';
	const files = [
		...Object.entries(bodies).map(([name, body]) => [name, `${claim}\n${body}\n`] as const),
		...Object.entries(frontmatters).map(([name, change]) => [name, change(claim)] as const),
	];
	let worst = { name: '', seconds: 0 };
	for (const [name, text] of files) {
		const start = performance.now();
		checkOwn(`content/claims/${first}`, new TextEncoder().encode(text), checker);
		const seconds = (performance.now() - start) / 1000;
		if (seconds >= worst.seconds) worst = { name, seconds };
	}
	return { worst, files: files.length };
}
