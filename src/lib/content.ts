/**
 * Every content query the pages make, in a stable order. Pages import from here (and the
 * joins re-exported below), never from astro:content directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Citation } from './highlight.ts';
import {
	byEdition,
	byNewest,
	citationsIn as locateCitations,
	stancesOf,
	type StanceOn,
} from './joins.ts';
import { PassageIndex, type Span } from './passages.ts';
import { claimantPageFinder, claimantPages, type ClaimantPage } from './claimant-pages.ts';
import { topicIn, type Topic } from './topics.ts';
import { correctionEntries, type CorrectionEntry } from './corrections.ts';
import { hasList, hasRecords } from './edition-files.ts';
import { translationFiles } from './translation-loader.ts';

export {
	appearedIn,
	claimCounts,
	claimsQuoting,
	relatedClaimsFinder,
	type ClaimCounts,
} from './joins.ts';

export type Claim = CollectionEntry<'claims'>;
export type Source = CollectionEntry<'sources'>;
/** What a withdrawn or renamed check left at its old id: not a claim, and listed nowhere claims are. */
export type CheckRecord = CollectionEntry<'records'>;
export type ClaimantListing = ClaimantPage<Claim>;

/** A source's stance on a claim, with where its quote stands in the archived text. */
export interface StanceOnClaim extends StanceOn<Source> {
	readonly span?: Span | undefined;
}

const newestFirst = async () => (await getCollection('claims')).sort(byNewest);
/** A build's claims, sorted once: every route's getStaticPaths() asks (a second of sorting at 10,000 claims). */
let sortedForBuild: Promise<Claim[]> | undefined;

/** All claims, newest first (a new array each call; in a build, sorted once). */
export async function getClaims(): Promise<Claim[]> {
	// The dev server reads the claims again on each request, since they change under it.
	if (!import.meta.env.PROD) return newestFirst();
	sortedForBuild ??= newestFirst();
	return [...(await sortedForBuild)];
}

/** A check's translation into one of the site's further languages (content/claims/<lang>/<id>.md). */
export type Translation = CollectionEntry<'translations'>;

/**
 * Every translation into the languages `langs` (the site's further languages), by language and
 * check. None are read on a site without them: Astro warns on every read of an empty collection.
 */
export async function getTranslations(langs: readonly string[]): Promise<Translation[]> {
	if (translationFiles('.', langs).length === 0) return [];
	return getCollection('translations');
}

/** The edition's source articles, in edition order. */
export async function getSources(): Promise<Source[]> {
	return (await getCollection('sources')).sort(byEdition);
}

/** The edition's topics in the site's language (`lang`), by title. */
export async function getTopics(lang: string): Promise<Topic[]> {
	if (!hasList('.', 'topics')) return [];
	const titleOrder = new Intl.Collator(lang);
	return (await getCollection('topics'))
		.map((entry) => topicIn(entry, lang))
		.sort((a, b) => titleOrder.compare(a.title, b.title));
}

/** The claimant entries of content/claimants.yml, by id in the site's language (`lang`). */
async function getClaimantList(lang: string) {
	if (!hasList('.', 'claimants')) return [];
	const titleOrder = new Intl.Collator(lang);
	return (await getCollection('claimants')).sort((a, b) => titleOrder.compare(a.id, b.id));
}

/**
 * Every claimant's page, with its claims newest first; `lang` orders the list, and
 * `unidentifiedName` names the page of claims by unidentified websites.
 */
export async function getClaimantPages(
	lang: string,
	unidentifiedName: string,
): Promise<ClaimantListing[]> {
	const [claims, list] = await Promise.all([getClaims(), getClaimantList(lang)]);
	return claimantPages(claims, list, unidentifiedName);
}

/** The claimant page a claim's claimant belongs on; `lang` as for getClaimantPages. */
export async function getClaimantPageFinder(lang: string) {
	return claimantPageFinder(await getClaimantList(lang));
}

/** The records of withdrawn and renamed checks, by id (none where the edition keeps no content/records/). */
export async function getRecords(): Promise<CheckRecord[]> {
	if (!hasRecords('.')) return [];
	return (await getCollection('records')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * What a withdrawn or renamed check's embeds (card, oEmbed, badge) serve at its old id, where
 * other sites pasted them before: the claim a renamed check now lives in, or the record of a
 * withdrawn one.
 */
export type RecordEmbed =
	| { readonly id: string; readonly claim: Claim; readonly record?: undefined }
	| { readonly id: string; readonly claim?: undefined; readonly record: CheckRecord };

/** The embeds of withdrawn and renamed checks, at their old ids. */
export function recordEmbeds(
	records: readonly CheckRecord[],
	claims: readonly Claim[],
): RecordEmbed[] {
	const byId = new Map(claims.map((claim) => [claim.id, claim]));
	return records.flatMap((record): RecordEmbed[] => {
		const { renamedTo } = record.data;
		if (renamedTo === undefined) return [{ id: record.id, record }];
		const claim = byId.get(renamedTo);
		// The validator refuses such a record: reaching here, the content was not validated.
		if (!claim)
			throw new Error(`${record.id} was renamed to ${renamedTo}, but there is no such claim`);
		return [{ id: record.id, claim }];
	});
}

/** Every entry of every check's update log, withdrawn and renamed checks' included, newest first. */
export async function getCorrections(): Promise<CorrectionEntry[]> {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	return correctionEntries(claims, records);
}

/** Each article's text is indexed for quote lookups once per build, not once per claim. */
const indexes = new Map<string, { body: string; index: PassageIndex }>();

function passageIndexOf(source: Source): PassageIndex {
	const body = source.body ?? '';
	const cached = indexes.get(source.id);
	if (cached && cached.body === body) return cached.index;
	const index = new PassageIndex(body);
	indexes.set(source.id, { body, index });
	return index;
}

/** Every source's stance on a claim, in edition order, each quote located in its article. */
export function stancesWithPassages(claim: Claim, sources: readonly Source[]): StanceOnClaim[] {
	return stancesOf(claim, sources).map((stance) => ({
		...stance,
		span: stance.quote
			? (passageIndexOf(stance.article).find(stance.quote) ?? undefined)
			: undefined,
	}));
}

/** Where each quoting claim's passage stands in the article. */
export function citationsIn(source: Source, claims: readonly Claim[]): Citation[] {
	return locateCitations(source, claims, passageIndexOf(source));
}
