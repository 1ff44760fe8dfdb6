/**
 * The benchmark's synthetic claim files must stay valid claim files: generated with the
 * real sources, they pass the project's own validator, and they fill every field the claim
 * schema knows, so the corpus cannot drift from the real format unnoticed.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import matter from 'gray-matter';
import { claimSchema } from '../../src/edition/schema.ts';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { editClaim, generateCorpus, loadSources } from '../../scripts/bench/corpus.ts';
import { contentRoot } from '../test-edition.ts';

const root = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

const sources = loadSources(join(contentRoot, contentDirs.sources));
cpSync(join(contentRoot, contentDirs.pages), join(root, contentDirs.pages), { recursive: true });
const corpus = generateCorpus(
	join(root, contentDirs.claims),
	join(root, contentDirs.sources),
	sources,
	30,
	{ seed: 7 },
);
const files = readdirSync(join(root, contentDirs.claims)).sort();
const parsed = files.map((file) =>
	matter(readFileSync(join(root, contentDirs.claims, file), 'utf8')),
);

test('30 synthetic claims pass the project validator with no problems', () => {
	// A synthetic corpus, not an edition: the minimums an edition's settings set do not apply.
	const { problems, checked } = validateProject(root, [], { checks: {} });
	assert.deepEqual(problems, []);
	assert.equal(checked, 30 + sources.length);
});

test('the synthetic claims fill every field the claim schema knows', () => {
	const keys = (values: unknown[]) =>
		new Set(values.flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : [])));
	const data = parsed.map((p) => p.data as Record<string, unknown>);
	const nested = (field: string) =>
		data.flatMap((d) => (Array.isArray(d[field]) ? (d[field] as unknown[]) : [d[field]]));
	const shape = claimSchema.shape as Record<
		string,
		{
			shape?: Record<string, unknown>;
			element?: { shape?: Record<string, unknown> };
			unwrap?: () => { element?: { shape?: Record<string, unknown> } };
		}
	>;
	const fieldsOf = (field: string) => {
		const schema = shape[field];
		return Object.keys(
			schema?.shape ?? schema?.element?.shape ?? schema?.unwrap?.().element?.shape ?? {},
		);
	};
	const missing = [
		...Object.keys(shape).filter((key) => !keys(data).has(key)),
		...['claimant', 'appeared', 'sources', 'evidence', 'updates'].flatMap((field) =>
			fieldsOf(field)
				.filter((key) => !keys(nested(field)).has(key))
				.map((key) => `${field}.${key}`),
		),
	];
	assert.deepEqual(
		missing,
		[],
		`scripts/bench/corpus.ts never writes ${missing.join(', ')}: teach it the new field`,
	);
});

test('ids and claim texts are unique, bodies run 250 to 400 words under ## headings, 1 to 3 evidence entries', () => {
	assert.equal(new Set(parsed.map((p) => p.data.id)).size, 30);
	assert.equal(new Set(parsed.map((p) => p.data.claim)).size, 30);
	for (const { data, content } of parsed) {
		const words = content.split(/\s+/).filter(Boolean).length;
		assert.ok(words >= 250 && words <= 400, `${data.id}: ${words} words`);
		assert.match(content, /^## /m);
		assert.ok(data.evidence.length >= 1 && data.evidence.length <= 3);
		assert.equal(data.sources.length, sources.length);
		for (const evidence of data.evidence) assert.match(evidence.url, /^https:\/\/example\.org\//);
	}
	assert.equal(corpus.ids.length, 30);
});

test('the same seed writes the same files', () => {
	const again = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
	try {
		generateCorpus(join(again, 'claims'), join(again, 'sources'), sources, 30, { seed: 7 });
		for (const file of files)
			assert.equal(
				readFileSync(join(again, 'claims', file), 'utf8'),
				readFileSync(join(root, contentDirs.claims, file), 'utf8'),
			);
	} finally {
		rmSync(again, { recursive: true, force: true });
	}
});

test('an edited claim stays valid', () => {
	const id = corpus.ids[3] as string;
	const marker = editClaim(join(root, contentDirs.claims), id, 'test');
	assert.ok(readFileSync(join(root, contentDirs.claims, `${id}.md`), 'utf8').includes(marker));
	assert.deepEqual(validateProject(root, [join(contentDirs.claims, `${id}.md`)]).problems, []);
});
