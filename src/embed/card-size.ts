/**
 * How big an embedded card is. A card has two layouts:
 *
 * - **Fixed** (the default): the card fills its frame, whatever height the frame has. The claim
 *   always shows whole: the embed code gives the frame the height the card needs in the
 *   narrowest column, with the claim in full and the other blocks in a set number of lines. In a
 *   shorter frame (an iframe pasted before the claim was given all its lines, see
 *   `pastedCardHeight`), the summary gives way first, a line at a time; where that is not
 *   enough the claim is set smaller (`claimSizeRules`, media queries on the frame's size), and
 *   where even its smallest size is too large, the verdict's meaning gives way too. The claim,
 *   the verdict and the link to the full check always show.
 * - **Fit**: when a parent page runs embed.js, the card lays its text out in full and
 *   embed.js sizes the frame to it (src/embed/protocol.ts).
 *
 * The box model here mirrors the CSS in src/embed/card-style.ts: change both together.
 */
import { t } from '../edition/i18n.ts';
import type { Rating } from '../lib/ratings.ts';
import { site } from '../edition/site.ts';
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

interface TextBlock extends Block {
	readonly weight: 400 | 700;
}

interface ClampedBlock extends TextBlock {
	/** The most lines the block is given in the embed code's height; longer text gives way. */
	readonly maxLines: number;
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
	/** The claim and the link: always every line they need. */
	claim: { size: 19, line: 26, weight: 700 },
	link: { size: 15, line: 21, weight: 700 },
	/** The verdict's meaning: in full in the embed code's height. */
	meaning: { size: 14, line: 20, weight: 400 },
	/** The summary: at most this many lines in the embed code's height. */
	summary: { size: 16, line: 23, maxLines: 5, weight: 400 },
} as const satisfies Record<string, number | Block | PaddedBlock | TextBlock | ClampedBlock>;

/**
 * Smaller sizes for the claim, largest first, for frames too short to show it whole at its own
 * size (each with the line height that keeps its spacing).
 */
export const claimSizes: readonly Block[] = [
	{ size: 17, line: 23 },
	{ size: 15, line: 21 },
	{ size: 14, line: 19 },
	{ size: 13, line: 18 },
	{ size: 12, line: 16 },
];

/**
 * Lower edges of the width bands `claimSizeRules` distinguishes, from the narrowest column up;
 * the last band runs to the card's widest.
 */
export const widthBands: readonly number[] = [cardWidth.min, 320, 360, 400, 480, cardWidth.max];

export interface CardText {
	readonly claim: string;
	readonly summary: string;
	readonly rating: Rating;
}

/** Lines each block of a claim's card takes in the narrowest column (the summary capped). */
export interface CardLines {
	readonly claim: number;
	readonly meaning: number;
	readonly summary: number;
	readonly link: number;
}

/** The card's link to the full check, in the site's language. */
export const cardLinkText = () => t('embed.readMore', { site: site.name });

/**
 * The card shows in the reader's system font, which we cannot measure here: Atkinson Hyperlegible
 * stands in, widened to match DejaVu Sans (Linux's usual default, and wider than Segoe UI, San
 * Francisco or Roboto), so a block is given a line too many rather than cut short.
 */
const systemFontWidth = 1.2;

/** Lines `text` takes set at `size` in a frame `width` CSS pixels wide. */
function linesAt(text: string, weight: 400 | 700, size: number, width: number): number {
	const measure = (line: string) => face(weight).measure(line) * systemFontWidth;
	return Math.max(1, wrap(text, (width - cardMetrics.inline) / size, measure).length);
}

const blockLines = (text: string, block: TextBlock, width: number = cardWidth.min) =>
	linesAt(text, block.weight, block.size, width);

/** How many lines each block of a claim's card takes in the narrowest column. */
export function cardLines({ claim, summary, rating }: CardText): CardLines {
	const { claim: c, meaning, summary: s, link } = cardMetrics;
	return {
		claim: blockLines(claim, c),
		meaning: blockLines(rating.meaning, meaning),
		summary: Math.min(s.maxLines, blockLines(summary, s)),
		link: blockLines(cardLinkText(), link),
	};
}

/** The height of a card whose blocks take these heights, with the gaps between them and its frame. */
function stack(claim: number, meaning: number, summary: number, link: number): number {
	const { site, badge, gap, block } = cardMetrics;
	const blocks = [site.line, claim, badge.line + 2 * badge.padding, meaning, summary, link];
	return blocks.reduce((sum, h) => sum + h, 0) + gap * (blocks.length - 1) + block;
}

/** The height the embed code gives a card's frame: every block in the narrowest column, the claim in full. */
export function cardHeight(text: CardText): number {
	const lines = cardLines(text);
	const { claim, meaning, summary, link } = cardMetrics;
	return stack(
		lines.claim * claim.line,
		lines.meaning * meaning.line,
		lines.summary * summary.line,
		lines.link * link.line,
	);
}

/**
 * Until the claim was given every line it needs, the embed code capped it at this many lines in
 * the narrowest column, so frames pasted then are shorter than the code gives today.
 */
export const pastedClaimLines = 5;

/** The height of a frame pasted with the earlier embed code: the shortest a card must fill without cutting its claim. */
export function pastedCardHeight(text: CardText): number {
	const lines = cardLines(text);
	return cardHeight(text) - Math.max(0, lines.claim - pastedClaimLines) * cardMetrics.claim.line;
}

/**
 * One rule of a card's own stylesheet: in frames within these widths and at most `maxHeight`
 * tall, the claim is set at `size` so that it shows whole with the summary given way.
 */
export interface ClaimSizeRule {
	readonly minWidth: number;
	/** Absent for the widest band. */
	readonly maxWidth?: number;
	readonly maxHeight: number;
	readonly size: Block;
}

/**
 * The rules that set a card's claim smaller in frames too short for it, down to the shortest
 * frame the card must fill (`pastedCardHeight`). Within a band of widths, the height a claim
 * size needs is reckoned at the band's narrowest, with the summary given way entirely; a later
 * rule overrides an earlier one, so each band lists its sizes from the largest.
 *
 * A claim takes no more lines in a wider frame or at a smaller size (lines are filled greedily),
 * so a band stops at the first size that fits, and the bands stop at the first that needs no
 * rule: most claims fit at their own size in the narrowest frame, and are measured once.
 */
export function claimSizeRules(text: CardText): ClaimSizeRule[] {
	const shortest = pastedCardHeight(text);
	const { claim, meaning, link } = cardMetrics;
	const sizes = [claim, ...claimSizes];
	const rules: ClaimSizeRule[] = [];
	for (const [band, minWidth] of widthBands.entries()) {
		const next = widthBands[band + 1];
		const meaningHeight = blockLines(text.rating.meaning, meaning, minWidth) * meaning.line;
		const linkHeight = blockLines(cardLinkText(), link, minWidth) * link.line;
		const need = (size: Block) =>
			stack(
				linesAt(text.claim, claim.weight, size.size, minWidth) * size.line,
				meaningHeight,
				0,
				linkHeight,
			);
		let added = 0;
		for (const [i, size] of sizes.slice(1).entries()) {
			const tooShort = need(sizes[i]!);
			if (tooShort <= shortest) break;
			rules.push({ minWidth, ...(next ? { maxWidth: next } : {}), maxHeight: tooShort, size });
			added++;
		}
		if (added === 0) break;
	}
	return rules;
}
