/**
 * Laying out an archived article with its cited passages marked. Pure text in, a list of
 * paragraphs of runs out; the source page renders the runs. Claims quoting the same words
 * share one passage (and one anchor), so an article's page grows with the number of distinct
 * passages quoted, not with the number of claims. Passages may overlap or cross a paragraph
 * break: runs are cut at every passage boundary.
 */
import type { Span } from './passages.ts';

export interface Citation {
	/** The claim that quotes the passage. */
	readonly claimId: string;
	/** Where the passage stands in the text. */
	readonly span: Span;
}

/** A stretch of the article quoted by one or more claims. */
export interface Passage {
	readonly span: Span;
	/** The claims quoting exactly this stretch, in citation order. */
	readonly claimIds: readonly string[];
}

export interface Run {
	readonly text: string;
	/** True when some passage covers this run. */
	readonly cited: boolean;
	/** Passages that start with this run: the run carries their anchors. */
	readonly starts: readonly Passage[];
	/** Passages that end with this run: links to their claims follow it. */
	readonly ends: readonly Passage[];
}

/** Group citations of identical spans into passages, in order of first citation. */
export function passagesOf(citations: readonly Citation[]): Passage[] {
	const byKey = new Map<string, { span: Span; claimIds: string[] }>();
	for (const { claimId, span } of citations) {
		const key = `${span.start}-${span.end}`;
		const passage = byKey.get(key);
		if (passage) passage.claimIds.push(claimId);
		else byKey.set(key, { span, claimIds: [claimId] });
	}
	return [...byKey.values()];
}

/** Split an article into paragraphs (at blank lines) of cited and plain runs. */
export function layoutArticle(text: string, citations: readonly Citation[]): Run[][] {
	const passages = passagesOf(citations);
	const paragraphs: Run[][] = [];
	let start = 0;
	for (const match of text.matchAll(/\n[ \t]*\n+/g)) {
		paragraphs.push(layoutRange(text, start, match.index, passages));
		start = match.index + match[0].length;
	}
	paragraphs.push(layoutRange(text, start, text.length, passages));
	return paragraphs.filter((runs) => runs.some((run) => run.text.trim().length > 0));
}

function layoutRange(text: string, from: number, to: number, passages: readonly Passage[]): Run[] {
	const inside = passages.filter((p) => p.span.start < to && p.span.end > from);
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
		const covering = inside.filter((p) => p.span.start <= a && p.span.end >= b);
		runs.push({
			text: text.slice(a, b),
			cited: covering.length > 0,
			starts: covering.filter((p) => p.span.start === a),
			ends: covering.filter((p) => p.span.end === b),
		});
	}
	return runs;
}
