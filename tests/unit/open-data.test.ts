import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { stancesOf } from '../../src/lib/joins.ts';
import { PassageIndex } from '../../src/lib/passages.ts';
import {
	checkRecordData,
	claimEntry,
	claimRecord,
	claimRecordSchema,
	claimsCsv,
	envelope,
	formatVersion,
} from '../../src/lib/open-data.ts';
import { claims, records as checkRecords, sources } from '../site-content.ts';
import { claimantPageFinder } from '../../src/lib/claimant-pages.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { edition } from '../../src/edition/context.ts';
import { ratingIds } from '../../src/edition/ratings.ts';

const indexes = new Map(sources.map((s) => [s.id, new PassageIndex(s.body)]));
const records = claims.map((claim) =>
	claimRecord(
		claim,
		stancesOf(claim, sources).map((s) => ({
			...s,
			span: s.quote ? (indexes.get(s.article.id)?.find(s.quote) ?? undefined) : undefined,
		})),
		edition,
	),
);

test('every claim record matches the published JSON Schema', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile(claimRecordSchema(edition));
	for (const record of records)
		assert.ok(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`);
});

test('withdrawn and renamed checks are listed apart from the claims, each matching the schema', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile({ $defs: claimRecordSchema(edition).$defs, $ref: '#/$defs/record' });
	assert.ok(checkRecords.length >= 2, 'the reference edition has a withdrawn and a renamed check');
	for (const entry of checkRecords) {
		const data = checkRecordData(entry, edition);
		assert.ok(validate(data), `${entry.id}: ${ajv.errorsText(validate.errors)}`);
		assert.equal(data.url, absoluteUrl(paths.claim(entry.id)));
		assert.equal(data.updates.length, entry.data.updates.length);
		assert.equal(
			data.renamedUrl,
			entry.data.renamedTo ? absoluteUrl(paths.claim(entry.data.renamedTo)) : null,
		);
		assert.ok(!records.some((r) => r.id === entry.id), 'a record is not a claim');
	}
	assert.deepEqual(checkRecords.map((r) => r.data.status).sort(), ['renamed', 'withdrawn']);
});

test('the list of claims gives each by a short entry that matches its full record and points to it', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile({ $defs: claimRecordSchema(edition).$defs, $ref: '#/$defs/entry' });
	for (const claim of claims) {
		const entry = claimEntry(claim, edition);
		assert.ok(validate(entry), `${claim.id}: ${ajv.errorsText(validate.errors)}`);
		const record = records.find((r) => r.id === claim.id)!;
		assert.equal(entry.record, absoluteUrl(paths.dataClaim(claim.id)));
		assert.deepEqual(
			{ ...entry, record: undefined },
			{
				id: record.id,
				url: record.url,
				record: undefined,
				claim: record.claim,
				claimant: record.claimant.name,
				verdict: {
					id: record.verdict.id,
					label: record.verdict.label,
					value: record.verdict.value,
				},
				published: record.published,
				updated: record.updated,
			},
		);
	}
	assert.ok(
		!validate({ ...claimEntry(claims[0]!, edition), sources: [] }),
		'an undocumented field',
	);
});

test('the schema rejects a record with a field it does not document', () => {
	const ajv = new Ajv2020({ strict: false });
	assert.equal(ajv.validate(claimRecordSchema(edition), { ...records[0], extra: 1 }), false);
});

test('records carry every source with stances and quote links', () => {
	for (const record of records) {
		assert.equal(record.sources.length, sources.length);
		for (const s of record.sources) {
			assert.equal(s.quote === null, s.quoteUrl === null);
			if (s.quoteUrl)
				assert.match(s.quoteUrl, new RegExp(`${paths.source(s.id)}#passage-\\d+-\\d+$`));
		}
	}
});

test('the envelope names its format version, and the schema URL carries its major number', () => {
	const wrapper = envelope('claims', [], edition);
	assert.equal(wrapper.version, formatVersion);
	assert.ok(wrapper.schema.endsWith(`/claim-v${formatVersion.split('.')[0]}.json`), wrapper.schema);
});

test('records carry the claimant as a clean name and a type, and how the claim reached the article', () => {
	for (const claim of claims) {
		const record = records.find((r) => r.id === claim.id)!;
		assert.deepEqual(record.claimant, {
			name: claim.data.claimant.name ?? null,
			type: claim.data.claimant.type,
			url: claim.data.claimant.url ?? null,
			page: record.claimant.page,
		});
		assert.equal(record.appeared.via, claim.data.appeared.via);
		assert.equal(record.appeared.relayedBy, claim.data.appeared.relayedBy ?? null);
	}
});

