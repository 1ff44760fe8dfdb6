/**
 * Every text value in the frontmatter is plain text that pages print as it stands: no HTML
 * tags, no invisible characters (which YAML escapes such as "\u202E" can also write), and no
 * "TODO:" placeholders left from the template.
 */
import { findRefused } from '../lib/text-policy.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';
import type { ContentFile, FieldPath } from './read-content-file.ts';
import { diagnosticAt, fieldName } from './schema-problems.ts';

/** How the claim template marks what the writer still has to fill in. */
export const placeholderMarker = 'TODO:';

/** Every problem about a placeholder says this: a draft in progress, which `npm run dev` shows rather than refuses. */
export const placeholderProblem = 'still holds a placeholder';

export interface TextCheck {
	readonly problems: Diagnostic[];
	/** Fields that still hold a placeholder: their schema issues would only repeat the news. */
	readonly placeholders: ReadonlySet<string>;
}

export function checkFrontmatterText(content: ContentFile): TextCheck {
	const problems: Diagnostic[] = [];
	const placeholders = new Set<string>();
	for (const { path, text } of textValues(content.data, [])) {
		if (text.includes(placeholderMarker)) {
			placeholders.add(fieldName(path));
			problems.push(
				diagnosticAt(
					content,
					path,
					`${placeholderProblem}: ${quoted(text.trim())}`,
					'replace the TODO with the real value',
				),
			);
		} else if (/<[A-Za-z/!?]/.test(text)) {
			problems.push(
				diagnosticAt(
					content,
					path,
					'must be plain text: HTML tags are not allowed',
					'write the text without tags; pages print it as it stands',
				),
			);
		} else {
			const refused = findRefused(text);
			if (refused)
				problems.push(
					diagnosticAt(
						content,
						path,
						`contains ${refused.codePoint}: ${refused.reason}`,
						'remove the character, or the escape sequence (such as "\\u200F") that writes it; docs/text-policy.md lists what is refused',
					),
				);
		}
	}
	return { problems, placeholders };
}

function* textValues(
	value: unknown,
	path: FieldPath,
): Generator<{ path: FieldPath; text: string }> {
	if (typeof value === 'string') {
		yield { path, text: value };
	} else if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) yield* textValues(item, [...path, i]);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) yield* textValues(item, [...path, key]);
	}
}
