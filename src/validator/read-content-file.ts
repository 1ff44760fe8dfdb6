/**
 * Reading one content file as a contributor wrote it: bytes to text, the frontmatter block
 * split off exactly where Astro splits it, YAML to data, and a way to turn a field path back
 * into the line and column where it was written.
 */
import {
	isAlias,
	isMap,
	isNode,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
} from 'yaml';
import { decodeText, positionOf } from './decode-text.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';
import { readPlainFrontmatter } from './plain-frontmatter.ts';
import { sameFrontmatter, siteReading, type SiteReading } from './site-reading.ts';

export type FieldPath = readonly (string | number)[];

/** The Markdown below the frontmatter. */
export interface MarkdownBody {
	readonly text: string;
	/** 1-based line of the file on which the body starts. */
	readonly line: number;
}

export interface ContentFile {
	/** Path relative to the project root. */
	readonly file: string;
	/** The frontmatter as plain data. */
	readonly data: unknown;
	/** The Markdown body below the frontmatter. */
	readonly body: string;
	/** 1-based line on which the body starts. */
	readonly bodyLine: number;
	/** The frontmatter as the site's build reads it (site-reading.ts), to check that both readings agree. */
	readonly siteReading: SiteReading;
	/** Line and column where a field was written (its key), or the nearest enclosing field that exists. */
	locate(path: FieldPath): { line: number; column: number };
}

export type ReadResult =
	| { ok: true; content: ContentFile }
	/** `body` is there whenever the frontmatter block was found, so it is checked even when the YAML is broken. */
	| { ok: false; problems: Diagnostic[]; body: MarkdownBody | null };

const problem = (
	file: string,
	line: number,
	column: number,
	message: string,
	hint?: string,
): Diagnostic => ({
	file,
	line,
	column,
	field: '',
	message,
	...(hint ? { hint } : {}),
});

const failed = (...problems: Diagnostic[]): ReadResult => ({ ok: false, problems, body: null });

/** Parse a file's bytes. Never throws on any input: every failure comes back as a diagnostic. */
export function readContentFile(file: string, bytes: Uint8Array): ReadResult {
	const decoded = decodeText(file, bytes);
	if (!decoded.ok) return failed(decoded.problem);
	const { text } = decoded;
	// Astro takes the frontmatter to be everything between the opening "---" and the first
	// line that starts with "---". The validator splits at the same place, so both read the
	// same YAML and the same body.
	if (!text.startsWith('---')) {
		return failed(
			problem(
				file,
				1,
				1,
				'the file must start with a frontmatter block opened by a line "---"',
				'start from the template: npm run new-claim',
			),
		);
	}
	if (!/^---[ \t]*(?:\n|$)/.test(text)) {
		return failed(
			problem(
				file,
				1,
				4,
				'the line opening the frontmatter must be exactly "---"',
				'put the first field on the next line',
			),
		);
	}
	const close = text.indexOf('\n---', 3);
	if (close < 0) {
		return failed(
			problem(
				file,
				1,
				1,
				'the frontmatter block is never closed',
				'end it with a line "---" before the Markdown body',
			),
		);
	}
	const closeLine = positionOf(text, close + 1).line;
	const closeLineEnd = text.indexOf('\n', close + 1);
	const closingText = text.slice(close + 1, closeLineEnd < 0 ? undefined : closeLineEnd);
	if (!/^---[ \t]*$/.test(closingText)) {
		return failed(
			problem(
				file,
				closeLine,
				4,
				'the line closing the frontmatter must be exactly "---"',
				'a line that starts with "---" ends the frontmatter: put the rest on the next line',
			),
		);
	}
	const body: MarkdownBody = {
		text: closeLineEnd < 0 ? '' : text.slice(closeLineEnd + 1),
		line: closeLine + 1,
	};
	// The YAML keeps the rest of the opening line, so its line numbers are the file's.
	const yamlSource = text.slice(3, close + 1);
	const lines = new LineCounter();
	const at = (offset: number) => {
		const pos = lines.linePos(offset);
		return { line: pos.line, column: pos.col };
	};
	// YAML readers recurse on nesting: refuse what no claim file needs before parsing it.
	const deep = tooDeep(yamlSource);
	if (deep !== null) {
		const { line, column } = positionOf(yamlSource, deep);
		return {
			ok: false,
			problems: [
				problem(
					file,
					line,
					column,
					`the frontmatter nests lists or groups more than ${yamlLimits.depth} levels deep`,
					'write each field as name: value, with lists one level deep, as the template does',
				),
			],
			body,
		};
	}
	const parse = () =>
		parseDocument(yamlSource, {
			lineCounter: lines,
			prettyErrors: false,
			uniqueKeys: true,
			version: '1.2',
			schema: 'core',
		});
	// Plain frontmatter is read fast; the full reader parses it only if a message needs a field's line.
	const plain = readPlainFrontmatter(yamlSource);
	if (plain) {
		let parsed: Document | undefined;
		return {
			ok: true,
			content: {
				file,
				data: plain.ours,
				body: body.text,
				bodyLine: body.line,
				siteReading: sameFrontmatter(text, yamlSource)
					? { ok: true, data: plain.theirs }
					: siteReading(text),
				locate: (path) => at(locateField((parsed ??= parse()), path)),
			},
		};
	}
	const doc = parse();
	// After a syntax error the parser guesses, and its later complaints are mostly echoes of the
	// first: report that one. Repeated keys are not syntax errors, and each is reported.
	const [syntaxError] = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
	const yamlErrors = doc.errors.filter(
		(error) => error === syntaxError || error.code === 'DUPLICATE_KEY',
	);
	const yamlProblems = yamlErrors.map((error) =>
		yamlProblem(file, yamlSource, error.code, error.message, at(error.pos[0])),
	);
	if (!syntaxError)
		yamlProblems.push(
			...unsupportedYaml(doc).map(({ offset, message, hint }) => ({
				file,
				...at(offset),
				field: '',
				message,
				hint,
			})),
		);
	if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems, body };
	return {
		ok: true,
		content: {
			file,
			data: doc.toJS(),
			body: body.text,
			bodyLine: body.line,
			siteReading: siteReading(text),
			locate: (path) => at(locateField(doc, path)),
		},
	};
}

