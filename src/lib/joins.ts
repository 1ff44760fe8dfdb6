/**
 * Joins between claims and source articles: plain functions over entries shaped like
 * Astro's collection entries, so they run (and are tested) outside Astro too.
 */
import type { Citation } from './highlight.ts';
import type { PassageIndex } from './passages.ts';
import type { ClaimData, SourceData, SourceStance } from './schema.ts';
import type { Rating } from './ratings.ts';
import { silentStance } from './stances.ts';

export interface ClaimEntry {
	readonly id: string;
	readonly data: ClaimData;
}

export interface SourceEntry {
	readonly id: string;
	readonly data: SourceData;
	readonly body?: string;
}

/** A source article's stance on a claim, joined to the article. */
export interface StanceOn<S extends SourceEntry> extends SourceStance {
	readonly article: S;
}

/** Newest first; ties broken by last update, then by id, so the order never depends on the file system. */
export function byNewest(a: ClaimEntry, b: ClaimEntry): number {
	return (
		compareDays(b.data.published, a.data.published) ||
		compareDays(b.data.updated, a.data.updated) ||
		idOrder.compare(a.id, b.id)
	);
}

/** YYYY-MM-DD days sort as plain strings; no locale rules are needed (or paid for, 10,000 claims a sort). */
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order localeCompare gives ids, with the collator made once. */
const idOrder = new Intl.Collator();

/** Edition order: by the articles' seed files where they have them, then oldest first (undated last), then by id. */
export function byEdition(a: SourceEntry, b: SourceEntry): number {
	const day = (source: SourceEntry) =>
		source.data.published === 'not stated' ? '\uffff' : source.data.published;
	return (
		(a.data.seed ?? '').localeCompare(b.data.seed ?? '') ||
		compareDays(day(a), day(b)) ||
		idOrder.compare(a.id, b.id)
	);
}

/** The claim's entry for every source article, in the articles' order. Throws if one is missing (the validator reports it first). */
export function stancesOf<S extends SourceEntry>(
	claim: ClaimEntry,
	sources: readonly S[],
): StanceOn<S>[] {
	return sources.map((article) => {
		const entry = claim.data.sources.find((s) => s.source === article.id);
		if (!entry)
			throw new Error(`content/claims/${claim.id}.md: sources has no entry for "${article.id}"`);
		return { ...entry, article };
	});
}

/** The source article a claim appeared in. */
export function appearedIn<S extends SourceEntry>(claim: ClaimEntry, sources: readonly S[]): S {
	const source = sources.find((s) => s.id === claim.data.appeared.source);
	if (!source)
		throw new Error(
			`content/claims/${claim.id}.md: appeared.source "${claim.data.appeared.source}" is not a source article`,
		);
	return source;
}

/** Claims that quote this article, in the order given. */
export function claimsQuoting<C extends ClaimEntry>(
	source: SourceEntry,
	claims: readonly C[],
): C[] {
	return claims.filter((claim) =>
		claim.data.sources.some((s) => s.source === source.id && s.stance !== silentStance),
	);
}

/** How many claims a listing holds in all, by verdict and by the source articles that speak to them. */
export interface ClaimCounts<S extends SourceEntry> {
	readonly total: number;
	readonly byVerdict: readonly { readonly rating: Rating; readonly count: number }[];
	readonly bySource: readonly { readonly source: S; readonly count: number }[];
}

/** Count once per build what every page of a listing shows; `ratings`: the scale in the site's language. */
export function claimCounts<S extends SourceEntry>(
	claims: readonly ClaimEntry[],
	sources: readonly S[],
	ratings: readonly Rating[],
): ClaimCounts<S> {
	return {
		total: claims.length,
		byVerdict: ratings.map((rating) => ({
			rating,
			count: claims.filter((c) => c.data.verdict === rating.id).length,
		})),
		bySource: sources.map((source) => ({ source, count: claimsQuoting(source, claims).length })),
	};
}

/** Where each claim's quote stands in the article's archived text (`passages` indexes it). Throws on a quote that is not there. */
export function citationsIn(
	source: SourceEntry,
	claims: readonly ClaimEntry[],
	passages: PassageIndex,
): Citation[] {
	return claimsQuoting(source, claims).map((claim) => {
		const quote = claim.data.sources.find((s) => s.source === source.id)?.quote ?? '';
		const span = passages.find(quote);
		if (!span)
			throw new Error(
				`content/claims/${claim.id}.md: quote for "${source.id}" is not in its archived text`,
			);
		return { claimId: claim.id, span };
	});
}

/**
 * Claims most related to a claim: those the same articles speak to, and that appeared in the
 * same article; best first, ties newest first. Build the finder once per build: it groups
 * claims by which articles speak to them, so each lookup scores a handful of groups instead
 * of every claim (the naive way is quadratic, and dominated a 10,000-claim build).
 */
export function relatedClaimsFinder<C extends ClaimEntry>(
	claims: readonly C[],
): (claim: ClaimEntry, limit?: number) => C[] {
	const speaking = (c: ClaimEntry) =>
		c.data.sources
			.filter((s) => s.stance !== silentStance)
			.map((s) => s.source)
			.sort();
	const groups = new Map<string, { speaking: Set<string>; appeared: string; members: C[] }>();
	for (const claim of [...claims].sort(byNewest)) {
		const ids = speaking(claim);
		const key = `${claim.data.appeared.source}|${ids.join(',')}`;
		const group = groups.get(key) ?? {
			speaking: new Set(ids),
			appeared: claim.data.appeared.source,
			members: [],
		};
		group.members.push(claim);
		groups.set(key, group);
	}
	return (claim, limit = 4) => {
		const mine = speaking(claim);
		const scored = [...groups.values()]
			.map((group) => ({
				group,
				score:
					mine.filter((id) => group.speaking.has(id)).length +
					(group.appeared === claim.data.appeared.source ? 1 : 0),
			}))
			.filter(({ score }) => score > 0);
		// Only the first limit + 1 of each group can make the cut (one of them may be the claim itself).
		return scored
			.flatMap(({ group, score }) =>
				group.members.slice(0, limit + 1).map((other) => ({ other, score })),
			)
			.filter(({ other }) => other.id !== claim.id)
			.sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
			.slice(0, limit)
			.map(({ other }) => other);
	};
}
