/**
 * The 1200×630 card link previews show for a claim: the site's name, the claim, the verdict
 * and what it means. Built as SVG with text as paths, then rendered to PNG (render-png.ts).
 */
import { site } from '../edition/site.ts';
import { quote, t } from '../edition/i18n.ts';
import type { Rating } from '../lib/ratings.ts';
import { fitText, type FittedText } from '../lib/text-fit.ts';
import { face, type Face } from './fonts.ts';

export const socialCardSize = { width: 1200, height: 630 } as const;

const colors = {
	paper: '#fbfaf7',
	ink: '#1b2230',
	inkSoft: '#4a5363',
	accent: '#1f3a5f',
	rule: '#d9d5cc',
} as const;
const stripe = 24;
const left = stripe + 64;
const right = socialCardSize.width - 64;
const contentWidth = right - left;
/** The claim's box, between the header and the verdict row, and the verdict row. */
const claimBox = { top: 150, height: 290 } as const;
const verdictRow = { top: 474, height: 88 } as const;
const badge = { size: 44, padding: 28, gap: 32 } as const;
/** Sizes to try, in pixels: the claim is never set smaller than 26 px, the meaning 20 px. */
const claimType = { maxSize: 60, minSize: 26, lineHeight: 1.25 } as const;
const meaningType = { maxSize: 30, minSize: 20, lineHeight: 1.3 } as const;

export interface SocialCardInput {
	readonly claim: string;
	readonly rating: Rating;
}

/** Where the card's text goes: the claim (in quotation marks) and the verdict's meaning, fitted to their boxes. */
export function socialCardLayout({ claim, rating }: SocialCardInput) {
	const { measure } = face(400);
	const badgeWidth =
		Math.ceil(face(700).measure(rating.label.toUpperCase()) * badge.size) + 2 * badge.padding;
	const meaningLeft = left + badgeWidth + badge.gap;
	const claimBoxSize = { width: contentWidth, height: claimBox.height };
	const meaningBoxSize = { width: right - meaningLeft, height: verdictRow.height };
	return {
		badgeWidth,
		meaningLeft,
		claim: {
			box: claimBoxSize,
			text: fitText(quote(claim.trim()), measure, {
				...claimBoxSize,
				...claimType,
			}),
		},
		meaning: {
			box: meaningBoxSize,
			text: fitText(rating.meaning, measure, { ...meaningBoxSize, ...meaningType }),
		},
	};
}

/** The card as an SVG document. */
export function socialCardSvg(input: SocialCardInput): string {
	const { rating } = input;
	const regular = face(400);
	const bold = face(700);
	const { badgeWidth, meaningLeft, claim, meaning } = socialCardLayout(input);
	const host = site.url.replace(/^https?:\/\//, '');
	const hostSize = 26;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${socialCardSize.width}" height="${socialCardSize.height}" viewBox="0 0 ${socialCardSize.width} ${socialCardSize.height}">`,
		`<rect width="100%" height="100%" fill="${colors.paper}"/>`,
		`<rect width="${stripe}" height="100%" fill="${rating.color}"/>`,
		`<path fill="${colors.accent}" d="${bold.path(site.name, left, 100, 44)}"/>`,
		`<path fill="${colors.inkSoft}" d="${regular.path(t('card.factCheck'), left + bold.measure(site.name) * 44 + 20, 100, 34)}"/>`,
		`<path fill="${colors.ink}" d="${block(regular, claim.text, left, claimBox, claimType.lineHeight)}"/>`,
		`<rect x="${left}" y="${verdictRow.top}" width="${badgeWidth}" height="${verdictRow.height}" rx="10" fill="${rating.color}"/>`,
		`<path fill="${rating.ink}" d="${bold.path(rating.label.toUpperCase(), left + badge.padding, baseline(bold, verdictRow.top, verdictRow.height, badge.size), badge.size)}"/>`,
		`<path fill="${colors.inkSoft}" d="${block(regular, meaning.text, meaningLeft, verdictRow, meaningType.lineHeight)}"/>`,
		`<rect x="${left}" y="584" width="${contentWidth}" height="1" fill="${colors.rule}"/>`,
		`<path fill="${colors.inkSoft}" d="${regular.path(host, right - regular.measure(host) * hostSize, 616, hostSize)}"/>`,
		'</svg>',
	].join('');
}

/** The baseline that centers one line of `size` px text in a box from `top`, `height` tall. */
function baseline(font: Face, top: number, height: number, size: number): number {
	return top + (height - (font.ascent + font.descent) * size) / 2 + font.ascent * size;
}

/** Path data for fitted lines, the block centered vertically in its box. */
function block(
	font: Face,
	text: FittedText,
	x: number,
	{ top, height }: { top: number; height: number },
	lineHeight: number,
): string {
	const line = text.size * lineHeight;
	const first = top + (height - text.lines.length * line) / 2;
	return text.lines
		.map((content, i) =>
			font.path(content, x, baseline(font, first + i * line, line, text.size), text.size),
		)
		.join('');
}
