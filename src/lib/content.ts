/**
 * Every content query the pages make: claims and sources in a stable order, and the joins
 * between them. Pages import from here, never from astro:content directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Citation } from './highlight.ts';
import { PassageIndex } from './passages.ts';
import type { SourceStance } from './schema.ts';
import { silentStance } from './stances.ts';

export type Claim = CollectionEntry<'claims'>;
export type Source = CollectionEntry<'sources'>;

/** A source article's stance on a claim, joined to the article. */
export interface StanceOnClaim extends SourceStance {
	readonly article: Source;
}

/** Newest first; ties broken by last update, then by id, so the order never depends on the file system. */
export function byNewest(a: Claim, b: Claim): number {
	return b.data.published.localeCompare(a.data.published) || b.data.updated.localeCompare(a.data.updated) || a.id.localeCompare(b.id);
}

/** All claims, newest first. */
export async function getClaims(): Promise<Claim[]> {
	return (await getCollection('claims')).sort(byNewest);
}

/** The edition's source articles, in edition order (the order of their seed files). */
export async function getSources(): Promise<Source[]> {
	return (await getCollection('sources')).sort((a, b) => a.data.seed.localeCompare(b.data.seed));
}

/** The claim's entry for every source article, in edition order. Throws if one is missing (the validator reports it first). */
export function stancesOf(claim: Claim, sources: readonly Source[]): StanceOnClaim[] {
	return sources.map((article) => {
		const entry = claim.data.sources.find((s) => s.source === article.id);
		if (!entry) throw new Error(`content/claims/${claim.id}.md: sources has no entry for "${article.id}"`);
		return { ...entry, article };
	});
}

/** The source article a claim appeared in. */
export function appearedIn(claim: Claim, sources: readonly Source[]): Source {
	const source = sources.find((s) => s.id === claim.data.appeared.source);
	if (!source) throw new Error(`content/claims/${claim.id}.md: appeared.source "${claim.data.appeared.source}" is not a source article`);
	return source;
}

/** Claims that quote this article, newest first. */
export function claimsQuoting(source: Source, claims: readonly Claim[]): Claim[] {
	return claims.filter((claim) => claim.data.sources.some((s) => s.source === source.id && s.stance !== silentStance));
}

/** Where each claim's quote stands in the article's archived text. Throws on a quote that is not there. */
export function citationsIn(source: Source, claims: readonly Claim[]): Citation[] {
	const passages = new PassageIndex(source.body ?? '');
	return claimsQuoting(source, claims).map((claim) => {
		const quote = claim.data.sources.find((s) => s.source === source.id)?.quote ?? '';
		const span = passages.find(quote);
		if (!span) throw new Error(`content/claims/${claim.id}.md: quote for "${source.id}" is not in its archived text`);
		return { claimId: claim.id, span };
	});
}

/**
 * Claims most related to this one: those that the same articles speak to, and that
 * appeared in the same article. At most `limit`, best first.
 */
export function relatedClaims(claim: Claim, claims: readonly Claim[], limit = 4): Claim[] {
	const speaking = (c: Claim) => new Set(c.data.sources.filter((s) => s.stance !== silentStance).map((s) => s.source));
	const mine = speaking(claim);
	return claims
		.filter((other) => other.id !== claim.id)
		.map((other) => {
			const shared = [...speaking(other)].filter((id) => mine.has(id)).length;
			const sameArticle = other.data.appeared.source === claim.data.appeared.source ? 1 : 0;
			return { other, score: shared + sameArticle };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
		.slice(0, limit)
		.map(({ other }) => other);
}
