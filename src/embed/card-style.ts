/**
 * The stylesheet of every verdict card (src/layouts/EmbedCard.astro imports it as
 * `crosscheck:styles/embed-card.css`, see src/styles/generated.ts), built from the box model
 * in card-size.ts so the card's height and its computed height cannot drift apart. It is the
 * same for every card: what differs per claim is its verdict's class and, for a long claim, a
 * few rules of its own (`claimSizeCss`) that set the claim smaller in a frame too short for it.
 */
import { ratings } from '../edition/ratings.ts';
import { cardMetrics, type ClaimSizeRule } from './card-size.ts';
import { fitClass } from './protocol.ts';

/** The class of the block that holds the verdict's meaning and the summary: the part of the card that gives way in a short frame. */
export const detailClass = 'detail';

/** The class of a withdrawn check's card: no verdict's colour. */
export const withdrawnClass = 'withdrawn';

/** The class that colours a card for its verdict. */
export const verdictClass = (ratingId: string) => `verdict-${ratingId}`;

const { site, badge, link, claim, meaning, summary } = cardMetrics;
const px = (n: number) => `${n}px`;

/**
 * The card's colors in the light and the dark scheme. Browsers without `light-dark()` get the
 * light ones: from a rule of their own, since the build's CSS minifier drops a fallback
 * declaration written just before the `light-dark()` one.
 */
const palette = {
	rule: ['#d9d5cc', '#3b4350'],
	background: ['#fff', '#161b22'],
	ink: ['#1b2230', '#e9e7e2'],
	soft: ['#4a5363', '#b7bcc5'],
	site: ['#1f3a5f', '#9cc0f0'],
	link: ['#1a4f8b', '#9cc0f0'],
} as const;
const colors = Object.entries(palette);

export const cardCss = `
:root {
	font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
	${colors.map(([name, [light]]) => `--${name}: ${light};`).join('\n')}
}
@supports (color: light-dark(#000, #fff)) {
	:root { ${colors.map(([name, [light, dark]]) => `--${name}: light-dark(${light}, ${dark});`).join(' ')} }
}
/*
 * The color scheme is the card's, not the page's: a framed page whose scheme differs from its
 * host's gets an opaque canvas, which would show in the card's rounded corners.
 */
main { color-scheme: light dark; }
[data-theme='light'] main { color-scheme: light; }
[data-theme='dark'] main { color-scheme: dark; }
body { margin: 0; overflow-wrap: break-word; }
main {
	box-sizing: border-box;
	display: flex;
	flex-direction: column;
	gap: ${px(cardMetrics.gap)};
	padding: 14px 16px;
	border: 1px solid var(--rule);
	border-left: 6px solid var(--verdict);
	border-radius: 6px;
	background: var(--background);
	color: var(--ink);
}
main > * { flex: none; }
${ratings.map((r) => `.${verdictClass(r.id)} { --verdict: ${r.color}; --verdict-ink: ${r.ink}; }`).join('\n')}
.${withdrawnClass} { --verdict: var(--soft); --verdict-ink: var(--background); }
p, h1 { margin: 0; }
.site, .meaning { color: var(--soft); }
.site { font-size: ${px(site.size)}; line-height: ${px(site.line)}; }
.site b { color: var(--site); }
h1 { font-size: ${px(claim.size)}; line-height: ${px(claim.line)}; }
.verdict {
	align-self: flex-start;
	max-width: 100%;
	box-sizing: border-box;
	padding: ${px(badge.padding)} 10px;
	border-radius: 4px;
	background: var(--verdict);
	color: var(--verdict-ink);
	font-size: ${px(badge.size)};
	font-weight: 700;
	line-height: ${px(badge.line)};
	letter-spacing: 0.03em;
	text-transform: uppercase;
}
.meaning { font-size: ${px(meaning.size)}; line-height: ${px(meaning.line)}; }
.summary { font-size: ${px(summary.size)}; line-height: ${px(summary.line)}; }
/* Room around the link for its focus outline. */
.more { font-size: ${px(link.size)}; line-height: ${px(link.line)}; padding: 5px; margin: -5px; }
a {
	font-weight: 600;
	color: var(--link);
	text-underline-offset: 0.15em;
}
a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
.vh {
	position: absolute;
	width: 1px;
	height: 1px;
	overflow: hidden;
	clip-path: inset(50%);
	white-space: nowrap;
}
/*
 * The fixed layout: the card fills its frame. The site and the verdict take one line; the claim
 * and the link all they need; the meaning and the summary, together, what remains, in whole
 * lines: set in columns as wide as the card, lines that do not fit flow into a next column, out
 * of sight, the summary's last lines first.
 */
main { height: 100vh; overflow: hidden; position: relative; }
.site, .verdict { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.${detailClass} {
	flex: 0 1 auto;
	min-height: 0;
	overflow: hidden;
	columns: 100vw;
	column-gap: 0;
	column-fill: auto;
}
.summary { margin-top: ${px(cardMetrics.gap)}; }
/* As many lines as fit, even one: not the two a paragraph otherwise keeps together at a column's end. */
.${detailClass} p { orphans: 1; widows: 1; }
/* The fit layout: everything in full, and the frame follows the card. */
.${fitClass} main { height: auto; }
.${fitClass} .site, .${fitClass} .verdict { white-space: normal; }
.${fitClass} .${detailClass} { columns: auto; }
`
	.replace(/\n\s*/g, '\n')
	.trim();

/** A card's own rules: its claim set smaller in frames too short for it (card-size.ts, `claimSizeRules`). */
export const claimSizeCss = (rules: readonly ClaimSizeRule[]) =>
	rules
		.map(({ minWidth, maxWidth, maxHeight, size }) => {
			const width = [
				`(width >= ${px(minWidth)})`,
				...(maxWidth ? [`(width < ${px(maxWidth)})`] : []),
			];
			return `@media ${[...width, `(height < ${px(maxHeight)})`].join(' and ')} { :root:not(.${fitClass}) h1 { font-size: ${px(size.size)}; line-height: ${px(size.line)}; } }`;
		})
		.join('\n');
