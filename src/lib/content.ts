/**
 * Every content query the pages make, in a stable order. Pages import from here (and the
 * joins re-exported below), never from astro:content directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byEdition, byNewest, type StanceOn } from './joins.ts';

export { appearedIn, citationsIn, claimsQuoting, relatedClaims, stancesOf } from './joins.ts';

export type Claim = CollectionEntry<'claims'>;
export type Source = CollectionEntry<'sources'>;
export type StanceOnClaim = StanceOn<Source>;

/** All claims, newest first. */
export async function getClaims(): Promise<Claim[]> {
	return (await getCollection('claims')).sort(byNewest);
}

/** The edition's source articles, in edition order. */
export async function getSources(): Promise<Source[]> {
	return (await getCollection('sources')).sort(byEdition);
}
