/**
 * Reading one content file as a contributor wrote it: bytes to text, frontmatter to data,
 * and a way to turn a field path back into the line and column where it was written.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

/** Larger files are refused before parsing: a claim file is a page of text, not a data dump. */
export const maxFileBytes = 256 * 1024;

export type FieldPath = readonly (string | number)[];

export interface ContentFile {
	/** Path relative to the project root. */
	readonly file: string;
	/** The frontmatter as plain data. */
	readonly data: unknown;
	/** The Markdown body below the frontmatter. */
	readonly body: string;
	/** 1-based line on which the body starts. */
	readonly bodyLine: number;
	/** Line and column where a field was written (its key), or the nearest enclosing field that exists. */
	locate(path: FieldPath): { line: number; column: number };
}

export type ReadResult = { ok: true; content: ContentFile } | { ok: false; problems: Diagnostic[] };

const problem = (file: string, line: number, column: number, message: string, hint?: string): Diagnostic => ({
	file, line, column, field: '', message, ...(hint ? { hint } : {}),
});

/** Parse a file's bytes. Never throws: every failure comes back as a diagnostic. */
export function readContentFile(file: string, bytes: Uint8Array): ReadResult {
	if (bytes.byteLength === 0) {
		return { ok: false, problems: [problem(file, 1, 1, 'the file is empty', 'start from the template: npm run new-claim')] };
	}
	if (bytes.byteLength > maxFileBytes) {
		return { ok: false, problems: [problem(file, 1, 1, `the file is ${bytes.byteLength} bytes; the limit is ${maxFileBytes}`, 'a claim file holds one claim; move long material to cited evidence')] };
	}
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8Line(bytes);
		return { ok: false, problems: [problem(file, at, 1, 'the file is not valid UTF-8', 'save it as UTF-8 (without a byte-order mark)')] };
	}
	if (raw.startsWith('\uFEFF')) {
		return { ok: false, problems: [problem(file, 1, 1, 'the file starts with a byte-order mark (BOM)', 'save it as UTF-8 without a BOM')] };
	}
	if (raw.includes('\0')) {
		const line = raw.slice(0, raw.indexOf('\0')).split('\n').length;
		return { ok: false, problems: [problem(file, line, 1, 'the file contains a NUL character', 'it is not a text file; save it as plain UTF-8 text')] };
	}
	const text = raw.replace(/\r\n?/g, '\n');
	if (!/^---[ \t]*\n/.test(text)) {
		return { ok: false, problems: [problem(file, 1, 1, 'the file must start with a frontmatter block opened by a line "---"')] };
	}
	let yamlSource = '';
	const parsed = matter(text, {
		engines: {
			yaml: (source: string) => {
				yamlSource = source;
				return {};
			},
		},
	});
	if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
		return { ok: false, problems: [problem(file, 1, 1, 'the frontmatter block is never closed', 'end it with a line "---" before the Markdown body')] };
	}
	const lines = new LineCounter();
	const doc = parseDocument(yamlSource, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => {
				const pos = lines.linePos(error.pos[0]);
				return problem(file, pos.line, pos.col, `the frontmatter is not valid YAML: ${firstLine(error.message)}`, yamlHint(error.code));
			}),
		};
	}
	const body = parsed.content;
	const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
	return {
		ok: true,
		content: {
			file,
			data: doc.toJS() ?? {},
			body,
			bodyLine,
			locate: (path) => locateField(doc, lines, path),
		},
	};
}

function locateField(doc: Document, lines: LineCounter, path: FieldPath): { line: number; column: number } {
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
			if (!item) break;
			offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	const pos = lines.linePos(offset);
	return { line: pos.line, column: pos.col };
}

/** The first line whose bytes are not UTF-8 (lines split on the newline byte, which UTF-8 never reuses). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let line = 1;
	let start = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i < bytes.length && bytes[i] !== 0x0a) continue;
		try {
			decoder.decode(bytes.subarray(start, i));
		} catch {
			return line;
		}
		line++;
		start = i + 1;
	}
	return 1;
}

const firstLine = (message: string) => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

function yamlHint(code: string): string | undefined {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'each key may appear once; delete or rename the repeated one';
		case 'TAB_AS_INDENT':
			return 'indent YAML with spaces, not tabs';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'check the indentation and that every quoted string is closed';
		case 'MULTIPLE_DOCS':
			return 'there is a stray "---" inside the frontmatter';
		default:
			return 'wrap text that contains a colon, # or quotes in double quotes';
	}
}
