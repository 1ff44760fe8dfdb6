import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { stancesOf } from '../../src/lib/joins.ts';
import { PassageIndex } from '../../src/lib/passages.ts';
import { claimRecord, claimRecordSchema, claimsCsv, envelope, formatVersion } from '../../src/lib/open-data.ts';
import { claims, sources } from '../site-content.ts';

const indexes = new Map(sources.map((s) => [s.id, new PassageIndex(s.body)]));
const records = claims.map((claim) =>
	claimRecord(claim, stancesOf(claim, sources).map((s) => ({ ...s, span: s.quote ? (indexes.get(s.article.id)?.find(s.quote) ?? undefined) : undefined }))),
);

test('every claim record matches the published JSON Schema', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile(claimRecordSchema);
	for (const record of records) assert.ok(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`);
});

test('the schema rejects a record with a field it does not document', () => {
	const ajv = new Ajv2020({ strict: false });
	assert.equal(ajv.validate(claimRecordSchema, { ...records[0], extra: 1 }), false);
});

test('records carry every source with stances and quote links', () => {
	for (const record of records) {
		assert.equal(record.sources.length, sources.length);
		for (const s of record.sources) {
			assert.equal(s.quote === null, s.quoteUrl === null);
			if (s.quoteUrl) assert.match(s.quoteUrl, new RegExp(`/sources/${s.id}/#passage-\\d+-\\d+$`));
		}
	}
});

test('the envelope names its format version', () => {
	assert.equal(envelope('claims', []).version, formatVersion);
});

test('CSV has a header and one row per claim, quoting cells with commas, quotes and formula starts', () => {
	const csv = claimsCsv(records, sources);
	const lines = csv.trimEnd().split('\r\n');
	assert.equal(lines[0]?.split(',')[0], 'id');
	assert.ok(lines[0]?.includes(`stance_${sources[0]!.id}`));
	const sample = claimsCsv([{ ...records[0]!, claim: 'He said "no", then = yes', claimant: '=cmd()' }], sources).split('\r\n')[1] ?? '';
	assert.ok(sample.includes('"He said ""no"", then = yes"'));
	assert.ok(sample.includes('"=cmd()"'));
	assert.equal(lines.length, records.length + 1);
});
