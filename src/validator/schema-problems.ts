/**
 * Schema issues as contributors should read them: at the line of the field, in plain words,
 * with a did-you-mean for a misspelt field name, verdict or stance.
 */
import type { z } from 'astro/zod';
import { getRating, ratingIds } from '../edition/ratings.ts';
import {
	editorialPageSchema,
	evidenceSchema,
	sourceSchema,
	sourceStanceSchema,
	translationSchema,
} from '../lib/schema.ts';
import { claimSchema, recordSchema, updateSchema } from '../edition/schema.ts';
import { stanceIds } from '../lib/stances.ts';
import { quoted, type Diagnostic } from './diagnostics.ts';
import type { ContentFile, FieldPath } from './read-content-file.ts';
import { nearestRating } from './other-scales.ts';
import { ratingOfLabel } from './rating-labels.ts';
import { closestWord } from './suggest.ts';

/** A claim, source or record file, a check's translation (content/claims/<lang>/<id>.md), or an editorial page. */
type FileKind = 'claim' | 'source' | 'record' | 'translation' | 'page';

/** Dotted field path as contributors write it: `sources[2].quote`. */
export function fieldName(path: FieldPath): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

/** A diagnostic at the line where the field at `path` (or the nearest part of it) is written. */
export function diagnosticAt(
	content: ContentFile,
	path: FieldPath,
	message: string,
	hint?: string,
): Diagnostic {
	const { line, column } = content.locate(path);
	return {
		file: content.file,
		line,
		column,
		field: fieldName(path),
		message,
		...(hint ? { hint } : {}),
	};
}

/** The value at `path` in parsed frontmatter, or undefined. */
const valueAt = (data: unknown, path: FieldPath): unknown =>
	path.reduce<unknown>(
		(node, key) =>
			node !== null && typeof node === 'object'
				? (node as Record<string | number, unknown>)[key]
				: undefined,
		data,
	);

/** Field names an object in a file may hold, by where the object sits. */
function knownKeys(kind: FileKind, path: FieldPath): readonly string[] {
	if (kind === 'source') return Object.keys(sourceSchema.shape);
	if (kind === 'page') return Object.keys(editorialPageSchema.shape);
	if (kind === 'translation')
		return path[0] === 'contact' && path.length === 1
			? Object.keys(translationSchema.shape.contact.unwrap().shape)
			: Object.keys(translationSchema.shape);
	const named = path.filter((key): key is string => typeof key === 'string');
	switch (named.at(-1)) {
		case 'claimant':
			return Object.keys(claimSchema.shape.claimant.shape);
		case 'appeared':
			return Object.keys(claimSchema.shape.appeared.shape);
		case 'sources':
			return Object.keys(sourceStanceSchema.shape);
		case 'evidence':
			return Object.keys(evidenceSchema.shape);
		case 'updates':
			return Object.keys(updateSchema.shape);
		default:
			return Object.keys(kind === 'record' ? recordSchema.shape : claimSchema.shape);
	}
}

/** How to start a file of each kind whose frontmatter is not a list of fields. */
const startHint: Record<FileKind, string> = {
	claim: 'start from the template: npm run new-claim',
	source: 'start from the template: npm run new-claim',
	record: 'start from the template: npm run new-claim',
	translation:
		'start with the fields claim:, summary:, translator: and translated: (CONTRIBUTING.md, "Translating a check")',
	page: 'start with the fields title: and description:, as the page in the default language does',
};

/** Where a contributor finds every field of a kind of file. */
const whereFieldsAre: Record<FileKind, string> = {
	claim: 'the template from npm run new-claim has every field',
	source: 'the template from npm run add-source has every field',
	record: 'CONTRIBUTING.md, "Withdrawing or renaming a check", lists every field',
	translation: 'CONTRIBUTING.md, "Translating a check", lists every field',
	page: 'an editorial page has a title: and a description:',
};

/** Turn schema issues into diagnostics. */
export function schemaProblems(
	kind: FileKind,
	content: ContentFile,
	issues: readonly z.core.$ZodIssue[],
): Diagnostic[] {
	return issues.map((issue) =>
		describe(
			kind,
			content,
			issue,
			issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
		),
	);
}

