/**
 * When an edition gains a source article, every claim needs an entry for it. This adds a
 * placeholder entry to a claim file's `sources:` list, as text, so the rest of the file stays
 * exactly as its author wrote it; the validator refuses the placeholder until an editor sets
 * the stance (and quotes the passage) by reading the new article.
 */
import { silentStance, stanceIds } from '../lib/stances.ts';
import { placeholderMarker } from './check-text.ts';

/** The claim file with an entry for `sourceId` added at the end of its sources list; null when it has one, or has no list to add to. */
export function addStancePlaceholder(text: string, sourceId: string): string | null {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(eol);
	const end = lines.indexOf('---', 1);
	const start = lines.findIndex((line, i) => i > 0 && i < end && /^sources:\s*(#.*)?$/.test(line));
	if (lines[0] !== '---' || end === -1 || start === -1) return null;
	let last = start;
	for (let i = start + 1; i < end; i++) {
		const line = lines[i] ?? '';
		if (/^[\s-]/.test(line) && line.trim() !== '') last = i;
		else if (line.trim() !== '' && !line.startsWith('#')) break;
	}
	const block = lines.slice(start + 1, last + 1);
	const listed = block.some((line) =>
		new RegExp(`^\\s*-?\\s*source:\\s*["']?${sourceId}["']?\\s*$`).test(line),
	);
	if (listed) return null;
	const indent = /^(\s*)-/.exec(block.find((line) => /^\s*-/.test(line)) ?? '  -')?.[1] ?? '  ';
	const choices = stanceIds.join(', ');
	const entry = [
		`${indent}- source: ${sourceId}`,
		`${indent}  stance: ${JSON.stringify(`${placeholderMarker} read ${sourceId} and choose one of ${choices}`)}`,
		`${indent}  # quote: the passage, copied exactly from the article, unless the stance is ${silentStance}`,
	];
	lines.splice(last + 1, 0, ...entry);
	return lines.join(eol);
}
