/**
 * The content under test, read with the validator's reader and parsed with the site's schemas,
 * so tests compare pages against the files they came from: the fixture edition's for unit
 * tests, the project's own for browser tests (tests/test-edition.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byEdition } from '../src/lib/joins.ts';
import { claimSchema, sourceSchema, type ClaimData, type SourceData } from '../src/lib/schema.ts';
import { readContentFile } from '../src/validator/read-content-file.ts';
import { contentDirs } from '../src/validator/validate-project.ts';
import { contentRoot } from './test-edition.ts';

export interface Loaded<T> {
	readonly id: string;
	readonly data: T;
	readonly body: string;
}

function load<T>(dir: string, parse: (data: unknown) => T): Loaded<T>[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const result = readContentFile(join(dir, name), readFileSync(join(dir, name)));
			if (!result.ok) throw new Error(`${name}: ${result.problems[0]?.message}`);
			return {
				id: name.replace(/\.md$/, ''),
				data: parse(result.content.data),
				body: result.content.body,
			};
		});
}

/** The claims and sources (in edition order, as the site shows them) of the content under `root`. */
export function contentUnder(root: string): {
	claims: Loaded<ClaimData>[];
	sources: Loaded<SourceData>[];
} {
	return {
		claims: load(join(root, contentDirs.claims), (d) => claimSchema.parse(d)),
		sources: load(join(root, contentDirs.sources), (d) => sourceSchema.parse(d)).sort(byEdition),
	};
}

export const { claims, sources } = contentUnder(contentRoot);

/** Two words of a claim that the fewest other claims share: a search query that should find it. */
export function distinctiveWords(target: Loaded<ClaimData>): string {
	const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
	const shared = (word: string) =>
		claims.filter((c) => words(`${c.data.claim} ${c.data.summary}`).has(word)).length;
	return [...words(target.data.claim)]
		.sort((a, b) => shared(a) - shared(b) || b.length - a.length)
		.slice(0, 2)
		.join(' ');
}
