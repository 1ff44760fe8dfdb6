/**
 * How big an embedded card is: its widths, and an estimate of its height at the widest, for
 * embed code that cannot measure (the iframe snippet, oEmbed). embed.js corrects the height
 * from the card's own messages; the estimate only has to be close (tested against the real card).
 */
import type { Rating } from '../lib/ratings.ts';
import { wrap } from '../lib/text-fit.ts';
import { face } from '../images/fonts.ts';
import { cardWidth } from './protocol.ts';

/**
 * The card's box model and type, mirrored from the CSS in src/layouts/EmbedCard.astro: change
 * both together. `inline` is the horizontal space around the text (borders and padding).
 */
const cardMetrics = {
	inline: 6 + 16 + 16 + 1,
	block: 2 * 14 + 2,
	gap: 10,
	header: { size: 14, lineHeight: 1.4 },
	claim: { size: 19, lineHeight: 1.35 },
	badge: { size: 15, lineHeight: 1.4, padding: 4 },
	meaning: { size: 14, lineHeight: 1.4 },
	summary: { size: 16, lineHeight: 1.45 },
	link: { size: 15, lineHeight: 1.4 },
} as const;

export interface CardText {
	readonly claim: string;
	readonly summary: string;
	readonly rating: Rating;
}

/**
 * The card shows in the reader's system font, which we cannot measure here: Atkinson Hyperlegible
 * stands in, widened to match DejaVu Sans (Linux's usual default, and wider than Segoe UI, San
 * Francisco or Roboto), so the estimate errs tall rather than cut the card off.
 */
const systemFontWidth = 1.2;

/** The card's height at `width` pixels, from the type's metrics. */
export function estimateCardHeight({ claim, summary, rating }: CardText, width: number = cardWidth.max): number {
	const text = width - cardMetrics.inline;
	const regular = (line: string) => face(400).measure(line) * systemFontWidth;
	const bold = (line: string) => face(700).measure(line) * systemFontWidth;
	const block = (content: string, { size, lineHeight }: { size: number; lineHeight: number }, measure = regular) =>
		wrap(content, text / size, measure).length * size * lineHeight;
	const { header, badge, meaning, link, gap } = cardMetrics;
	const blocks = [
		header.size * header.lineHeight,
		block(claim, cardMetrics.claim, bold),
		badge.size * badge.lineHeight + 2 * badge.padding,
		block(rating.meaning, meaning),
		block(summary, cardMetrics.summary),
		link.size * link.lineHeight,
	];
	return Math.ceil(blocks.reduce((sum, h) => sum + h, 0) + gap * (blocks.length - 1) + cardMetrics.block);
}
