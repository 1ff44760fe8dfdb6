/**
 * Laying out an archived article with its cited passages marked. Pure text in, a list of
 * paragraphs of runs out; the source page renders the runs. Passages may overlap or cross a
 * paragraph break: runs are cut at every passage boundary and carry every claim that covers them.
 */
import type { Span } from './passages.ts';

export interface Citation {
	/** The claim that quotes the passage. */
	readonly claimId: string;
	/** Where the passage stands in the text. */
	readonly span: Span;
}

export interface Run {
	readonly text: string;
	/** Claims whose quoted passage covers this run; empty for plain text. */
	readonly claimIds: readonly string[];
	/** Claims whose quoted passage starts with this run: the run carries their anchors. */
	readonly startsFor: readonly string[];
	/** Claims whose quoted passage ends with this run: links to them follow it. */
	readonly endsFor: readonly string[];
}

/** Split an article into paragraphs (at blank lines) of highlighted and plain runs. */
export function layoutArticle(text: string, citations: readonly Citation[]): Run[][] {
	const paragraphs: Run[][] = [];
	const breaks = /\n[ \t]*\n+/g;
	let start = 0;
	for (const match of text.matchAll(breaks)) {
		paragraphs.push(layoutRange(text, start, match.index, citations));
		start = match.index + match[0].length;
	}
	paragraphs.push(layoutRange(text, start, text.length, citations));
	return paragraphs.filter((runs) => runs.some((run) => run.text.trim().length > 0));
}

function layoutRange(text: string, from: number, to: number, citations: readonly Citation[]): Run[] {
	const inside = citations.filter((c) => c.span.start < to && c.span.end > from);
	const cuts = new Set([from, to]);
	for (const { span } of inside) {
		cuts.add(Math.max(span.start, from));
		cuts.add(Math.min(span.end, to));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: Run[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const a = points[i] as number;
		const b = points[i + 1] as number;
		const covering = inside.filter((c) => c.span.start <= a && c.span.end >= b);
		runs.push({
			text: text.slice(a, b),
			claimIds: covering.map((c) => c.claimId),
			startsFor: covering.filter((c) => c.span.start === a).map((c) => c.claimId),
			endsFor: covering.filter((c) => c.span.end === b).map((c) => c.claimId),
		});
	}
	return runs;
}
