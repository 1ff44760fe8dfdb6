/**
 * A fast reader for the plain frontmatter nearly every content file holds: fields written as
 * `name: value` and `- ` lists, one value a line, in double or single quotes or as plain
 * words, numbers, dates, true, false and null, and short [a, b] lists. It gives both
 * readings of the file at once, the validator's (YAML 1.2, core schema) and the site's
 * build (js-yaml, which takes an unquoted 2026-01-09 as a date), with no line positions.
 *
 * For anything else it gives up (null), and the file is read by the full YAML reader, which
 * can also point at lines: it reads only what both readers read the same way but for dates,
 * and what neither reports a problem in. read-content-file.ts asks it first, and parses
 * again with the full reader only when a message needs a field's line.
 */

export interface PlainReadings {
	/** The frontmatter as the validator's YAML 1.2 reader makes it. */
	readonly ours: Record<string, unknown>;
	/** The frontmatter as the site's build reads it (site-reading.ts). */
	readonly theirs: Record<string, unknown>;
}

/** Given up on: the full reader decides. */
class NotPlain extends Error {}

const giveUp = (): never => {
	throw new NotPlain();
};

/**
 * Characters this reader leaves to the full one: tabs, control characters, surrogates,
 * non-characters, Unicode spaces and line separators, which YAML readers treat in different
 * ways (to YAML a no-break space is text, not white space). What is left, JavaScript trims
 * as YAML does: spaces only.
 */
const unusual =
	// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
	/[\t\r\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029]/;
/** A field name both readers take as the same text. */
const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Words a YAML reader takes as null or true/false rather than text. */
const reserved = new Set([
	'null',
	'Null',
	'NULL',
	'true',
	'True',
	'TRUE',
	'false',
	'False',
	'FALSE',
	'__proto__',
]);
const scalarValues: Readonly<Record<string, unknown>> = {
	'~': null,
	null: null,
	Null: null,
	NULL: null,
	true: true,
	True: true,
	TRUE: true,
	false: false,
	False: false,
	FALSE: false,
};
const day = /^(\d{4})-(\d{2})-(\d{2})$/;
const count = /^(?:0|[1-9]\d{0,14})$/;

/** An unquoted value, read both ways: only what the two readers take alike, and dates. */
function plainScalar(text: string): [ours: unknown, theirs: unknown] {
	if (Object.hasOwn(scalarValues, text)) return [scalarValues[text], scalarValues[text]];
	if (count.test(text)) return [Number(text), Number(text)];
	const date = day.exec(text);
	// js-yaml makes a date of it, as new Date(Date.UTC(...)); YAML 1.2's core schema keeps the text.
	if (date)
		return [text, new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])))];
	// Text that starts with a letter is text to both; anything else may be a number, a date or an indicator.
	if (
		!/^[A-Za-z]/.test(text) ||
		/[[\]{}]|:(?: |$)| #/.test(text) ||
		text !== text.trim() ||
		reserved.has(text)
	)
		return giveUp();
	return [text, text];
}

const escapes: Readonly<Record<string, string>> = {
	'\\': '\\',
	'"': '"',
	'/': '/',
	n: '\n',
	t: '\t',
};

