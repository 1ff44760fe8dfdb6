/**
 * Bytes to text: the checks that come before any parsing. A content file is plain UTF-8
 * text of a reasonable size, without a byte-order mark, NUL bytes, the characters the text
 * policy refuses (src/lib/text-policy.ts) or old Mac line breaks; CRLF line endings are accepted and read as LF.
 */
import { findRefused } from '../lib/text-policy.ts';
import type { Diagnostic } from './diagnostics.ts';

/** Larger files are refused before parsing: a claim file is a page of text, not a data dump. */
export const maxFileBytes = 256 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Diagnostic };

const fail = (
	file: string,
	line: number,
	column: number,
	message: string,
	hint: string,
): DecodeResult => ({
	ok: false,
	problem: { file, line, column, field: '', message, hint },
});

/** Line and column (1-based, in UTF-16 units as editors count them) of an index into `text`. */
export function positionOf(text: string, index: number): { line: number; column: number } {
	return lineLocator(text)(index);
}

/** `positionOf` for many lookups in one text: lines are indexed once, each lookup is a binary search. */
export function lineLocator(text: string): (index: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (index) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((starts[mid] as number) <= index) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: index - (starts[low] as number) + 1 };
	};
}

export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
	if (bytes.byteLength === 0) {
		return fail(file, 1, 1, 'the file is empty', 'start from the template: npm run new-claim');
	}
	if (bytes.byteLength > maxFileBytes) {
		return fail(
			file,
			1,
			1,
			`the file is ${bytes.byteLength} bytes; the limit is ${maxFileBytes}`,
			'a claim file holds one claim; move long material to cited evidence',
		);
	}
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return fail(
			file,
			firstInvalidUtf8Line(bytes),
			1,
			'the file is not valid UTF-8',
			'save it as UTF-8 (without a byte-order mark)',
		);
	}
	if (raw.startsWith('\uFEFF')) {
		return fail(
			file,
			1,
			1,
			'the file starts with a byte-order mark (BOM)',
			'save it as UTF-8 without a BOM',
		);
	}
	const nul = raw.indexOf('\0');
	if (nul >= 0) {
		const { line, column } = positionOf(raw, nul);
		return fail(
			file,
			line,
			column,
			'the file contains a NUL character',
			'it is not a text file; save it as plain UTF-8 text',
		);
	}
	const text = raw.replace(/\r\n/g, '\n');
	const loneCr = text.indexOf('\r');
	if (loneCr >= 0) {
		const { line, column } = positionOf(text, loneCr);
		return fail(
			file,
			line,
			column,
			'the file has a line break written as a lone carriage return (CR)',
			'save it with LF (or CRLF) line endings',
		);
	}
	const refused = findRefused(text);
	if (refused) {
		const { line, column } = positionOf(text, refused.index);
		return fail(
			file,
			line,
			column,
			`the file contains ${refused.codePoint}: ${refused.reason}`,
			'delete it (docs/text-policy.md lists the characters content files may not hold)',
		);
	}
	return { ok: true, text };
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
