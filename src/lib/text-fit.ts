/**
 * Sets text in a fixed box, for images where nothing may overflow: wrap at spaces, shrink
 * the font size until every line fits, and cut with an ellipsis only when even the smallest
 * size does not. Pure: the caller measures text, so this runs with any font (or a fake).
 */

/** The width of `text` set at font size 1; at size s it is s times this. */
export type Measure = (text: string) => number;

export interface FitOptions {
	/** Box width and height, in pixels. */
	readonly width: number;
	readonly height: number;
	/** Largest and smallest font size to try, in pixels. */
	readonly maxSize: number;
	readonly minSize: number;
	/** Line height as a multiple of the font size. */
	readonly lineHeight: number;
	/** How much to shrink the size between tries; 2 unless given. */
	readonly step?: number;
}

export interface FittedText {
	/** The font size chosen. */
	readonly size: number;
	/** The lines, in order; the last ends with an ellipsis when the text was cut. */
	readonly lines: readonly string[];
	/** True when the text did not fit at the smallest size and was cut. */
	readonly truncated: boolean;
}

export const ellipsis = '…';

/**
 * Break text into lines no wider than `maxWidth` (in the units `measure` returns): greedily
 * at white space, and inside a word only when the word alone is too wide for a line.
 */
export function wrap(text: string, maxWidth: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const piece of breakWord(word, maxWidth, measure)) {
			if (line) lines.push(line);
			line = piece;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A word cut into pieces that each fit `maxWidth` (the word itself when it fits). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const char of word) {
		if (piece && measure(piece + char) > maxWidth) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	pieces.push(piece);
	return pieces;
}

/** The largest size at which the text fits the box; cut to the box at the smallest size if none does. */
export function fitText(text: string, measure: Measure, options: FitOptions): FittedText {
	const { width, height, maxSize, minSize, lineHeight, step = 2 } = options;
	const linesAt = (size: number) => Math.floor(height / (size * lineHeight) + 1e-9);
	if (linesAt(minSize) < 1)
		throw new Error(`A ${height}px box cannot hold one line at ${minSize}px`);
	for (let size = maxSize; size >= minSize; size -= step) {
		const lines = wrap(text, width / size, measure);
		if (lines.length <= linesAt(size)) return { size, lines, truncated: false };
	}
	const lines = wrap(text, width / minSize, measure);
	const kept = lines.slice(0, linesAt(minSize));
	kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? '', width / minSize, measure);
	return { size: minSize, lines: kept, truncated: true };
}

/** The line with an ellipsis at its end, dropping words (or, for a single word, characters) until it fits. */
function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
	let kept = line;
	while (kept && measure(kept + ellipsis) > maxWidth) {
		const lastSpace = kept.lastIndexOf(' ');
		kept = lastSpace > 0 ? kept.slice(0, lastSpace) : [...kept].slice(0, -1).join('');
	}
	return kept.replace(/[\s,;:.]+$/, '') + ellipsis;
}