/** How deep frontmatter may nest: claim files need three levels (sources, an entry, its fields). */
const yamlLimits = { depth: 8 } as const;

/**
 * The offset where the frontmatter first nests deeper than the limit, in brackets ([ { ) or
 * in block lists and groups (counted by indentation and "- " markers), or null.
 */
function tooDeep(source: string): number | null {
	let depth = 0;
	let quote: '"' | "'" | null = null;
	let lineStart = true;
	let indent = 0;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === '\n') {
			lineStart = true;
			indent = 0;
			continue;
		}
		if (lineStart) {
			if (char === ' ' || char === '-') {
				indent++;
				if (indent > 2 * yamlLimits.depth) return i;
				continue;
			}
			lineStart = false;
		}
		if (quote) {
			if (char === '\\' && quote === '"') i++;
			else if (char === quote) quote = null;
		} else if (
			(char === '"' || char === "'") &&
			/(?:^|[:\-[{,?]\s*)$/.test(source.slice(Math.max(0, i - 8), i).replace(/^.*\n/s, ''))
		)
			// A quote opens a quoted value only where a value starts; an apostrophe inside plain text opens nothing.
			quote = char;
		else if (char === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ''))) {
			const end = source.indexOf('\n', i);
			i = end < 0 ? source.length : end - 1;
		} else if (char === '[' || char === '{') {
			if (++depth > yamlLimits.depth) return i;
		} else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
	}
	return null;
}

/** YAML features a claim file never needs, which other YAML readers (Astro's among them) treat differently. */
function unsupportedYaml(doc: Document): { offset: number; message: string; hint: string }[] {
	const found: { offset: number; message: string; hint: string }[] = [];
	visit(doc, (_key, node) => {
		if (isPair(node) && !isScalar(node.key)) {
			const offset = isNode(node.key) ? (node.key.range?.[0] ?? 0) : 0;
			found.push({
				offset,
				message: 'a field name must be plain text',
				hint: 'write each field as name: value',
			});
		} else if (isAlias(node)) {
			found.push({
				offset: node.range?.[0] ?? 0,
				message: `YAML aliases (*${node.source}) are not allowed`,
				hint: 'write the value out in full',
			});
		} else if (isNode(node)) {
			if (node.anchor)
				found.push({
					offset: node.range?.[0] ?? 0,
					message: `YAML anchors (&${node.anchor}) are not allowed`,
					hint: 'write each value out in full',
				});
			if (node.tag) {
				const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
				found.push({
					offset: node.range?.[0] ?? 0,
					message: `YAML tags (${tag}) are not allowed`,
					hint: 'write plain values; put text in double quotes',
				});
			}
		}
	});
	return found;
}

