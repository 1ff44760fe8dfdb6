/**
 * The checks that need more than one file at a time: every claim against the sources it
 * cites, and every claim against every other. Schema checks come first, per file.
 */
import { basename } from 'node:path';
import type { z } from 'astro/zod';
import { normalize, PassageIndex } from '../lib/passages.ts';
import { ratingIds } from '../lib/ratings.ts';
import { claimSchema, evidenceSchema, sourceSchema, sourceStanceSchema, updateSchema, type ClaimData, type SourceData } from '../lib/schema.ts';
import { stanceIds } from '../lib/stances.ts';
import { checkMarkdownBody } from './check-markdown.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ContentFile, FieldPath } from './read-content-file.ts';
import { closestWord } from './suggest.ts';

export interface CheckedSource {
	readonly content: ContentFile;
	readonly data: SourceData;
	readonly passages: PassageIndex;
}

/** Dotted field path as contributors write it: `sources[2].quote`. */
export function fieldName(path: FieldPath): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function diagnostic(content: ContentFile, path: FieldPath, message: string, hint?: string): Diagnostic {
	const { line, column } = content.locate(path);
	return { file: content.file, line, column, field: fieldName(path), message, ...(hint ? { hint } : {}) };
}

const valueAt = (data: unknown, path: FieldPath): unknown =>
	path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);

/** Field names each object in a file may hold, by where the object sits. */
function knownKeys(kind: 'claim' | 'source', path: FieldPath): readonly string[] {
	const named = path.filter((key): key is string => typeof key === 'string');
	const last = named[named.length - 1];
	if (kind === 'source') return Object.keys(sourceSchema.shape);
	switch (last) {
		case 'appeared':
			return Object.keys(claimSchema.shape.appeared.shape);
		case 'sources':
			return Object.keys(sourceStanceSchema.shape);
		case 'evidence':
			return Object.keys(evidenceSchema.shape);
		case 'updates':
			return Object.keys(updateSchema.shape);
		default:
			return Object.keys(claimSchema.shape);
	}
}

/** Turn schema issues into diagnostics with positions and, where it helps, a did-you-mean. */
function schemaProblems(kind: 'claim' | 'source', content: ContentFile, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
	return issues.map((issue) => {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		const value = valueAt(content.data, path);
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0] ?? '';
			const guess = closestWord(key, knownKeys(kind, path));
			const plural = issue.keys.length > 1 ? `unknown fields ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `unknown field "${key}"`;
			return diagnostic(content, [...path, key], plural, guess ? `did you mean "${guess}"?` : `known fields here: ${knownKeys(kind, path).join(', ')}`);
		}
		if (value === undefined && issue.code === 'invalid_type') {
			return diagnostic(content, path, 'is required but missing');
		}
		if (issue.code === 'invalid_value' && typeof value === 'string') {
			const known = path.at(-1) === 'verdict' ? ratingIds : path.at(-1) === 'stance' ? stanceIds : issue.values.map(String);
			const guess = closestWord(value, known);
			return diagnostic(content, path, `"${value}" ${issue.message}`, guess ? `did you mean "${guess}"?` : undefined);
		}
		return diagnostic(content, path, issue.message);
	});
}

function checkId(content: ContentFile, id: string): Diagnostic[] {
	const stem = basename(content.file).replace(/\.md$/, '');
	return id === stem ? [] : [diagnostic(content, ['id'], `"${id}" does not match the file name "${stem}"`, `rename the file to ${id}.md or set id: ${stem}; the id is the page's public URL, so keep it stable`)];
}

/** Check source files; returns the ones sound enough to check claims against. */
export function checkSources(files: readonly ContentFile[]): { problems: Diagnostic[]; sources: CheckedSource[] } {
	const problems: Diagnostic[] = [];
	const sources: CheckedSource[] = [];
	for (const content of files) {
		const parsed = sourceSchema.safeParse(content.data);
		if (!parsed.success) {
			problems.push(...schemaProblems('source', content, parsed.error.issues));
			continue;
		}
		const idProblems = checkId(content, parsed.data.id);
		problems.push(...idProblems);
		if (content.body.trim().length === 0) {
			problems.push({ file: content.file, line: content.bodyLine, column: 1, field: 'body', message: 'the archived article text is empty' });
			continue;
		}
		if (idProblems.length === 0) sources.push({ content, data: parsed.data, passages: new PassageIndex(content.body) });
	}
	return { problems, sources };
}

/** Check claim files against the schema, the sources and each other. */
export function checkClaims(files: readonly ContentFile[], sources: readonly CheckedSource[]): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const byId = new Map(sources.map((s) => [s.data.id, s]));
	const sourceIds = [...byId.keys()];
	const seenIds = new Map<string, string>();
	const seenClaims = new Map<string, string>();
	for (const content of files) {
		const parsed = claimSchema.safeParse(content.data);
		problems.push(...checkMarkdownBody(content));
		if (!parsed.success) {
			problems.push(...schemaProblems('claim', content, parsed.error.issues));
			continue;
		}
		const claim: ClaimData = parsed.data;
		problems.push(...checkId(content, claim.id));
		const firstWithId = seenIds.get(claim.id);
		if (firstWithId) problems.push(diagnostic(content, ['id'], `"${claim.id}" is already the id of ${firstWithId}`, 'every claim needs its own id'));
		else seenIds.set(claim.id, content.file);
		const claimKey = normalize(claim.claim).text.toLowerCase();
		const firstWithClaim = seenClaims.get(claimKey);
		if (firstWithClaim) problems.push(diagnostic(content, ['claim'], `the same claim is already checked in ${firstWithClaim}`, 'update that file instead, or state how this claim differs'));
		else seenClaims.set(claimKey, content.file);
		if (!byId.has(claim.appeared.source)) problems.push(unknownSource(content, ['appeared', 'source'], claim.appeared.source, sourceIds));
		problems.push(...checkStances(content, claim, byId, sourceIds));
	}
	return problems;
}

function unknownSource(content: ContentFile, path: FieldPath, id: string, known: readonly string[]): Diagnostic {
	const guess = closestWord(id, known);
	return diagnostic(content, path, `unknown source "${id}"`, guess ? `did you mean "${guess}"?` : `known sources: ${known.join(', ')}`);
}

function checkStances(content: ContentFile, claim: ClaimData, byId: ReadonlyMap<string, CheckedSource>, sourceIds: readonly string[]): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const listed = new Set<string>();
	claim.sources.forEach((entry, i) => {
		const source = byId.get(entry.source);
		if (!source) {
			problems.push(unknownSource(content, ['sources', i, 'source'], entry.source, sourceIds));
			return;
		}
		if (listed.has(entry.source)) {
			problems.push(diagnostic(content, ['sources', i, 'source'], `"${entry.source}" is listed twice`, 'give each source article one entry'));
			return;
		}
		listed.add(entry.source);
		if (entry.quote !== undefined && !source.passages.find(entry.quote)) {
			const near = source.passages.closest(entry.quote);
			problems.push(
				diagnostic(
					content,
					['sources', i, 'quote'],
					`the quote is not in the archived text of "${entry.source}"`,
					near ? `the closest passage there reads: "${near}"` : `copy the passage exactly from content/sources/${entry.source}.md`,
				),
			);
		}
	});
	const missing = sourceIds.filter((id) => !listed.has(id));
	if (missing.length > 0) {
		problems.push(
			diagnostic(content, ['sources'], `every source article needs an entry; missing: ${missing.join(', ')}`, `add { source: <id>, stance: not-mentioned } for an article that does not speak to the claim`),
		);
	}
	return problems;
}
