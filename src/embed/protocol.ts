/**
 * The contract between an embedded verdict card and the page that embeds it: the class names
 * embed.js looks for, and the message a card posts to its parent with its height. Card pages,
 * embed.js and the embed code on claim pages all read it from here.
 */

/** Class of the blockquotes embed.js turns into cards (each holds a plain link as the no-JS fallback). */
export const quoteClass = 'crosscheck-claim';

/** Class of card iframes; embed.js keeps their height in step with the card's content. */
export const frameClass = 'crosscheck-embed';

/** Ids of claims: the slug rule of src/lib/schema.ts, repeated so embed.js need not bundle the schema (a test keeps them equal). */
export const claimIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A card reads well from `min` to `max` CSS pixels wide; embed code asks for `max`, and the fixed layout is set for `min` (src/embed/card-size.ts). */
export const cardWidth = { min: 280, max: 600 } as const;

/** Values of `?theme=` that force a card's color scheme. */
export const themes = ['light', 'dark'] as const;

/** What a card posts to its parent window whenever its height changes. */
export interface HeightMessage {
	readonly type: typeof heightMessageType;
	/** The card's height in CSS pixels. */
	readonly height: number;
}

export const heightMessageType = 'crosscheck:height';

/**
 * What embed.js posts to a card whose height it keeps in step: the card then lays its text out
 * in full (its fit layout) instead of in the fixed number of lines a pasted iframe relies on.
 */
export interface FitMessage {
	readonly type: typeof fitMessageType;
}

export const fitMessageType = 'crosscheck:fit';

/** The class a card sets on its root element when told to fit: its stylesheet then lays the text out in full. */
export const fitClass = 'fit';

/** True for a fit message. Check that it comes from the card's parent window before acting on it. */
export function isFitMessage(data: unknown): data is FitMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as Record<string, unknown>).type === fitMessageType
	);
}

/** The tallest a card may ask to be, so a stray message cannot stretch a host's page without end. */
export const maxHeight = 4000;

/** True for a well-formed height message. Check `event.origin` as well before acting on one. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return (
		type === heightMessageType &&
		typeof height === 'number' &&
		Number.isFinite(height) &&
		height > 0 &&
		height <= maxHeight
	);
}
