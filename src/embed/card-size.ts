/**
 * How big an embedded card is. A card has two layouts:
 *
 * - **Fixed** (the default): every block of text has a set number of lines, so the card is
 *   exactly as tall at every width from the narrowest column to the widest. Each block gets
 *   as many lines as its text needs in the narrowest column, up to a maximum; text longer
 *   than that is cut with an ellipsis (the card links to the full check). An iframe pasted
 *   without a script can therefore be given the card's exact height.
 * - **Fit**: when a parent page runs embed.js, the card lays its text out in full and
 *   embed.js sizes the frame to it (src/embed/protocol.ts).
 *
 * The box model here mirrors the CSS in src/layouts/EmbedCard.astro: change both together.
 */
import { t } from '../i18n/index.ts';
import type { Rating } from '../lib/ratings.ts';
import { site } from '../lib/site.ts';
import { wrap } from '../lib/text-fit.ts';
import { face } from '../images/fonts.ts';
import { cardWidth } from './protocol.ts';

interface Block {
	/** Font size and line height, in CSS pixels. */
	readonly size: number;
	readonly line: number;
}

interface PaddedBlock extends Block {
	/** Padding above and below the line. */
	readonly padding: number;
}

interface ClampedBlock extends Block {
	/** The most lines the block takes in the fixed layout; longer text ends with an ellipsis. */
	readonly maxLines: number;
	readonly weight: 400 | 700;
}

export const cardMetrics = {
	/** Horizontal space around the text: a 6 px verdict stripe, 16 px padding each side, a 1 px border. */
	inline: 6 + 16 + 16 + 1,
	/** Vertical space around the text: 14 px padding and a 1 px border, top and bottom. */
	block: 2 * (14 + 1),
	gap: 10,
	/** One line each: the site's name, and the verdict badge (with 4 px padding above and below). */
	site: { size: 14, line: 20 },
	badge: { size: 15, line: 21, padding: 4 },
	/** Clamped blocks. */
	claim: { size: 19, line: 26, maxLines: 5, weight: 700 },
	meaning: { size: 14, line: 20, maxLines: 4, weight: 400 },
	summary: { size: 16, line: 23, maxLines: 5, weight: 400 },
	link: { size: 15, line: 21, maxLines: 2, weight: 700 },
} as const satisfies Record<string, number | Block | PaddedBlock | ClampedBlock>;

export interface CardText {
	readonly claim: string;
	readonly summary: string;
	readonly rating: Rating;
}

/** Lines each clamped block takes in the fixed layout. */
export interface CardLines {
	readonly claim: number;
	readonly meaning: number;
	readonly summary: number;
	readonly link: number;
}

/** The most lines any clamped block takes: the card's CSS has a class for each count up to this. */
export const maxClampedLines = Math.max(
	cardMetrics.claim.maxLines,
	cardMetrics.meaning.maxLines,
	cardMetrics.summary.maxLines,
	cardMetrics.link.maxLines,
);

/** The card's link to the full check, in the site's language. */
export const cardLinkText = () => t('embed.readMore', { site: site.name });

/**
 * The card shows in the reader's system font, which we cannot measure here: Atkinson Hyperlegible
 * stands in, widened to match DejaVu Sans (Linux's usual default, and wider than Segoe UI, San
 * Francisco or Roboto), so a block is given a line too many rather than cut short.
 */
const systemFontWidth = 1.2;

/** Lines `text` needs in the narrowest column, capped at the block's maximum. */
function linesFor(text: string, block: ClampedBlock): number {
	const width = (cardWidth.min - cardMetrics.inline) / block.size;
	const measure = (line: string) => face(block.weight).measure(line) * systemFontWidth;
	return Math.max(1, Math.min(block.maxLines, wrap(text, width, measure).length));
}

/** How many lines each clamped block of a claim's card takes in the fixed layout. */
export function cardLines({ claim, summary, rating }: CardText): CardLines {
	return {
		claim: linesFor(claim, cardMetrics.claim),
		meaning: linesFor(rating.meaning, cardMetrics.meaning),
		summary: linesFor(summary, cardMetrics.summary),
		link: linesFor(cardLinkText(), cardMetrics.link),
	};
}

/** The card's exact height in the fixed layout, the same at every width. */
export function cardHeight(text: CardText): number {
	const lines = cardLines(text);
	const { site, badge, link, claim, meaning, summary, gap, block } = cardMetrics;
	const blocks = [
		site.line,
		lines.claim * claim.line,
		badge.line + 2 * badge.padding,
		lines.meaning * meaning.line,
		lines.summary * summary.line,
		lines.link * link.line,
	];
	return blocks.reduce((sum, h) => sum + h, 0) + gap * (blocks.length - 1) + block;
}