function describe(
	kind: FileKind,
	content: ContentFile,
	issue: z.core.$ZodIssue,
	path: FieldPath,
): Diagnostic {
	const value = valueAt(content.data, path);
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeys(kind, path);
		const key = issue.keys[0] ?? '';
		const guess = closestWord(key, known);
		const what =
			issue.keys.length > 1
				? `unknown fields ${issue.keys.map((k) => quoted(k)).join(', ')}`
				: `unknown field ${quoted(key)}`;
		return diagnosticAt(
			content,
			[...path, key],
			what,
			guess ? `did you mean "${guess}"?` : `known fields here: ${known.join(', ')}`,
		);
	}
	if (path.length === 0) {
		const start = startHint[kind];
		return value === null || value === undefined
			? diagnosticAt(content, path, 'the frontmatter is empty', start)
			: diagnosticAt(
					content,
					path,
					'the frontmatter must be a list of "name: value" fields',
					start,
				);
	}
	if (value === undefined && issue.code !== 'custom') {
		return diagnosticAt(
			content,
			path,
			'is required but missing',
			`add ${fieldName(path)}: (${whereFieldsAre[kind]})`,
		);
	}
	if (value === null && issue.code === 'invalid_type') {
		return diagnosticAt(
			content,
			path,
			'has no value',
			'write a value after the colon, or delete the line if the field is optional',
		);
	}
	if (issue.code === 'invalid_type' && issue.expected === 'object') {
		return diagnosticAt(
			content,
			path,
			`must be a group of fields (${knownKeys(kind, path).join(', ')}), one per line, indented under it`,
			'indent each of its fields by two spaces on the lines below it, as the template does',
		);
	}
	if (issue.code === 'invalid_value' && typeof value === 'string') {
		const field = path.at(-1);
		const known =
			field === 'verdict' ? ratingIds : field === 'stance' ? stanceIds : issue.values.map(String);
		const labelled = field === 'verdict' ? ratingOfLabel(value) : undefined;
		if (labelled !== undefined) {
			return diagnosticAt(
				content,
				path,
				`"${value}" ${issue.message}`,
				`"${value}" is the ${labelled.language} label of the rating "${labelled.id}": write verdict: ${labelled.id}`,
			);
		}
		const otherScale = field === 'verdict' ? nearestRating(value) : undefined;
		if (otherScale !== undefined) {
			return diagnosticAt(
				content,
				path,
				`${quoted(value)} ${issue.message}`,
				`${quoted(value)} is another fact-checker's rating; the nearest on this scale is "${otherScale}": ${getRating(otherScale).meaning}`,
			);
		}
		const guess = closestWord(value, known);
		return diagnosticAt(
			content,
			path,
			`${quoted(value)} ${issue.message}`,
			guess
				? `did you mean "${guess}"?`
				: `write one of: ${known.map((id) => (field === 'verdict' ? `${id} (${getRating(id).label})` : id)).join(', ')}`,
		);
	}
	return diagnosticAt(content, path, issue.message, hintOf(issue) ?? fallbackHint(issue, value));
}

/** What to do about an issue whose rule carries no hint of its own, by the kind of value wanted. */
function fallbackHint(issue: z.core.$ZodIssue, value: unknown): string {
	if (/YYYY-MM-DD|calendar date/.test(issue.message))
		return 'write the day as YYYY-MM-DD, for example 2026-01-09, and check that the month has that day';
	if (/in the future|is before/.test(issue.message))
		return 'use the day it happened, no later than today (UTC)';
	if (/URL/.test(issue.message)) return 'copy the full address from the browser, starting https://';
	if (/lowercase letters/.test(issue.message))
		return 'write it in lowercase, with hyphens between words';
	if (/left out/.test(issue.message)) return 'delete that line';
	if (/is required when/.test(issue.message))
		return 'add quote: with the words copied from the article';
	if (issue.code === 'invalid_type' && issue.expected === 'array')
		return 'write each entry on its own line starting "- ", indented under the field, as the template does';
	if (issue.code === 'invalid_type' && typeof value !== 'string')
		return 'put the text in double quotes';
	return 'compare the field with the template (npm run new-claim) and CONTRIBUTING.md';
}

/** The hint a schema rule attaches to its issue (`params: { hint }`), if any. */
const hintOf = (issue: z.core.$ZodIssue): string | undefined => {
	const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
	return typeof hint === 'string' ? hint : undefined;
};
