/**
 * The code other sites paste to show a claim's verdict: an iframe, a script embed, a Markdown
 * badge, and the oEmbed response that hands the iframe to CMSs. All URLs are absolute, on
 * the site's published address.
 */
import { site } from '../edition/site.ts';
import { t } from '../edition/i18n.ts';
import { absoluteUrl, paths } from '../edition/paths.ts';
import { cardHeight, type CardText } from './card-size.ts';
import { cardWidth, frameClass, quoteClass } from './protocol.ts';
import { socialCardSize } from '../images/social-card.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

export interface EmbeddableClaim extends CardText {
	readonly id: string;
}

/** At most `max` characters, cut at a word with an ellipsis. */
function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

/** What a screen reader announces for the card's frame. */
const frameTitle = (claim: EmbeddableClaim) =>
	t('embed.frameTitle', {
		site: site.name,
		verdict: claim.rating.label,
		claim: shorten(claim.claim, 120),
	});

/**
 * An iframe showing the card, as wide as its container up to the card's widest, as tall as the
 * card is at every width; `title` is what a screen reader announces for it.
 */
export function iframeCode(claim: EmbeddableClaim, title = frameTitle(claim)): string {
	const height = cardHeight(claim);
	return `<iframe class="${frameClass}" src="${absoluteUrl(paths.embed(claim.id))}" title="${escapeMarkup(title)}" width="${cardWidth.max}" height="${height}" style="width:100%;max-width:${cardWidth.max}px;border:0" loading="lazy"></iframe>`;
}

const scriptTag = () => `<script async src="${absoluteUrl(paths.embedScript())}"></script>`;

/** A blockquote that embed.js turns into the card; without JavaScript it stays a link to the check. */
export function scriptCode(claim: EmbeddableClaim): string {
	const link = `<a href="${absoluteUrl(paths.claim(claim.id))}">${escapeMarkup(claim.claim)}</a>`;
	return `<blockquote class="${quoteClass}" data-claim="${claim.id}"><p>${link} ${escapeMarkup(t('embed.quoteText', { verdict: claim.rating.label, site: site.name }))}</p></blockquote>\n${scriptTag()}`;
}

/** The verdict badge linking to the check, in Markdown. */
export function badgeMarkdown(claim: EmbeddableClaim): string {
	return `[![${t('embed.badgeAlt', { site: site.name, verdict: claim.rating.label })}](${absoluteUrl(paths.badge(claim.id))})](${absoluteUrl(paths.claim(claim.id))})`;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/), served as a static file per claim. */
export interface OEmbedResponse {
	readonly version: '1.0';
	readonly type: 'rich';
	readonly title: string;
	readonly author_name: string;
	readonly provider_name: string;
	readonly provider_url: string;
	readonly html: string;
	readonly width: number;
	readonly height: number;
	/** The claim's social card; none for a withdrawn check, which has none. */
	readonly thumbnail_url?: string;
	readonly thumbnail_width?: number;
	readonly thumbnail_height?: number;
	readonly cache_age: number;
}

/** The oEmbed response for a claim: the iframe, plus embed.js to fit its height where the host runs scripts. */
export function oembed(claim: EmbeddableClaim & { readonly author: string }): OEmbedResponse {
	return {
		version: '1.0',
		type: 'rich',
		title: `${claim.rating.label}: ${claim.claim}`,
		author_name: claim.author,
		provider_name: site.name,
		provider_url: absoluteUrl(paths.home()),
		html: `${iframeCode(claim)}${scriptTag()}`,
		width: cardWidth.max,
		height: cardHeight(claim),
		thumbnail_url: absoluteUrl(paths.socialImage(claim.id)),
		thumbnail_width: socialCardSize.width,
		thumbnail_height: socialCardSize.height,
		cache_age: 86400,
	};
}

/**
 * The oEmbed response at a withdrawn check's old id, where other sites may have asked for it
 * before: its card says it was withdrawn (src/layouts/EmbedCard.astro), `why` being the reason
 * given in the record's last entry. It has no social card.
 */
export function withdrawnOembed(
	check: Omit<EmbeddableClaim, 'summary'> & { readonly why: string },
): OEmbedResponse {
	const card = { ...check, summary: check.why };
	return {
		version: '1.0',
		type: 'rich',
		title: `${t('record.withdrawnTitle')}: ${check.claim}`,
		author_name: site.name,
		provider_name: site.name,
		provider_url: absoluteUrl(paths.home()),
		html: `${iframeCode(card, t('embed.withdrawnFrameTitle', { site: site.name, claim: shorten(check.claim, 120) }))}${scriptTag()}`,
		width: cardWidth.max,
		height: cardHeight(card),
		cache_age: 86400,
	};
}
