/**
 * WCAG 2 contrast between two colours written #rrggbb: the settings check that a rating's text
 * (`ink`) stays readable on its badge (`color`), and the tests check the default scale with it.
 */

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) =>
		c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
	) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA's least contrast for body text. */
export const minimumTextContrast = 4.5;
