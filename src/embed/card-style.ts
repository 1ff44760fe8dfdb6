/**
 * The stylesheet of every verdict card (src/layouts/EmbedCard.astro imports it as
 * `crosscheck:styles/embed-card.css`, see src/styles/generated.ts), built from the box model
 * in card-size.ts so the card's height and its computed height cannot drift apart. It is the
 * same for every card: what differs per claim is carried by class names.
 */
import { ratings } from '../lib/ratings.ts';
import { cardMetrics, maxClampedLines } from './card-size.ts';
import { fitClass } from './protocol.ts';

/** The class that colours a card for its verdict. */
export const verdictClass = (ratingId: string) => `verdict-${ratingId}`;

/** The class that gives a clamped block its number of lines in the fixed layout. */
export const linesClass = (lines: number) => `lines-${lines}`;

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
	color-scheme: light dark;
	font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
	${colors.map(([name, [light]]) => `--${name}: ${light};`).join('\n')}
}
@supports (color: light-dark(#000, #fff)) {
	:root { ${colors.map(([name, [light, dark]]) => `--${name}: light-dark(${light}, ${dark});`).join(' ')} }
}
[data-theme='light'] { color-scheme: light; }
[data-theme='dark'] { color-scheme: dark; }
body { margin: 0; overflow-wrap: break-word; }
main {
	display: grid;
	gap: ${px(cardMetrics.gap)};
	padding: 14px 16px;
	border: 1px solid var(--rule);
	border-left: 6px solid var(--verdict);
	border-radius: 6px;
	background: var(--background);
	color: var(--ink);
}
${ratings.map((r) => `.${verdictClass(r.id)} { --verdict: ${r.color}; --verdict-ink: ${r.ink}; }`).join('\n')}
p, h1 { margin: 0; }
.site, .meaning { color: var(--soft); }
.site { font-size: ${px(site.size)}; line-height: ${px(site.line)}; }
.site b { color: var(--site); }
h1 { font-size: ${px(claim.size)}; --line: ${px(claim.line)}; line-height: var(--line); }
.verdict {
	justify-self: start;
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
.meaning { font-size: ${px(meaning.size)}; --line: ${px(meaning.line)}; line-height: var(--line); }
.summary { font-size: ${px(summary.size)}; --line: ${px(summary.line)}; line-height: var(--line); }
/* Room inside the clamped box for the link's focus outline. */
.more { font-size: ${px(link.size)}; --line: ${px(link.line)}; line-height: var(--line); padding: 5px; margin: -5px; }
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
/* The fixed layout: one line for the site, the verdict and the link, a set number for the rest. */
.site, .verdict { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.clamp {
	display: -webkit-box;
	-webkit-box-orient: vertical;
	-webkit-line-clamp: var(--lines);
	height: calc(var(--lines) * var(--line));
	overflow: hidden;
}
${Array.from({ length: maxClampedLines }, (_, i) => `.${linesClass(i + 1)} { --lines: ${i + 1}; }`).join('\n')}
/* The fit layout: everything in full. */
.${fitClass} .site, .${fitClass} .verdict { white-space: normal; }
.${fitClass} .clamp { display: block; -webkit-line-clamp: none; height: auto; }
`
	.replace(/\n\s*/g, '\n')
	.trim();
