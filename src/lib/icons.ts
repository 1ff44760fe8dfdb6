/**
 * The shapes that tell verdicts and stances apart without colour: line drawings on a 16 × 16
 * grid, drawn in the text colour (`.icon` in components/Icon.astro strokes them; a part marked
 * `filled` is filled instead). Ratings and stances name their shape (src/lib/ratings.ts,
 * stances.ts). Every shape is a symbol of one sprite file (`iconSprite`, served at
 * `fixedRoutes.iconSprite`), which components/Icon.astro points to: a page carries a short
 * reference per icon, not its drawing, and the browser fetches the sprite once for the whole site.
 */
import { createHash } from 'node:crypto';

/** One stroke, or a filled area, of an icon. */
export interface IconPart {
	readonly d: string;
	readonly filled?: true;
}

const circle = 'M8 2a6 6 0 1 1 0 12a6 6 0 1 1 0-12z';
/** A short rule under a mark: "but not entirely". */
const underline = 'M3.5 14h9';

export const icons = {
	/** True: a check. */
	check: [{ d: 'M2.5 8.5l3.5 3.5 7.5-8' }],
	/** Mostly true: a smaller check over a rule. */
	'check-rule': [{ d: 'M3 6.5l3 3 6.5-6.5' }, { d: underline }],
	/** Mixed: a half-filled circle. */
	half: [{ d: circle }, { d: 'M8 2a6 6 0 0 0 0 12z', filled: true }],
	/** Mostly false: a smaller cross over a rule. */
	'cross-rule': [{ d: 'M4.5 2.5l7 7M11.5 2.5l-7 7' }, { d: underline }],
	/** False: a cross. */
	cross: [{ d: 'M3.5 3.5l9 9M12.5 3.5l-9 9' }],
	/** Unproven: a question mark. */
	question: [{ d: 'M5.2 5.6a2.8 2.8 0 1 1 4 2.5c-.8.4-1.2 1-1.2 1.8v.8' }, { d: 'M8 13.4v.2' }],
	/** A check revised after publication: an arrow coming round. */
	revised: [{ d: 'M13 8a5 5 0 1 1-1.6-3.7' }, { d: 'M13.2 2v3h-3' }],
	/** Asserts: a speech bubble, the article's own voice. */
	speech: [{ d: 'M2.5 3h11v7.5h-6l-3 3v-3h-2z' }],
	/** Reports: quotation marks, someone else's words relayed. */
	quotes: [{ d: 'M3 4.5h3.5V8c0 2-1.2 3.2-3 3.6M9.5 4.5H13V8c0 2-1.2 3.2-3 3.6' }],
	/** Supports: a plus. */
	plus: [{ d: 'M8 2.5v11M2.5 8h11' }],
	/** Disputes: a not-equal sign. */
	'not-equal': [{ d: 'M2.5 6h11M2.5 10h11M11 2.5l-6 11' }],
	/** Not mentioned: a dash. */
	dash: [{ d: 'M4 8h8' }],
} as const satisfies Record<string, readonly IconPart[]>;

export type IconShape = keyof typeof icons;

/**
 * The sprite: one `<symbol id="<shape>">` per icon. CSS does not reach into the copy a `<use>`
 * draws, so a filled part says so itself; every other part inherits the stroke that `.icon`
 * gives the outer `<svg>`.
 */
export const iconSprite = [
	'<svg xmlns="http://www.w3.org/2000/svg">',
	...Object.entries<readonly IconPart[]>(icons).map(
		([shape, parts]) =>
			`<symbol id="${shape}" viewBox="0 0 16 16">${parts
				.map((part) =>
					part.filled
						? `<path d="${part.d}" fill="currentColor" stroke="none"/>`
						: `<path d="${part.d}"/>`,
				)
				.join('')}</symbol>`,
	),
	'</svg>',
].join('\n');

/** The sprite's version, from its content: its address changes whenever an icon does, so hosts may cache it for good. */
export const iconSpriteVersion = createHash('sha256').update(iconSprite).digest('hex').slice(0, 10);