/** A value written on one line (after `name: ` or `- `): its two readings. */
function inlineValue(text: string): [ours: unknown, theirs: unknown] {
	const first = text[0];
	let value: string;
	let rest: string;
	if (first === '"') {
		value = '';
		let i = 1;
		for (; i < text.length && text[i] !== '"'; i++) {
			if (text[i] !== '\\') {
				value += text[i];
				continue;
			}
			const escape = text[++i] ?? '';
			if (Object.hasOwn(escapes, escape)) value += escapes[escape];
			else if (escape === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 1, i + 5))) {
				value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
				i += 4;
			} else giveUp();
		}
		if (i >= text.length) giveUp();
		rest = text.slice(i + 1);
	} else if (first === "'") {
		const close = /^'((?:[^']|'')*)'/.exec(text) ?? giveUp();
		value = close[1]!.replace(/''/g, "'");
		rest = text.slice(close[0].length);
	} else if (first === '[') {
		const list = /^\[([^[\]{}'"#:]*)\]/.exec(text) ?? giveUp();
		if (!/^ *(?: #.*)?$/.test(text.slice(list[0].length))) giveUp();
		const items = list[1]!.trim() === '' ? [] : list[1]!.split(',').map((item) => item.trim());
		const read = items.map((item) => (item === '' ? giveUp() : plainScalar(item)));
		return [read.map(([ours]) => ours), read.map(([, theirs]) => theirs)];
	} else {
		const comment = text.indexOf(' #');
		return plainScalar((comment < 0 ? text : text.slice(0, comment)).trimEnd());
	}
	if (!/^ *(?: #.*)?$/.test(rest)) giveUp();
	return [value, value];
}

interface Line {
	readonly indent: number;
	readonly text: string;
}

/**
 * Both readings of a frontmatter block (the text between the "---" lines, starting with the
 * rest of the opening line), or null when it is not plain enough for this reader.
 */
export function readPlainFrontmatter(source: string): PlainReadings | null {
	if (unusual.test(source)) return null;
	const [opening, ...rest] = source.split('\n');
	if (opening?.trim() !== '') return null;
	const lines: Line[] = [];
	for (const raw of rest) {
		const text = raw.trimStart();
		// Comments only at the start of a line: deeper ones could belong to a value spread over lines.
		if (text === '' || raw.startsWith('#')) continue;
		if (text.startsWith('#')) return null;
		lines.push({ indent: raw.length - text.length, text: text.trimEnd() });
	}
	if (lines.length === 0 || lines[0]!.indent !== 0) return null;
	try {
		let at = 0;
		const readMap = (indent: number, firstText?: string): [unknown, unknown] => {
			const ours: Record<string, unknown> = {};
			const theirs: Record<string, unknown> = {};
			let text: string | undefined = firstText;
			for (;;) {
				if (text === undefined) {
					const line = lines[at];
					if (!line || line.indent < indent) break;
					if (line.indent > indent) giveUp();
					text = line.text;
				}
				at++;
				const field = /^([^:\s]+):(?: +(.*))?$/.exec(text) ?? giveUp();
				const key = field[1]!;
				if (!plainKey.test(key) || reserved.has(key) || Object.hasOwn(ours, key)) giveUp();
				let value: [unknown, unknown];
				if (field[2] === undefined) {
					const next = lines[at];
					if (next && next.indent > indent) value = readBlock(next.indent);
					else if (next && next.indent === indent && next.text.startsWith('-')) value = giveUp();
					else value = [null, null];
				} else {
					value = inlineValue(field[2]);
					if ((lines[at]?.indent ?? 0) > indent) giveUp();
				}
				ours[key] = value[0];
				theirs[key] = value[1];
				text = undefined;
			}
			return [ours, theirs];
		};
		const readSeq = (indent: number): [unknown, unknown] => {
			const ours: unknown[] = [];
			const theirs: unknown[] = [];
			for (let line = lines[at]; line && line.indent >= indent; line = lines[at]) {
				if (line.indent > indent) giveUp();
				const item = /^- +(.+)$/.exec(line.text) ?? giveUp();
				const content = item[1]!;
				let value: [unknown, unknown];
				if (/^[^\s"'[]+:(?: |$)/.test(content)) {
					value = readMap(indent + line.text.length - content.length, content);
				} else {
					at++;
					value = inlineValue(content);
					if ((lines[at]?.indent ?? 0) > indent) giveUp();
				}
				ours.push(value[0]);
				theirs.push(value[1]);
			}
			return [ours, theirs];
		};
		const readBlock = (indent: number): [unknown, unknown] =>
			lines[at]!.text.startsWith('-') ? readSeq(indent) : readMap(indent);
		const [ours, theirs] = readMap(0);
		if (at !== lines.length) return null;
		return { ours: ours as Record<string, unknown>, theirs: theirs as Record<string, unknown> };
	} catch (error) {
		if (error instanceof NotPlain) return null;
		throw error;
	}
}
