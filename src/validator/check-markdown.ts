/**
 * A claim's analysis is plain Markdown, read as data: no raw HTML, no images, no script
 * URLs, no MDX. Checked on the Markdown syntax tree, so nothing hides in odd spacing, and
 * then once more on the raw text, so that nothing another Markdown engine would read as
 * HTML (the site renders with Astro's own engine, not remark) slips between the two.
 */
import GithubSlugger from 'github-slugger';
import { remark } from 'remark';
import { fileIdHint, fileIdMessage, type FileIdFinder } from './check-reader-text.ts';
import { placeholderMarker, placeholderProblem } from './check-text.ts';
import { lineLocator } from './decode-text.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';
import type { MarkdownBody } from './read-content-file.ts';
import { headingIdClash } from './reserved-ids.ts';
import { site } from '../edition/site.ts';
import { createRoutes } from '../lib/routes.ts';

/** A root link to a claim, as a claim file writes it: the site's own word for claims. */
const claimLinkExample = `/${createRoutes(site.paths).claim('<id>')}`;

interface MdNode {
	type: string;
	depth?: number;
	url?: string;
	value?: string;
	position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
	children?: MdNode[];
}

const safeUrl = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
/** An ES module statement as MDX would run it, not a sentence that happens to start with "import". */
const mdxStatement =
	/^(?:import\s+(?:['"]|[\w$*{][^\n]*\bfrom\s*['"])|export\s+(?:const|let|var|function|class|default|async|\{|\*))/;
/** Where raw HTML starts in any CommonMark engine: "<" then a tag name, "/", "!" or "?" (matched with the name, for the message). */
const htmlStart = /<[A-Za-z/!?][\w-]*/g;
const scriptScheme = /\b(?:javascript|vbscript):/gi;
const placeholderPattern = new RegExp(`${placeholderMarker}.*`, 'g');

const htmlHint =
	'use Markdown: **bold**, _emphasis_, [text](https://…), lists and ## headings; write &lt; for a literal "<"';

const parser = remark();

/** Problems in a claim's analysis; with `findFileId`, also every place its prose names a file id. */
export function checkMarkdownBody(
	file: string,
	body: MarkdownBody,
	findFileId?: FileIdFinder,
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	if (body.text.trim().length === 0) {
		return [
			{
				file,
				line: body.line,
				column: 1,
				field: 'body',
				message: 'the analysis is empty',
				hint: 'write the analysis below the frontmatter: what was said, what the record shows, and the verdict',
			},
		];
	}
	const report = (line: number, column: number, message: string, hint?: string) =>
		problems.push({
			file,
			line: line + body.line - 1,
			column,
			field: 'body',
			message,
			...(hint ? { hint } : {}),
		});
	const at = (node: MdNode, message: string, hint?: string) =>
		report(node.position?.start.line ?? 1, node.position?.start.column ?? 1, message, hint);
	/** Spans the text pass skips: raw HTML already reported and autolinks such as <https://…>; unsafe links already reported. */
	const htmlSeen: Span[] = [];
	const linksSeen: Span[] = [];
	/** Lines with raw HTML already reported: one report per line is enough. */
	const htmlLines = new Set<number>();

	const tooComplex = complexity(body.text);
	if (tooComplex) report(tooComplex.line, 1, tooComplex.message, tooComplex.hint);

	const positionOf = lineLocator(body.text);
	const slugger = new GithubSlugger();
	let previousDepth = 1;
	const visit = (node: MdNode): void => {
		switch (node.type) {
			case 'text':
			case 'inlineCode': {
				let from = node.position?.start.offset ?? 0;
				for (const mention of findFileId?.(node.value ?? '') ?? []) {
					from = Math.max(from, body.text.indexOf(mention.text, from));
					const { line, column } = positionOf(from);
					report(line, column, fileIdMessage(mention), fileIdHint);
					from += mention.text.length;
				}
				return;
			}
			case 'html':
				if (!htmlLines.has(node.position?.start.line ?? 1))
					at(node, 'raw HTML is not allowed in a claim file', htmlHint);
				htmlLines.add(node.position?.start.line ?? 1);
				htmlSeen.push(spanOf(node));
				return;
			case 'image':
			case 'imageReference':
				at(
					node,
					'images are not supported in claim files',
					'link to the image instead: [description](https://…)',
				);
				return;
			case 'link':
			case 'definition':
				if (!safeUrl.test(node.url ?? '')) {
					at(
						node,
						`link target ${quoted(node.url)} is not allowed`,
						`links must be https://, http://, mailto:, a site path such as ${claimLinkExample}, or #anchor`,
					);
					linksSeen.push(spanOf(node));
				}
				if (node.type === 'link' && body.text[spanOf(node)[0]] === '<') htmlSeen.push(spanOf(node));
				break;
			case 'heading': {
				const depth = node.depth ?? 1;
				if (depth === 1) {
					at(
						node,
						'a top-level heading (#) is not allowed: the claim is the page title',
						'start sections at ## and go down one level at a time',
					);
				} else if (depth > previousDepth + 1) {
					at(
						node,
						`heading level ${depth} skips level ${previousDepth + 1}`,
						'go down one level at a time (## then ###) so the page outline stays in order',
					);
				}
				previousDepth = depth;
				const clash = headingIdClash(slugger, textOf(node));
				if (clash)
					at(
						node,
						`this heading would get the id "${clash}", which the page's own template uses`,
						'reword the heading (the page already has its own sections for the verdict, sources, evidence and updates)',
					);
				break;
			}
			case 'paragraph': {
				const first = node.children?.[0];
				if (first?.type === 'text' && mdxStatement.test(first.value ?? '')) {
					at(
						node,
						'claim files are plain Markdown: import/export statements are not run',
						'remove the statement; claim files cannot contain code',
					);
				}
				break;
			}
		}
		node.children?.forEach(visit);
	};
	if (!tooComplex && !treeFindsNothing(body.text, findFileId)) visit(parser.parse(body.text));

	for (const match of body.text.matchAll(htmlStart)) {
		const { line, column } = positionOf(match.index);
		if (htmlLines.has(line) || within(htmlSeen, match.index)) continue;
		htmlLines.add(line);
		report(
			line,
			column,
			`${quoted(match[0])} could be read as an HTML tag, which is not allowed in a claim file`,
			'a "<" directly before a letter, "/", "!" or "?" is refused everywhere, in `code` too: write &lt; in text, or name the tag in words',
		);
	}
	for (const match of body.text.matchAll(placeholderPattern)) {
		const { line, column } = positionOf(match.index);
		report(
			line,
			column,
			`the analysis ${placeholderProblem}: ${quoted(match[0].trim())}`,
			'replace the TODO with your text',
		);
	}
	const schemeLines = new Set<number>();
	for (const match of body.text.matchAll(scriptScheme)) {
		const { line, column } = positionOf(match.index);
		if (schemeLines.has(line) || within(linksSeen, match.index)) continue;
		schemeLines.add(line);
		report(
			line,
			column,
			`"${match[0]}" URLs are not allowed in a claim file`,
			'link to an https:// page instead',
		);
	}
	return problems;
}

/**
 * Markdown that no analysis needs and that makes Markdown parsers slow (emphasis and nesting
 * are resolved in quadratic time) or recurse without end. Refused before the syntax-tree
 * pass, so a hostile file cannot stall the validator; the raw-text pass still runs.
 */
export const markdownLimits = {
	/** Ten times the longest analysis published so far; Markdown parsing time grows faster than the text. */
	characters: 32 * 1024,
	asterisks: 1000,
	quoteDepth: 20,
	/** Lists and quotes opened at the start of one line ("> - 1. …"): Markdown parsers nest them recursively. */
	containerDepth: 10,
	/** Columns of indentation before a line's text: deeper nesting spread over many lines. */
	indent: 64,
	/** Lines in the analysis: Markdown parsers resolve each line against all open blocks. */
	lines: 1000,
	/** Each of these characters, which open links, escapes, emphasis, entities, HTML and code: parsers try to match every one. */
	specials: 1000,
} as const;

/** The containers a line opens before its text: quote marks, bullets and numbers, each followed by white space. */
const containerRun = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+/gm;

function complexity(text: string): { line: number; message: string; hint: string } | null {
	if (text.length > markdownLimits.characters) {
		return {
			line: 1,
			message: `the analysis is ${text.length} characters long; the limit is ${markdownLimits.characters}`,
			hint: 'a claim file holds one claim; move long material to cited evidence',
		};
	}
	const asterisks = text.split('*').length - 1;
	if (asterisks > markdownLimits.asterisks) {
		return {
			line: 1,
			message: `the analysis has ${asterisks} "*" characters; the limit is ${markdownLimits.asterisks}`,
			hint: 'use * only for emphasis and list bullets',
		};
	}
	const lines = text.split('\n').length;
	if (lines > markdownLimits.lines) {
		return {
			line: markdownLimits.lines + 1,
			message: `the analysis has ${lines} lines; the limit is ${markdownLimits.lines}`,
			hint: 'a claim file holds one claim; move long material to cited evidence',
		};
	}
	for (const char of ['[', '\\', '_', '&', '<', '`']) {
		const count = text.split(char).length - 1;
		if (count > markdownLimits.specials)
			return {
				line: 1,
				message: `the analysis has ${count} "${char}" characters; the limit is ${markdownLimits.specials}`,
				hint: `use "${char}" only where Markdown needs it`,
			};
	}
	const deep = new RegExp(`^(?:[ \\t]*>){${markdownLimits.quoteDepth + 1}}`, 'm').exec(text);
	if (deep) {
		return {
			line: lineLocator(text)(deep.index).line,
			message: `blockquotes are nested more than ${markdownLimits.quoteDepth} levels deep`,
			hint: 'quote one level deep; nest only when quoting a quotation',
		};
	}
	for (const match of text.matchAll(containerRun)) {
		const depth = match[0].match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
		if (depth > markdownLimits.containerDepth) {
			return {
				line: lineLocator(text)(match.index).line,
				message: `a line opens ${depth} lists or quotes inside each other; the limit is ${markdownLimits.containerDepth}`,
				hint: 'start each list item on its own line, and nest lists at most a few levels deep',
			};
		}
	}
	const indented = new RegExp(`^(?: |\t){${markdownLimits.indent + 1}}`, 'm').exec(
		text.replace(/\t/g, '    '),
	);
	if (indented) {
		return {
			line: lineLocator(text)(indented.index).line,
			message: `a line is indented more than ${markdownLimits.indent} columns`,
			hint: 'indent nested lists by two to four spaces a level, and nest them at most a few levels deep',
		};
	}
	return null;
}

/** Text that may hold HTML, images, escapes, entities, code, fenced code or a link that is not plainly safe. */
const notPlain = /[<\\&`]|!\[|~~~|\](?!\((?:https?:\/\/|mailto:|\/(?!\/)|#))/i;
/** A line that may be a heading other than one with its # at the start of the line (in a list or quote, or indented), or a setext underline. */
const otherHeading = /^(?:[ \t>*+\-\d.)]+#|[ \t>*+\-\d.)]*[=-]+[ \t]*$)/m;
const mayBeStatement = /(?:import|export)\s/;
/** A heading written "## Text" at the start of its line. */
const atxHeading = /^(#{1,6})(?:[ \t]+(.*))?$/gm;

/**
 * Whether the syntax-tree pass is sure to find nothing, without building the tree: the
 * analysis holds no HTML, images, code, escapes or entities, only links to safe addresses,
 * nothing that could be an import or export, no text that may name a file id, and its only
 * headings are "## Text" lines of plain words, in order, whose ids the page does not use.
 * Anything else is left to the tree.
 */
function treeFindsNothing(text: string, findFileId: FileIdFinder | undefined): boolean {
	if (notPlain.test(text) || otherHeading.test(text) || mayBeStatement.test(text)) return false;
	if (findFileId?.mayName(text)) return false;
	const slugger = new GithubSlugger();
	let previousDepth = 1;
	for (const [, marks = '', words = ''] of text.matchAll(atxHeading)) {
		const heading = words.replace(/[ \t]+$/, '');
		if (marks.length === 1 || marks.length > previousDepth + 1) return false;
		if (heading === '' || /[*_[\]!#]/.test(heading)) return false;
		if (headingIdClash(slugger, heading)) return false;
		previousDepth = marks.length;
	}
	return true;
}

/** A node's text, as a heading's id is made from it. */
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

type Span = readonly [start: number, end: number];

const spanOf = (node: MdNode): Span => [
	node.position?.start.offset ?? 0,
	node.position?.end.offset ?? 0,
];

const within = (spans: readonly Span[], index: number) =>
	spans.some(([start, end]) => index >= start && index < end);
