/**
 * The text policy (docs/text-policy.md): which code points a content file may not hold, which
 * ones count as nothing, and how two texts are brought to one form before they are compared.
 * The validator, the schema and the site all take these rules from here.
 */

/**
 * Code points refused everywhere in a content file, in its raw text and in every value YAML
 * escapes can write, each class with the reason a contributor is told.
 */
const refusedClasses: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
	{
		// eslint-disable-next-line no-control-regex -- control characters are what this class refuses
		pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u,
		reason: 'a control character, which prints as nothing and breaks XML feeds',
	},
	{
		pattern: /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u,
		reason:
			'a bidirectional control, which reorders the text around it so reviewers cannot see what it says',
	},
	{
		pattern: /[\u2028\u2029]/u,
		reason:
			'a Unicode line or paragraph separator, which JavaScript and JSON readers treat as a line break',
	},
	{ pattern: /\uFEFF/u, reason: 'a byte-order mark (zero-width no-break space) inside the text' },
	{
		pattern:
			/[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u,
		reason: 'a Unicode noncharacter, which is not text and is not allowed in XML',
	},
	{
		pattern: /[\uD800-\uDFFF]/u,
		reason: 'half of a UTF-16 surrogate pair, which is not a character on its own',
	},
	{
		pattern: /[\u{E0000}-\u{E007F}]/u,
		reason: 'a Unicode tag character, which is invisible and can hide text',
	},
];

/** What a one-character pattern matches, as the inside of a character class. */
function classBody({ source }: RegExp): string {
	if (source.startsWith('[') && source.endsWith(']') && !source.startsWith('[^'))
		return source.slice(1, -1);
	if (/^\\u[0-9A-F]{4}$/i.test(source)) return source;
	throw new Error(`text policy: /${source}/ is not one character class`);
}

/** All refused code points in one character class, for a quick test (one class runs faster than the seven in turn). */
const refusedCharacter = new RegExp(
	`[${refusedClasses.map(({ pattern }) => classBody(pattern)).join('')}]`,
	'u',
);

/** The first refused code point in `text`: where it is, how to name it, and why it is refused. */
export function findRefused(
	text: string,
): { index: number; codePoint: string; reason: string } | null {
	const match = refusedCharacter.exec(text);
	if (!match) return null;
	const found = match[0];
	const reason =
		refusedClasses.find(({ pattern }) => pattern.test(found))?.reason ?? 'a refused character';
	return { index: match.index, codePoint: codePointName(found), reason };
}

/** U+XXXX for the first code point of `char`. */
const codePointName = (char: string) =>
	`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters that look like nothing (or like a space) without being white space to a
 * program: the Hangul fillers, the blank Braille pattern, zero-width spaces and joiners, the
 * soft hyphen, word joiners, variation selectors and the like. They stay allowed (emoji need
 * joiners and selectors) but never count as content.
 */
const blankLooking =
	// eslint-disable-next-line no-misleading-character-class -- each combining mark is listed on its own, as a character that shows nothing
	/[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200D\u2060-\u2064\u2800\u3164\uFE00-\uFE0F\uFFA0\u{1D159}\u{1D173}-\u{1D17A}\u{E0100}-\u{E01EF}]/gu;

const printableAscii = /^[\t\n\r\x20-\x7E]*$/;

/** How many characters a reader sees: NFC, blank-looking characters removed, trimmed, in code points. */
export function visibleLength(text: string): number {
	// Printable ASCII (most text) is its own NFC form, holds nothing blank-looking and is one code unit a character.
	if (printableAscii.test(text)) return text.trim().length;
	return [...text.normalize('NFC').replace(blankLooking, '').trim()].length;
}

/** The form in which two texts are compared: NFC, blank-looking characters removed, white space collapsed, lower case. */
export function comparable(text: string): string {
	return text.normalize('NFC').replace(blankLooking, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}
