/** "Did you mean …?" for a misspelt id or key: the closest known word, if it is close enough. */
export function closestWord(input: string, known: readonly string[]): string | undefined {
	let best: { word: string; distance: number } | undefined;
	for (const word of known) {
		const distance = editDistance(input.toLowerCase(), word.toLowerCase());
		if (!best || distance < best.distance) best = { word, distance };
	}
	if (!best) return undefined;
	const allowed = Math.max(2, Math.floor(Math.max(input.length, best.word.length) / 3));
	return best.distance <= allowed || best.word.startsWith(input) || input.startsWith(best.word)
		? best.word
		: undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
		}
		previous = current;
	}
	return previous[b.length] as number;
}
