/**
 * Feeds of the newest claim checks: RSS 2.0, Atom 1.0 and JSON Feed 1.1. Each entry names
 * the verdict in its title, so a reader sees the rating before opening the check, and the
 * claimant (by name alone) in its summary.
 */
import type { ClaimEntry } from './joins.ts';
import type { CorrectionEntry } from './corrections.ts';
import type { EditionContext } from './edition-context.ts';
import { anchors } from './paths.ts';
import { escapeMarkup } from './escape-markup.ts';

/** What the feeds need of the edition, and the messages they read. */
type FeedEdition = EditionContext<
	| 'feed.summary'
	| 'corrections.entryTitleWithdrawn'
	| 'corrections.entryTitleRenamed'
	| 'corrections.entryTitleVerdict'
	| 'corrections.entryTitle'
	| 'corrections.entryTitlePublished'
	| `corrections.kind.${CorrectionEntry['kind']}`
	| 'corrections.feedTitle'
	| 'corrections.feedDescription'
>;

/** Feeds carry the newest checks only, so they stay small however many claims the site holds. */
export const feedLength = 50;

export interface FeedEntry {
	id: string;
	url: string;
	title: string;
	summary: string;
	published: string;
	updated: string;
	author: string;
	verdict: string;
}

export function feedEntries(claims: readonly ClaimEntry[], edition: FeedEdition): FeedEntry[] {
	const { absoluteUrl, paths, getRating, t, claimantName } = edition;
	return claims.slice(0, feedLength).map((claim) => {
		const rating = getRating(claim.data.verdict);
		return {
			id: absoluteUrl(paths.claim(claim.id)),
			url: absoluteUrl(paths.claim(claim.id)),
			title: `${rating.label}: ${claim.data.claim}`,
			summary: t('feed.summary', {
				verdict: rating.label,
				claimant: claimantName(claim.data.claimant),
				summary: claim.data.summary,
			}),
			published: claim.data.published,
			updated: claim.data.updated,
			author: claim.data.author,
			verdict: rating.label,
		};
	});
}

/** The newest entries of the corrections log, as feed entries: the title says what changed. */
export function correctionFeedEntries(
	entries: readonly CorrectionEntry[],
	edition: FeedEdition,
): FeedEntry[] {
	const { absoluteUrl, paths, getRating, t, site } = edition;
	return entries.slice(0, feedLength).map((entry) => {
		// A withdrawn check's entries point to its old address, which says it was withdrawn.
		const page = absoluteUrl(paths.claim(entry.claimId));
		const url = entry.position > 0 ? `${page}#${anchors.update(entry.position)}` : page;
		const change = entry.verdictChange;
		const title =
			entry.kind === 'withdrawn'
				? t('corrections.entryTitleWithdrawn', { claim: entry.claim })
				: entry.kind === 'renamed'
					? t('corrections.entryTitleRenamed', { claim: entry.claim })
					: entry.kind === 'published'
						? t('corrections.entryTitlePublished', { claim: entry.claim })
						: change
							? t('corrections.entryTitleVerdict', {
									from: getRating(change.from).label,
									to: getRating(change.to).label,
									claim: entry.claim,
								})
							: t('corrections.entryTitle', { claim: entry.claim });
		return {
			id: entry.position > 0 ? url : `${page}#${entry.kind}-${entry.claimId}-${entry.date}`,
			url,
			title,
			summary: entry.note,
			published: entry.date,
			updated: entry.date,
			author: site.desk,
			verdict: change ? getRating(change.to).label : t(`corrections.kind.${entry.kind}`),
		};
	});
}

/** The corrections log's feeds. */
export const correctionsChannel = (
	self: string,
	{ t, site, absoluteUrl, paths }: FeedEdition,
): FeedChannel => ({
	title: t('corrections.feedTitle', { site: site.name }),
	description: t('corrections.feedDescription', { site: site.name }),
	self,
	page: absoluteUrl(paths.corrections()),
});

/** RFC 822 date for RSS, from a YYYY-MM-DD day. */
const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
const rfc3339 = (day: string) => `${day}T00:00:00Z`;
const newest = (entries: readonly FeedEntry[]) =>
	entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01');

/** What a feed is: the site's newest checks unless said otherwise (the corrections log has its own). */
export interface FeedChannel {
	readonly title: string;
	readonly description: string;
	/** The feed's own absolute URL. */
	readonly self: string;
	/** The absolute URL of the page the feed follows. */
	readonly page: string;
}

const checksChannel = (self: string, { site, absoluteUrl, paths }: FeedEdition): FeedChannel => ({
	title: site.name,
	description: site.topic.title,
	self,
	page: absoluteUrl(paths.home()),
});

export function rss(
	entries: readonly FeedEntry[],
	edition: FeedEdition,
	channel = checksChannel(edition.absoluteUrl(edition.paths.rss()), edition),
): string {
	const items = entries.map(
		(e) =>
			`<item><title>${escapeMarkup(e.title)}</title><link>${escapeMarkup(e.url)}</link><guid isPermaLink="${e.id === e.url}">${escapeMarkup(e.id)}</guid><pubDate>${rfc822(e.published)}</pubDate><description>${escapeMarkup(e.summary)}</description><category>${escapeMarkup(e.verdict)}</category></item>`,
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeMarkup(channel.title)}</title>`,
		`<link>${escapeMarkup(channel.page)}</link>`,
		`<description>${escapeMarkup(channel.description)}</description>`,
		`<language>${edition.site.lang}</language>`,
		`<lastBuildDate>${rfc822(newest(entries))}</lastBuildDate>`,
		`<atom:link href="${escapeMarkup(channel.self)}" rel="self" type="application/rss+xml"/>`,
		...items,
		'</channel>',
		'</rss>',
		'',
	].join('\n');
}

export function atom(
	entries: readonly FeedEntry[],
	edition: FeedEdition,
	channel = checksChannel(edition.absoluteUrl(edition.paths.atom()), edition),
): string {
	const items = entries.map((e) =>
		[
			'<entry>',
			`<id>${escapeMarkup(e.id)}</id>`,
			`<title>${escapeMarkup(e.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${escapeMarkup(e.url)}"/>`,
			`<published>${rfc3339(e.published)}</published>`,
			`<updated>${rfc3339(e.updated)}</updated>`,
			`<author><name>${escapeMarkup(e.author)}</name></author>`,
			`<category term="${escapeMarkup(e.verdict)}"/>`,
			`<summary>${escapeMarkup(e.summary)}</summary>`,
			'</entry>',
		].join(''),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${edition.site.lang}">`,
		`<id>${escapeMarkup(channel.page)}</id>`,
		`<title>${escapeMarkup(channel.title)}</title>`,
		`<subtitle>${escapeMarkup(channel.description)}</subtitle>`,
		`<updated>${rfc3339(newest(entries))}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeMarkup(channel.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeMarkup(channel.page)}"/>`,
		...items,
		'</feed>',
		'',
	].join('\n');
}

export function jsonFeed(entries: readonly FeedEntry[], edition: FeedEdition) {
	const { site, absoluteUrl, paths } = edition;
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: site.name,
		description: site.topic.title,
		home_page_url: absoluteUrl(paths.home()),
		feed_url: absoluteUrl(paths.jsonFeed()),
		language: site.lang,
		items: entries.map((e) => ({
			id: e.id,
			url: e.url,
			title: e.title,
			summary: e.summary,
			content_text: e.summary,
			date_published: rfc3339(e.published),
			date_modified: rfc3339(e.updated),
			authors: [{ name: e.author }],
			tags: [e.verdict],
		})),
	};
}
