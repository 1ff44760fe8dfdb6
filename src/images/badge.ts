/**
 * A claim's verdict as a small SVG badge ("Crosscheck | MOSTLY FALSE") for READMEs, forums and
 * anywhere an iframe cannot go. Its text is drawn as paths, so it looks the same everywhere;
 * its title and label carry the same words for screen readers.
 */
import { site } from '../edition/site.ts';
import { t } from '../edition/i18n.ts';
import type { Rating } from '../lib/ratings.ts';
import { face } from './fonts.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

const height = 28;
const size = 14;
const padding = 10;
const siteColor = '#1f3a5f';

/** The colours of a withdrawn check's badge, where a verdict's would be. */
export const withdrawnBadge = { color: '#4a5363', ink: '#ffffff' } as const;

/** Badges drawn so far, by label and colours: every claim of a verdict has the same badge, drawn once a build. */
const drawn = new Map<string, string>();

/** The badge as an SVG document: a verdict's, or another label in colours of its own (a withdrawn check's). */
export function badgeSvg(rating: Pick<Rating, 'label' | 'color' | 'ink'>): string {
	const key = `${rating.label}\n${rating.color}\n${rating.ink}`;
	let svg = drawn.get(key);
	if (svg === undefined) drawn.set(key, (svg = drawBadge(rating)));
	return svg;
}

function drawBadge(rating: Pick<Rating, 'label' | 'color' | 'ink'>): string {
	const bold = face(700);
	const label = rating.label.toUpperCase();
	const siteWidth = Math.ceil(bold.measure(site.name) * size) + 2 * padding;
	const verdictWidth = Math.ceil(bold.measure(label) * size) + 2 * padding;
	const width = siteWidth + verdictWidth;
	const baseline = (height + (bold.ascent - bold.descent) * size) / 2;
	const title = escapeMarkup(t('badge.title', { site: site.name, verdict: rating.label }));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}">`,
		`<title>${title}</title>`,
		`<clipPath id="r"><rect width="${width}" height="${height}" rx="4"/></clipPath>`,
		`<g clip-path="url(#r)"><rect width="${siteWidth}" height="${height}" fill="${siteColor}"/><rect x="${siteWidth}" width="${verdictWidth}" height="${height}" fill="${rating.color}"/></g>`,
		`<path fill="#fff" d="${bold.path(site.name, padding, baseline, size)}"/>`,
		`<path fill="${rating.ink}" d="${bold.path(label, siteWidth + padding, baseline, size)}"/>`,
		'</svg>',
	].join('');
}
