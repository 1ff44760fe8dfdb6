/**
 * One reading of a file: the site's build reads frontmatter with Astro's own parser (js-yaml,
 * which takes an unquoted 2026-01-09 as a date and 0b101 as a number), the validator with a
 * strict YAML 1.2 reader that can point at lines. A file passes only when both readings
 * give the same data once the schema has read them, so what the validator accepts the build
 * accepts, read the same way.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';
import type { ContentFile, FieldPath } from './read-content-file.ts';
import { diagnosticAt } from './schema-problems.ts';

export type SiteReading = { ok: true; data: unknown } | { ok: false; message: string };

/** The frontmatter as Astro's content loader reads it from the file's text. */
export function siteReading(text: string): SiteReading {
	try {
		return {
			ok: true,
			data: parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter,
		};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, message: message.split('\n')[0] ?? message };
	}
}

/** Whether the site's build finds the same frontmatter block in the file's text as the validator did. */
export function sameFrontmatter(text: string, frontmatter: string): boolean {
	return extractFrontmatter(text) === frontmatter;
}

const quoteHint =
	'put the value in double quotes, so that every YAML reader takes it as the same text';

/** What kind of value a YAML reader made of something, in words. */
function kindOf(value: unknown): string {
	if (value instanceof Date) return 'a date';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Uint8Array) return 'binary data';
	return typeof value === 'object' ? 'a group of fields' : `a ${typeof value}`;
}

/** The first path at which two readings differ, and what each made of it. */
function firstDifference(
	ours: unknown,
	theirs: unknown,
	path: FieldPath = [],
): { path: FieldPath; theirs: unknown } | null {
	if (theirs instanceof Date || ours instanceof Date) return { path, theirs };
	if (Array.isArray(ours) && Array.isArray(theirs)) {
		for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
			const found = firstDifference(ours[i], theirs[i], [...path, i]);
			if (found) return found;
		}
		return null;
	}
	if (
		ours !== null &&
		theirs !== null &&
		typeof ours === 'object' &&
		typeof theirs === 'object' &&
		!Array.isArray(ours) &&
		!Array.isArray(theirs)
	) {
		const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
		for (const key of keys) {
			const found = firstDifference(
				(ours as Record<string, unknown>)[key],
				(theirs as Record<string, unknown>)[key],
				[...path, key],
			);
			if (found) return found;
		}
		return null;
	}
	return Object.is(ours, theirs) ? null : { path, theirs };
}

/**
 * Problems where the build would read the file otherwise than the validator did. Only for a
 * file whose own reading passes `schema`: a file the validator refuses is refused either way.
 * `ours` is the schema's reading of the validator's data, for a caller that has it already.
 */
export function checkSameReading(
	content: ContentFile,
	schema: z.ZodType,
	ours: z.ZodSafeParseResult<unknown> = schema.safeParse(content.data),
): Diagnostic[] {
	const site = content.siteReading;
	if (!site.ok)
		return [
			diagnosticAt(
				content,
				[],
				`the site's build cannot read this frontmatter (${site.message})`,
				quoteHint,
			),
		];
	if (!ours.success) return [];
	const theirs = schema.safeParse(site.data);
	if (theirs.success && JSON.stringify(theirs.data) === JSON.stringify(ours.data)) return [];
	const issuePath = theirs.success
		? null
		: (theirs.error.issues[0]?.path.filter((k): k is string | number => typeof k !== 'symbol') ??
			null);
	const found = issuePath
		? { path: issuePath, theirs: valueAt(site.data, issuePath) }
		: (firstDifference(content.data, site.data) ?? { path: [], theirs: site.data });
	return [
		diagnosticAt(
			content,
			found.path,
			`is read as ${kindOf(found.theirs)} by the site's build, not as the text written here`,
			quoteHint,
		),
	];
}

function valueAt(data: unknown, path: FieldPath): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}
