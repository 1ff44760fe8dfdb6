/**
 * The 1200×630 card link previews show for a claim: the site's name, the claim, the verdict
 * and what it means, laid out once as a scene: drawn straight into a palette PNG for the site
 * (card-raster.ts), or written as SVG with text as paths (the reference the bench and tests set
 * the PNG against).
 */
import { site } from '../edition/site.ts';
import { quote, t } from '../edition/i18n.ts';
import type { Rating } from '../lib/ratings.ts';
import { fitText, type FittedText } from '../lib/text-fit.ts';
import { face, type Face, type Weight } from './fonts.ts';

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

/** A flat rectangle of the card, its corners rounded by `radius` px if given. */
export interface CardRect {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly radius?: number;
	readonly color: string;
}

/** One line of text, set at `size` px with its baseline starting at (x, y). */
interface CardText {
	readonly weight: Weight;
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly size: number;
	readonly color: string;
	/** The colour under the text (a rectangle's or the paper's), which its anti-aliased edges blend into. */
	readonly background: string;
}

/** What the card draws, in order: its background colour, then rectangles, then lines of text. */
export interface CardScene {
	readonly background: string;
	readonly rects: readonly CardRect[];
	readonly texts: readonly CardText[];
}

/** Everything on the card and where it goes: what every renderer of the card draws. */
export function socialCardScene(input: SocialCardInput): CardScene {
	const { rating } = input;
	const regular = face(400);
	const bold = face(700);
	const { badgeWidth, meaningLeft, claim, meaning } = socialCardLayout(input);
	const host = site.url.replace(/^https?:\/\//, '');
	const hostSize = 26;
	const onPaper = (
		weight: Weight,
		color: string,
		text: string,
		x: number,
		y: number,
		size: number,
	) => ({ weight, text, x, y, size, color, background: colors.paper }) satisfies CardText;
	const label = rating.label.toUpperCase();
	return {
		background: colors.paper,
		rects: [
			{ x: 0, y: 0, width: stripe, height: socialCardSize.height, color: rating.color },
			{
				x: left,
				y: verdictRow.top,
				width: badgeWidth,
				height: verdictRow.height,
				radius: 10,
				color: rating.color,
			},
			{ x: left, y: 584, width: contentWidth, height: 1, color: colors.rule },
		],
		texts: [
			onPaper(700, colors.accent, site.name, left, 100, 44),
			onPaper(
				400,
				colors.inkSoft,
				t('card.factCheck'),
				left + bold.measure(site.name) * 44 + 20,
				100,
				34,
			),
			...block(regular, claim.text, left, claimBox, claimType.lineHeight).map(
				([text, x, y, size]) => onPaper(400, colors.ink, text, x, y, size),
			),
			{
				weight: 700,
				text: label,
				x: left + badge.padding,
				y: baseline(bold, verdictRow.top, verdictRow.height, badge.size),
				size: badge.size,
				color: rating.ink,
				background: rating.color,
			},
			...block(regular, meaning.text, meaningLeft, verdictRow, meaningType.lineHeight).map(
				([text, x, y, size]) => onPaper(400, colors.inkSoft, text, x, y, size),
			),
			onPaper(400, colors.inkSoft, host, right - regular.measure(host) * hostSize, 616, hostSize),
		],
	};
}

/** The card as an SVG document. */
export function socialCardSvg(input: SocialCardInput): string {
	const scene = socialCardScene(input);
	const { width, height } = socialCardSize;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" fill="${scene.background}"/>`,
		...scene.rects.map(
			(r) =>
				`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"${r.radius ? ` rx="${r.radius}"` : ''} fill="${r.color}"/>`,
		),
		...scene.texts.map(
			(s) => `<path fill="${s.color}" d="${face(s.weight).path(s.text, s.x, s.y, s.size)}"/>`,
		),
		'</svg>',
	].join('');
}

/** The baseline that centers one line of `size` px text in a box from `top`, `height` tall. */
function baseline(font: Face, top: number, height: number, size: number): number {
	return top + (height - (font.ascent + font.descent) * size) / 2 + font.ascent * size;
}

/** Fitted lines as [text, x, baseline y, size], the block centered vertically in its box. */
function block(
	font: Face,
	text: FittedText,
	x: number,
	{ top, height }: { top: number; height: number },
	lineHeight: number,
): [string, number, number, number][] {
	const line = text.size * lineHeight;
	const first = top + (height - text.lines.length * line) / 2;
	return text.lines.map((content, i) => [
		content,
		x,
		baseline(font, first + i * line, line, text.size),
		text.size,
	]);
}
