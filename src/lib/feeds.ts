/**
 * Feeds of the newest claim checks: RSS 2.0, Atom 1.0 and JSON Feed 1.1. Each entry names
 * the verdict in its title, so a reader sees the rating before opening the check, and the
 * claimant (by name alone) in its summary.
 */
import { site } from './site.ts';
import { t } from '../i18n/index.ts';
import type { ClaimEntry } from './joins.ts';
import { absoluteUrl, paths } from './paths.ts';
import { getRating } from './ratings.ts';
import { escapeMarkup } from './escape-markup.ts';
import { claimantName } from './claimants.ts';

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

export function feedEntries(claims: readonly ClaimEntry[]): FeedEntry[] {
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

/** RFC 822 date for RSS, from a YYYY-MM-DD day. */
const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
const rfc3339 = (day: string) => `${day}T00:00:00Z`;
const newest = (entries: readonly FeedEntry[]) =>
	entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01');

export function rss(entries: readonly FeedEntry[]): string {
	const items = entries.map(
		(e) =>
			`<item><title>${escapeMarkup(e.title)}</title><link>${escapeMarkup(e.url)}</link><guid isPermaLink="true">${escapeMarkup(e.id)}</guid><pubDate>${rfc822(e.published)}</pubDate><description>${escapeMarkup(e.summary)}</description><category>${escapeMarkup(e.verdict)}</category></item>`,
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeMarkup(site.name)}</title>`,
		`<link>${escapeMarkup(absoluteUrl(paths.home()))}</link>`,
		`<description>${escapeMarkup(site.topic.title)}</description>`,
		`<language>${site.lang}</language>`,
		`<lastBuildDate>${rfc822(newest(entries))}</lastBuildDate>`,
		`<atom:link href="${escapeMarkup(absoluteUrl(paths.rss()))}" rel="self" type="application/rss+xml"/>`,
		...items,
		'</channel>',
		'</rss>',
		'',
	].join('\n');
}

export function atom(entries: readonly FeedEntry[]): string {
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
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.lang}">`,
		`<id>${escapeMarkup(absoluteUrl(paths.home()))}</id>`,
		`<title>${escapeMarkup(site.name)}</title>`,
		`<subtitle>${escapeMarkup(site.topic.title)}</subtitle>`,
		`<updated>${rfc3339(newest(entries))}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeMarkup(absoluteUrl(paths.atom()))}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeMarkup(absoluteUrl(paths.home()))}"/>`,
		...items,
		'</feed>',
		'',
	].join('\n');
}

export function jsonFeed(entries: readonly FeedEntry[]) {
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
