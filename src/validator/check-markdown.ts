/**
 * A claim's analysis is plain Markdown, read as data: no raw HTML, no images, no script
 * URLs, no MDX. Checked on the Markdown syntax tree, so nothing hides in odd spacing.
 */
import { remark } from 'remark';
import type { Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';

interface MdNode {
	type: string;
	depth?: number;
	url?: string;
	value?: string;
	position?: { start: { line: number; column: number } };
	children?: MdNode[];
}

const safeUrl = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
const mdxStatement = /^(?:import|export)\s[\s\S]*?(?:\bfrom\b|=|\{)/;

const parser = remark();

export function checkMarkdownBody(content: ContentFile): Diagnostic[] {
	const problems: Diagnostic[] = [];
	if (content.body.trim().length === 0) {
		return [{ file: content.file, line: content.bodyLine, column: 1, field: 'body', message: 'the analysis is empty', hint: 'write the analysis below the frontmatter: what was said, what the record shows, and the verdict' }];
	}
	const at = (node: MdNode, message: string, hint?: string): Diagnostic => ({
		file: content.file,
		line: (node.position?.start.line ?? 1) + content.bodyLine - 1,
		column: node.position?.start.column ?? 1,
		field: 'body',
		message,
		...(hint ? { hint } : {}),
	});
	let previousDepth = 1;
	const visit = (node: MdNode): void => {
		switch (node.type) {
			case 'html':
				problems.push(at(node, 'raw HTML is not allowed in a claim file', 'use Markdown: **bold**, _emphasis_, [text](https://…), lists and ## headings'));
				return;
			case 'image':
			case 'imageReference':
				problems.push(at(node, 'images are not supported in claim files', 'link to the image instead: [description](https://…)'));
				return;
			case 'link':
			case 'definition':
				if (!safeUrl.test(node.url ?? '')) {
					problems.push(at(node, `link target "${node.url}" is not allowed`, 'links must be https://, http://, mailto:, a site path such as /claims/<id>/, or #anchor'));
				}
				break;
			case 'heading': {
				const depth = node.depth ?? 1;
				if (depth === 1) {
					problems.push(at(node, 'a top-level heading (#) is not allowed: the claim is the page title', 'start sections at ## and go down one level at a time'));
				} else if (depth > previousDepth + 1) {
					problems.push(at(node, `heading level ${depth} skips level ${previousDepth + 1}`, 'go down one level at a time (## then ###) so the page outline stays in order'));
				}
				previousDepth = depth;
				break;
			}
			case 'paragraph': {
				const first = node.children?.[0];
				if (first?.type === 'text' && mdxStatement.test(first.value ?? '')) {
					problems.push(at(node, 'claim files are plain Markdown: import/export statements are not run', 'remove the statement; claim files cannot contain code'));
				}
				break;
			}
		}
		node.children?.forEach(visit);
	};
	visit(parser.parse(content.body) as MdNode);
	return problems;
}