function yamlProblem(
	file: string,
	source: string,
	code: string,
	message: string,
	at: { line: number; column: number },
): Diagnostic {
	// A tab among the spaces that indent a line confuses YAML in many ways; whatever it reports, name the tab.
	const indent = /^[ \t-]*/.exec(source.split('\n')[at.line - 1] ?? '')?.[0] ?? '';
	if (code !== 'DUPLICATE_KEY' && indent.includes('\t')) {
		return problem(
			file,
			at.line,
			indent.indexOf('\t') + 1,
			`the frontmatter is not valid YAML: ${plainYamlMessage('TAB_AS_INDENT', message)}`,
			yamlHint('TAB_AS_INDENT'),
		);
	}
	if (code === 'MISSING_CHAR' && /closing "?quote|closing ['"]/.test(message)) {
		const opened = unclosedQuoteLine(source);
		return problem(
			file,
			opened ?? at.line,
			1,
			'the frontmatter is not valid YAML: a quoted value is never closed',
			'end the text with a closing " on the same line; write \\" for a quote mark inside it',
		);
	}
	if (code === 'BLOCK_AS_IMPLICIT_KEY') {
		const key = /^\s*(?:-\s+)?([\w-]+):\s+[^\s"'].*:\s/.exec(
			source.split('\n')[at.line - 1] ?? '',
		)?.[1];
		if (key)
			return problem(
				file,
				at.line,
				at.column,
				`the frontmatter is not valid YAML: the value of ${quoted(key)} contains ": "`,
				'wrap the value in double quotes',
			);
	}
	if (code === 'DUPLICATE_KEY') {
		const key =
			/^[^\s:]+/.exec(source.slice(lineStart(source, at.line) + at.column - 1))?.[0] ?? '';
		return problem(
			file,
			at.line,
			at.column,
			`the frontmatter is not valid YAML: the field ${quoted(key)} is given twice`,
			'each field may appear once; delete or merge the repeated one',
		);
	}
	return problem(
		file,
		at.line,
		at.column,
		`the frontmatter is not valid YAML: ${plainYamlMessage(code, message)}`,
		yamlHint(code),
	);
}

const lineStart = (source: string, line: number) =>
	source
		.split('\n')
		.slice(0, line - 1)
		.join('\n').length + (line > 1 ? 1 : 0);

/** The first line holding an odd number of unescaped double quotes: where an unclosed quoted value opens. */
function unclosedQuoteLine(source: string): number | null {
	const lines = source.split('\n');
	const index = lines.findIndex(
		(line) => (line.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1,
	);
	return index < 0 ? null : index + 1;
}

function plainYamlMessage(code: string, message: string): string {
	switch (code) {
		case 'TAB_AS_INDENT':
			return 'a tab is used for indentation';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a line is indented too far, or a value contains ": "';
		case 'MULTIPLE_DOCS':
			return 'the block holds more than one YAML document';
		default: {
			const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
			return first.charAt(0).toLowerCase() + first.slice(1);
		}
	}
}

function yamlHint(code: string): string {
	switch (code) {
		case 'TAB_AS_INDENT':
			return 'indent YAML with spaces, not tabs';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'wrap text that contains a colon in double quotes, and check the indentation';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'check the indentation, and that every list [ ] and quoted string is closed';
		case 'MULTIPLE_DOCS':
			return 'remove the "..." or "---" line inside the frontmatter';
		default:
			return 'wrap text that contains a colon, # or quotes in double quotes';
	}
}

/** Offset of the key (or list item) at `path`, or of the deepest part of it that exists; 0 (the opening line) for none. */
function locateField(doc: Document, path: FieldPath): number {
	let node: unknown = doc.contents;
	let offset = 0;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
			if (!pair) break;
			offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (!isNode(item)) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	return offset;
}
