/**
 * Finding quoted passages in archived article text. A quote matches when it is the same
 * text, tolerating only differences in white space, curly versus straight quotes, dash
 * variants, and Unicode form (an accented letter typed as one character or as a letter and a
 * combining mark reads the same, NFC). Each article is normalized once; every lookup is then a substring search.
 */

const equivalents: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u2032': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u201F': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2015': '-',
	'\u2212': '-',
};

const isSpace = (ch: string) => /\s/u.test(ch);
const isCombiningMark = (ch: string | undefined) => ch !== undefined && /\p{M}/u.test(ch);

export interface NormalizedText {
	/** The text with equivalent characters folded and white-space runs made one space. */
	readonly text: string;
	/** For each character of `text`, its index in the original; one extra entry for the end. */
	readonly offsets: readonly number[];
	/** For each character of `text`, the index just past the original character(s) it came from. */
	readonly ends: readonly number[];
}

/** Fold a text for matching, remembering where each folded character came from. */
export function normalize(original: string): NormalizedText {
	let text = '';
	const offsets: number[] = [];
	const ends: number[] = [];
	let inSpace = false;
	let i = 0;
	while (i < original.length) {
		const ch = original[i] as string;
		if (isSpace(ch)) {
			if (!inSpace && text.length > 0) {
				text += ' ';
				offsets.push(i);
				ends.push(i + 1);
			}
			inSpace = true;
			i++;
			continue;
		}
		inSpace = false;
		// A character and the combining marks after it are composed together (NFC); each
		// character that results maps back to the whole run.
		let end = i + 1;
		while (isCombiningMark(original[end])) end++;
		const composed = end - i === 1 ? ch : original.slice(i, end).normalize('NFC');
		for (const part of composed) {
			text += equivalents[part] ?? part;
			for (let unit = 0; unit < part.length; unit++) {
				offsets.push(i);
				ends.push(end);
			}
		}
		i = end;
	}
	if (text.endsWith(' ')) {
		text = text.slice(0, -1);
		offsets.pop();
		ends.pop();
	}
	offsets.push(original.length);
	return { text, offsets, ends };
}

/** A passage's place in the original text: [start, end). */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** The passage nearest a quote that is not in the text, and where the quote first departs from it. */
export interface NearMiss {
	/** The sentence-sized passage as the archived text writes it (its own quote marks and dashes; white space made single spaces). */
	readonly passage: string;
	/** The first word of the quote that differs from the word of the text set against it (null past the text's end), or null if none does. */
	readonly difference: { readonly quoted: string; readonly archived: string | null } | null;
}

/** The words of a normalized text, each with where it starts and ends in it. */
const wordsOf = (text: string) =>
	[...text.matchAll(/\S+/g)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length,
	}));

/** An archived text prepared for repeated quote lookups. */
export class PassageIndex {
	readonly #original: string;
	readonly #normalized: NormalizedText;
	/** Quotes already looked up: a build asks for each one from several pages and endpoints. */
	readonly #found = new Map<string, Span | null>();

	constructor(original: string) {
		this.#original = original;
		this.#normalized = normalize(original);
	}

	/** Where `quote` stands in the original text, or null when it is not there. */
	find(quote: string): Span | null {
		let span = this.#found.get(quote);
		if (span === undefined) this.#found.set(quote, (span = this.#search(quote)));
		return span;
	}

	#search(quote: string): Span | null {
		const needle = normalize(quote).text;
		if (needle.length === 0) return null;
		const at = this.#normalized.text.indexOf(needle);
		if (at < 0) return null;
		return this.#span(at, at + needle.length);
	}

	/** The span of the original text that normalized characters [from, to) came from. */
	#span(from: number, to: number): Span {
		const { offsets, ends } = this.#normalized;
		return { start: offsets[from] as number, end: ends[to - 1] as number };
	}

	/**
	 * The sentence-sized stretch of the text that shares the longest run of words with
	 * `quote`, and the first word where the quote departs from it: the hint shown when a quote
	 * is not found verbatim.
	 */
	closest(quote: string): NearMiss | null {
		const quoted = normalize(quote).text.split(' ').filter(Boolean);
		const words = quoted.map((word) => word.toLowerCase());
		const haystack = this.#normalized.text;
		const lower = haystack.toLowerCase();
		let best: { at: number; from: number; length: number } | null = null;
		for (let from = 0; from < words.length; from++) {
			for (let to = words.length; to > from + (best?.length ?? 0); to--) {
				const at = lower.indexOf(words.slice(from, to).join(' '));
				if (at >= 0) {
					best = { at, from, length: to - from };
					break;
				}
			}
		}
		if (!best || best.length < 2) return null;
		const ends = sentenceEnds(haystack);
		const before = ends.filter((end) => end <= best.at).at(-1);
		const start = before === undefined ? 0 : before + 1;
		const after = ends.find((end) => end > best.at);
		const end = Math.min(after === undefined ? haystack.length : after, start + 400);
		const span = this.#span(start + (haystack[start] === ' ' ? 1 : 0), end);
		const original = (range: { start: number; end: number }) => {
			const { start: from, end: to } = this.#span(range.start, range.end);
			return this.#original.slice(from, to).replace(/\s+/g, ' ');
		};
		// Set the quote against the text where their longest shared run of words lines up.
		const passageWords = wordsOf(haystack);
		const runStart = passageWords.findIndex((w) => w.end > best.at);
		const shift = runStart - best.from;
		let difference: NearMiss['difference'] = null;
		for (const [i, word] of quoted.entries()) {
			const there = passageWords[shift + i];
			if (there?.word === word) continue;
			difference = { quoted: word, archived: there ? original(there) : null };
			break;
		}
		return {
			passage: this.#original.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
			difference,
		};
	}
}

/**
 * Where sentences end: after ". ", "? " or "! " (optionally behind a closing quote), except
 * after abbreviations such as "U.S." or "Mr.", whose last letter is a capital or which are short.
 */
function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	for (const match of text.matchAll(/([A-Za-z0-9)]+)([.?!])["']? /g)) {
		const word = match[1] ?? '';
		const abbreviation =
			match[2] === '.' &&
			(/[A-Z]$/.test(word) || /^(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Jr|Sr|vs|No)$/.test(word));
		if (!abbreviation) ends.push(match.index + match[0].length - 1);
	}
	return ends;
}
