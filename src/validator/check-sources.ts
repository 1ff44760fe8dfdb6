/** Source files: the archived articles every claim is checked against. */
import { basename } from 'node:path';
import type { z } from 'astro/zod';
import { PassageIndex } from '../lib/passages.ts';
import { sourceSchema, type SourceData } from '../lib/schema.ts';
import { checkFrontmatterText } from './check-text.ts';
import { quoted, internalError, type Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './read-content-file.ts';
import { diagnosticAt, schemaProblems } from './schema-problems.ts';
import { checkSameReading } from './site-reading.ts';

export interface CheckedSource {
	readonly content: ContentFile;
	readonly data: SourceData;
	readonly passages: PassageIndex;
}

/** The name of a content file without its folder and `.md`: what its id must be. */
export const fileStem = (file: string) => basename(file).replace(/\.md$/, '');

/** A diagnostic when the id is not the file name, which it must be: the id is the public URL. */
export function checkIdMatchesFile(content: ContentFile, id: string): Diagnostic[] {
	const stem = fileStem(content.file);
	return id === stem
		? []
		: [
				diagnosticAt(
					content,
					['id'],
					`${quoted(id)} does not match the file name ${quoted(stem)}`,
					`rename the file to ${id}.md or set id: ${stem}; the id is the page's public URL, so keep it stable`,
				),
			];
}

/**
 * A source or record file's frontmatter read with its schema: the data, where the schema accepts
 * it, and every problem with it: placeholders and refused text, the schema's issues (but for a
 * field still holding a placeholder, which says it already), two readings that differ, an id
 * that is not the file name.
 */
export function readFrontmatter<T extends { id: string }>(
	kind: 'source' | 'record',
	schema: z.ZodType<T>,
	content: ContentFile,
): { problems: Diagnostic[]; data?: T } {
	const text = checkFrontmatterText(content);
	const parsed = schema.safeParse(content.data);
	if (!parsed.success)
		return {
			problems: [
				...text.problems,
				...schemaProblems(kind, content, parsed.error.issues).filter(
					(problem) => !text.placeholders.has(problem.field),
				),
			],
		};
	return {
		problems: [
			...text.problems,
			...checkSameReading(content, schema),
			...checkIdMatchesFile(content, parsed.data.id),
		],
		data: parsed.data,
	};
}

/** Check source files; returns the ones sound enough to check claims against. */
export function checkSources(files: readonly ContentFile[]): {
	problems: Diagnostic[];
	sources: CheckedSource[];
} {
	const problems: Diagnostic[] = [];
	const sources: CheckedSource[] = [];
	for (const content of files) {
		try {
			const checked = checkSource(content);
			problems.push(...checked.problems);
			if (checked.source) sources.push(checked.source);
		} catch (error) {
			problems.push(internalError(content.file, error));
		}
	}
	return { problems, sources };
}

function checkSource(content: ContentFile): { problems: Diagnostic[]; source?: CheckedSource } {
	const { problems, data } = readFrontmatter('source', sourceSchema, content);
	if (!data) return { problems };
	if (content.body.trim().length === 0) {
		problems.push({
			file: content.file,
			line: content.bodyLine,
			column: 1,
			field: 'body',
			message: 'the archived article text is empty',
			hint: 'paste the article text, as published, below the frontmatter',
		});
	}
	return problems.length > 0
		? { problems }
		: {
				problems,
				source: { content, data, passages: new PassageIndex(content.body) },
			};
}
