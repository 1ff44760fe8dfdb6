/**
 * Claimant pages: the claims of each person or organization, merged under one page where the
 * edition's claimant list (content/claimants.yml) gives other names for it, and one shared page
 * for websites that name no one behind them. Plain functions over entries shaped like Astro's
 * collection entries, so they run (and are tested) outside Astro.
 */
import { unidentified, type ClaimantType } from './claimants.ts';
import type { ClaimEntry } from './joins.ts';
import type { ClaimantEntryData } from './schema.ts';

export interface ClaimantListEntry {
	readonly id: string;
	readonly data: ClaimantEntryData;
}

/** The page id shared by every claim whose claimant is an unidentified website. */
export const unidentifiedPageId = 'unidentified-websites';

export interface ClaimantPage<C extends ClaimEntry> {
	/** The page's id: /claimants/<id>/. */
	readonly id: string;
	/** The name the page shows; for unidentified websites, the name passed in. */
	readonly name: string;
	/** The claimant's type, as its newest claim gives it. */
	readonly type: ClaimantType;
	/** Profiles elsewhere, from the claimant list. */
	readonly sameAs: readonly string[];
	/** Its claims, in the order given (newest first, when the claims are). */
	readonly claims: readonly C[];
}

/** A name as a URL id: lowercase ASCII letters and digits, accents dropped ("Nicolás" is "nicolas"). */
export function nameSlug(name: string): string {
	const full = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	// A long name is cut at a word's end, within 80 characters.
	const slug = full.length <= 80 ? full : full.slice(0, 81).replace(/-[^-]*$/, '');
	if (slug.length > 0) return slug;
	// A name in a script with no Latin letters: a stable id from its characters.
	let hash = 0;
	for (const char of name) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
	return `claimant-${hash.toString(36)}`;
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** Where a claimant's page is, and their profiles elsewhere. */
export interface ClaimantProfile {
	/** The page's id: /claimants/<id>/. */
	readonly id: string;
	readonly sameAs: readonly string[];
}

/**
 * Which page a claim's claimant belongs on: the list entry that gives its name (as its name or
 * an alias), else the page named after it; unidentified websites all share one.
 */
export function claimantPageFinder(
	list: readonly ClaimantListEntry[],
): (claimant: {
	readonly name?: string | undefined;
	readonly type: ClaimantType;
}) => ClaimantProfile {
	const byName = new Map<string, ClaimantListEntry>();
	for (const entry of list)
		for (const name of [entry.data.name, ...entry.data.aliases]) byName.set(nameKey(name), entry);
	return (claimant) => {
		// Only an unidentified website may go unnamed (the schema says so).
		if (claimant.type === unidentified || claimant.name === undefined)
			return { id: unidentifiedPageId, sameAs: [] };
		const entry = byName.get(nameKey(claimant.name));
		return entry
			? { id: entry.id, sameAs: entry.data.sameAs }
			: { id: nameSlug(claimant.name), sameAs: [] };
	};
}

/** Every claimant's page, most-checked first, then by name. */
export function claimantPages<C extends ClaimEntry>(
	claims: readonly C[],
	list: readonly ClaimantListEntry[],
	unidentifiedName: string,
): ClaimantPage<C>[] {
	const pageOf = claimantPageFinder(list);
	const groups = new Map<string, C[]>();
	for (const claim of claims) {
		const { id } = pageOf(claim.data.claimant);
		groups.set(id, [...(groups.get(id) ?? []), claim]);
	}
	const entries = new Map(list.map((entry) => [entry.id, entry.data]));
	const names = new Intl.Collator();
	return [...groups]
		.map(([id, members]) => {
			const [newest] = members as [C, ...C[]];
			const entry = entries.get(id);
			return {
				id,
				name:
					id === unidentifiedPageId
						? unidentifiedName
						: (entry?.name ?? newest.data.claimant.name ?? unidentifiedName),
				type: newest.data.claimant.type,
				sameAs: entry?.sameAs ?? [],
				claims: members,
			};
		})
		.sort((a, b) => b.claims.length - a.claims.length || names.compare(a.name, b.name));
}