test('CSV carries the claimant name and type and the way the claim appeared in columns of their own', () => {
	const [header, row] = claimsCsv(
		[
			{
				...records[0]!,
				claim: 'A plain claim',
				verdict: { ...records[0]!.verdict, summary: 'A plain summary' },
				claimant: {
					name: 'Ana Ruiz',
					type: 'person',
					url: null,
					page: 'https://example.org/claimants/ana-ruiz/',
				},
				topics: ['budget', 'health'],
				appeared: { ...records[0]!.appeared, via: 'relayed', relayedBy: 'Example Wire' },
			},
		],
		sources,
	).split('\r\n');
	const cells = Object.fromEntries(
		header!.split(',').map((column, i) => [column, row!.split(',')[i]]),
	);
	assert.equal(cells.claimant, 'Ana Ruiz');
	assert.equal(cells.claimant_type, 'person');
	assert.equal(cells.appeared_via, 'relayed');
	assert.equal(cells.appeared_relayed_by, 'Example Wire');
	assert.equal(cells.claimant_page, 'https://example.org/claimants/ana-ruiz/');
	assert.equal(cells.claimant_url, '');
	assert.equal(cells.topics, 'budget health');
});

test('CSV has a header and one row per claim, quoting cells with commas, quotes and formula starts', () => {
	const csv = claimsCsv(records, sources);
	const lines = csv.trimEnd().split('\r\n');
	assert.equal(lines[0]?.split(',')[0], 'id');
	assert.ok(lines[0]?.includes(`stance_${sources[0]!.id}`));
	const sample =
		claimsCsv(
			[
				{
					...records[0]!,
					claim: 'He said "no", then = yes',
					claimant: { ...records[0]!.claimant, name: '=cmd()' },
				},
			],
			sources,
		).split('\r\n')[1] ?? '';
	assert.ok(sample.includes('"He said ""no"", then = yes"'));
	assert.ok(sample.includes('"=cmd()"'));
	assert.equal(lines.length, records.length + 1);
});

test('format 3 records an unidentified website, the request to the claimant, and each evidence item as read and archived', () => {
	const claim = claims[0]!;
	const record = claimRecord(
		{
			...claim,
			data: {
				...claim.data,
				claimant: { type: 'unidentified', url: 'https://unknown-site.example/page' },
				contact: { asked: false, reason: 'The page names no publisher and gives no address.' },
				evidence: [
					{
						description: 'An agency summary whose title could not be read',
						publisher: 'An agency',
						url: 'https://agency.example/summary',
						accessed: '2026-12-06',
						archived: 'https://web.archive.org/web/2026/https://agency.example/summary',
					},
				],
			},
		},
		stancesOf(claim, sources),
		edition,
	);
	assert.deepEqual(record.claimant, {
		name: null,
		type: 'unidentified',
		url: 'https://unknown-site.example/page',
		page: record.claimant.page,
	});
	assert.deepEqual(record.contact, {
		asked: false,
		reason: 'The page names no publisher and gives no address.',
	});
	assert.deepEqual(record.evidence[0], {
		title: null,
		description: 'An agency summary whose title could not be read',
		publisher: 'An agency',
		date: null,
		url: 'https://agency.example/summary',
		accessed: '2026-12-06',
		archived: 'https://web.archive.org/web/2026/https://agency.example/summary',
	});
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	assert.ok(ajv.validate(claimRecordSchema(edition), record), ajv.errorsText(ajv.errors));
	const plain = {
		...record,
		claim: 'A plain claim',
		verdict: { ...record.verdict, summary: 'A plain summary' },
	};
	const [header, row] = claimsCsv([plain], sources).split('\r\n');
	const cells = Object.fromEntries(
		header!.split(',').map((column, i) => [column, row!.split(',')[i]]),
	);
	assert.equal(cells.claimant, '');
	assert.equal(cells.claimant_type, 'unidentified');
	assert.equal(cells.claimant_url, 'https://unknown-site.example/page');
	assert.equal(cells.contact_asked, 'false');
	assert.equal(
		ajv.validate(claimRecordSchema(edition), { ...record, contact: { asked: true, reason: 'x' } }),
		false,
	);
});

test('records link the claimant page, carry the topics, and keep each update entry’s earlier verdict', () => {
	for (const claim of claims) {
		const record = records.find((r) => r.id === claim.id)!;
		assert.equal(
			record.claimant.page,
			absoluteUrl(paths.claimant(claimantPageFinder([])(claim.data.claimant).id)),
		);
		assert.deepEqual(record.topics, claim.data.topics);
		assert.deepEqual(
			record.updates.map((u) => u.verdict),
			claim.data.updates.map((u) => u.verdict ?? null),
		);
	}
	const [first] = claims;
	// Two ratings of the edition's scale: the verdict, and the one an update says it replaced.
	const [earlier, verdict] = ratingIds as [string, string, ...string[]];
	const record = claimRecord(
		{
			...first!,
			data: {
				...first!.data,
				verdict,
				updates: [
					{ date: '2026-01-01', note: 'First published.' },
					{ date: '2026-01-05', note: 'New evidence.', verdict: earlier },
				],
			},
		},
		[],
		edition,
		'a-listed-claimant',
	);
	assert.deepEqual(
		record.updates.map((u) => u.verdict),
		[null, earlier],
	);
	assert.equal(record.claimant.page, absoluteUrl(paths.claimant('a-listed-claimant')));
	const ajv = new Ajv2020({ strict: false });
	assert.equal(ajv.validate(claimRecordSchema(edition), { ...record, sources: [] }), true);
	assert.equal(
		ajv.validate(claimRecordSchema(edition), {
			...record,
			updates: [{ date: '2026-01-01', note: 'x', verdict: 'not-a-rating' }],
		}),
		false,
	);
});
