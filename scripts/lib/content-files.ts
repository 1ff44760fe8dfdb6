/**
 * Read an edition's claim and source files as the site sees them: with the validator's reader,
 * parsed with the site's schemas. Tests compare pages against them; scripts pick pages by them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byEdition } from '../../src/lib/joins.ts';
import {
	sourceSchema,
	type ClaimData,
	type RecordData,
	type SourceData,
} from '../../src/lib/schema.ts';
import { claimSchema, recordSchema } from '../../src/edition/schema.ts';
import type { contentSchemas } from '../../src/lib/schema.ts';
import { readContentFile } from '../../src/validator/read-content-file.ts';
import { contentDirs } from '../../src/lib/edition-files.ts';

export interface Loaded<T> {
	readonly id: string;
	readonly data: T;
	readonly body: string;
}

function load<T>(dir: string, parse: (data: unknown) => T): Loaded<T>[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const result = readContentFile(join(dir, name), readFileSync(join(dir, name)));
			if (!result.ok) throw new Error(`${name}: ${result.problems[0]?.message}`);
			return {
				id: name.replace(/\.md$/, ''),
				data: parse(result.content.data),
				body: result.content.body,
			};
		});
}

/** The schemas that read claims and records: the edition's, or another scale's (contentSchemas). */
type RatedSchemas = Pick<ReturnType<typeof contentSchemas>, 'claimSchema' | 'recordSchema'>;

/**
 * The claims, sources (in edition order, as the site shows them) and records of withdrawn and
 * renamed checks (none where the edition keeps no content/records/) of the content under `root`,
 * their verdicts read on the edition's rating scale unless `schemas` bind another.
 */
export function contentUnder(
	root: string,
	schemas: RatedSchemas = { claimSchema, recordSchema },
): {
	claims: Loaded<ClaimData>[];
	sources: Loaded<SourceData>[];
	records: Loaded<RecordData>[];
} {
	const records = join(root, contentDirs.records);
	return {
		claims: load(join(root, contentDirs.claims), (d) => schemas.claimSchema.parse(d)),
		sources: load(join(root, contentDirs.sources), (d) => sourceSchema.parse(d)).sort(byEdition),
		records: existsSync(records) ? load(records, (d) => schemas.recordSchema.parse(d)) : [],
	};
}
