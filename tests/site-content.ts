/**
 * The content under test, read with the validator's reader and parsed with the site's schemas,
 * so tests compare pages against the files they came from: the fixture edition's for unit
 * tests, the project's own for browser tests (tests/test-edition.ts).
 */
import { contentUnder, type Loaded } from '../scripts/lib/content-files.ts';
import type { ClaimData } from '../src/lib/schema.ts';
import { contentRoot } from './test-edition.ts';

export const { claims, sources, records } = contentUnder(contentRoot);

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
